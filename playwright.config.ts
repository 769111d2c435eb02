import { defineConfig } from '@playwright/test';
import { SITE } from './tests/e2e/site';

// End-to-end tests load the built extension (.output/chrome-mv3) into Chromium; see
// tests/e2e/fixtures.ts. `npm run test:e2e` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
  // The referral-form fixtures, served on loopback for the prefill tests.
  webServer: {
    command: 'node tests/e2e/build-react-fixture.mjs && node tests/e2e/serve-fixtures.mjs',
    url: `${SITE}/gf25-referral.html`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
