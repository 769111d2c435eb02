import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
const mk = async (dir: string, name: string) => (await build({ stdin: { contents: `import { visibilityCheck } from '${dir}/content/prefill/visibility'; (globalThis as any).${name} = visibilityCheck;`, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
const A = await mk('/work/wt/base', 'visA'); const B = await mk('/work/main', 'visB');
const root = 'tests/fixtures/forms';
const server = createServer((req, res) => { let body: Buffer; try { body = readFileSync(root + decodeURIComponent(req.url!.split('?')[0]!)); } catch { res.writeHead(404).end(); return; } res.writeHead(200, { 'content-type': req.url!.endsWith('.css') ? 'text/css' : 'text/html' }).end(body); });
await new Promise<void>((r) => server.listen(4392, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
import { execSync } from 'node:child_process';
const pages = execSync(`find ${root} -name '*.html'`).toString().trim().split('\n').map((f) => f.slice(root.length));
let diffs = 0, total = 0;
for (const p of pages) {
  await page.goto('http://127.0.0.1:4392' + p);
  await page.addScriptTag({ content: A }); await page.addScriptTag({ content: B });
  for (const y of [0, 400, 100000]) {
    const r = await page.evaluate((y) => { scrollTo(0, y); const a = (globalThis as any).visA(document, { layout: true }); const b = (globalThis as any).visB(document, { layout: true });
      return [...document.querySelectorAll('input, select, textarea')].map((el) => [el.id || (el as HTMLInputElement).name, a(el), b(el)]); }, y);
    for (const [id, a, b] of r) { total++; if (a !== b) { diffs++; console.log(p, y, id, JSON.stringify(a), '->', JSON.stringify(b)); } }
  }
}
console.log('controls judged', total, 'differences', diffs);
await browser.close(); server.close();
