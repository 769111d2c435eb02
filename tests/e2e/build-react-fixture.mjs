// Bundles the React-controlled fixture (real React, development build) for the e2e page.
import { build } from 'esbuild';

await build({
  stdin: { contents: "import { mount } from './react-referral.app.mjs'; mount(document.getElementById('root'));", resolveDir: 'tests/fixtures/forms' },
  bundle: true,
  format: 'iife',
  outfile: 'tests/fixtures/forms/build/react-referral.js',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
});
