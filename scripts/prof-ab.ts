// A/B: the bench's benchPrefill from /work/wt/base (old) and this tree (new), alternating on one page.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
const real = readFileSync('tests/fixtures/forms/gf25-referral.html', 'utf8');
const extra = Array.from({ length: 200 }, (_, i) => `<div class="gfield"><label class="gfield_label" for="x_${i}">Survey question ${i}</label><div class="ginput_container"><input id="x_${i}" name="input_${100 + i}" type="text"></div></div>`).join('');
const html = real.replace('<div id="gform_fields_1"', `<div>${extra}</div><div id="gform_fields_1"`);
const bundle = async (dir: string) => (await build({ entryPoints: [`${dir}/scripts/bench-prefill-entry.ts`], bundle: true, format: 'iife', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
const A = await bundle('/work/wt/base');
const B = await bundle('.');
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise<void>((r) => server.listen(4391, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
const { VALUES } = await import('../tests/unit/prefill/records');
const res: Record<string, number[][]> = { old: [], new: [] };
let sample: unknown;
for (let i = 0; i < Number(process.argv[2] ?? 21); i++) {
  for (const [name, s] of [['old', A], ['new', B]] as const) {
    await page.goto('http://127.0.0.1:4391/');
    await page.addScriptTag({ content: s });
    const r = await page.evaluate((v) => (globalThis as any).benchPrefill(v), VALUES);
    res[name]!.push([r.ms, ...r.parts, r.filled]);
    sample = r.filled;
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const name of ['old', 'new']) console.log(name, ['total', 'collect', 'match', 'fill', 'filled'].map((k, j) => `${k} ${med(res[name]!.map((r) => r[j]!)).toFixed(2)}`).join('  '));
await browser.close(); server.close();
