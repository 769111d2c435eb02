// Renders assets/icon.svg to the PNG sizes the manifest names (public/icon/<size>.png).
// Run with `npm run icons` after changing the SVG; the PNGs are committed, so a build needs no
// renderer. @resvg/resvg-js: a prebuilt native binary inside the npm package (no system libraries,
// no download at install), renders SVG exactly and deterministically, and nothing else.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(path.resolve('assets/icon.svg'), 'utf8');
const out = path.resolve('public/icon');
mkdirSync(out, { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
  writeFileSync(path.join(out, `${size}.png`), png);
  console.log(`public/icon/${size}.png  ${png.length} bytes`);
}
