import { writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { extensionId, launchWithExtension } from './scripts/chromium';
const ctx = await launchWithExtension({ headless: true });
const id = await extensionId(ctx);
const page = await ctx.newPage();
for (const h of ['pt-when-it-helps','annular-tears','disc-repair-explained','pt-or-disc-repair','clinic-evaluation','pt-after-disc-repair']) {
  await page.goto(`chrome-extension://${id}/handouts.html?h=${h}`);
  await page.getByLabel(/first name/).fill('Maria');
  const out = [];
  for (const format of ['Letter','A4'] as const) {
    const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format })));
    out.push(`${format} ${doc.numPages}`);
  }
  console.log(h, out.join(', '));
}
await page.goto(`chrome-extension://${id}/handouts.html?h=disc-repair-explained`);
writeFileSync('test-results/h.pdf', await page.pdf({ format: 'Letter' }));
await ctx.close();
