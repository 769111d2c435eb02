import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';

const real = readFileSync('tests/fixtures/forms/gf25-referral.html', 'utf8');
const extra = Array.from({ length: 200 }, (_, i) => `<div class="gfield"><label class="gfield_label" for="x_${i}">Survey question ${i}</label><div class="ginput_container"><input id="x_${i}" name="input_${100 + i}" type="text"></div></div>`).join('');
const html = real.replace('<div id="gform_fields_1"', `<div>${extra}</div><div id="gform_fields_1"`);
const bundle = await build({ entryPoints: ['scripts/bench-prefill-entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
const script = bundle.outputFiles[0]!.text;
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
await new Promise<void>((r) => server.listen(4391, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
const { VALUES } = await import('../tests/unit/prefill/records');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const self = new Map<string, number>();
const parts: number[][] = [];
const mode = process.argv[2] ?? 'prefill';
for (let i = 0; i < 15; i++) {
  await page.goto('http://127.0.0.1:4391/');
  await page.addScriptTag({ content: script });
  await cdp.send('Profiler.start');
  const r = await page.evaluate(([v, m]) => m === 'floor' ? { parts: [(globalThis as any).benchFloor()] } : (globalThis as any).benchPrefill(v), [VALUES, mode] as const);
  const { profile } = await cdp.send('Profiler.stop');
  parts.push(r.parts);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas!;
  profile.samples!.forEach((id, k) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
    if (n.callFrame.functionName === 'trimString' || n.callFrame.functionName === '(program)') {
      const parent = profile.nodes.find((p) => p.children?.includes(id));
      const pk = `  <- ${n.callFrame.functionName} from ${parent?.callFrame.functionName}:${parent?.callFrame.lineNumber} ${parent?.callFrame.url.slice(0,40)}`;
      self.set(pk, (self.get(pk) ?? 0) + (dt[k] ?? 0) / 1000);
    }
  });
}
const med = (j: number) => parts.map((p) => p[j]!).sort((a, b) => a - b)[7];
console.log('median parts', [0, 1, 2].map(med));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 15).toFixed(2).padStart(7), k);
await browser.close();
server.close();
