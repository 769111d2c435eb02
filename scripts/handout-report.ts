// `npm run handout-report`: each handout's reading grade, word count, and printed pages in US
// Letter and A4, measured by rendering the built print page to PDF in Chromium.
import { getDocumentProxy } from 'unpdf';
import { HANDOUTS } from '../content/handouts';
import { bodyText, countText, gradeLevel } from '../content/handouts/readability';
import { extensionId, launchWithExtension } from './chromium';

const context = await launchWithExtension({ headless: true });
const id = await extensionId(context);
const page = await context.newPage();
const rows: string[][] = [['handout', 'grade', 'words', 'Letter pages', 'A4 pages']];
for (const h of HANDOUTS) {
  await page.goto(`chrome-extension://${id}/handouts.html?h=${h.id}`);
  await page.getByLabel(/first name/).fill('Maria');
  const pages: number[] = [];
  for (const format of ['Letter', 'A4'] as const) {
    pages.push((await getDocumentProxy(new Uint8Array(await page.pdf({ format })))).numPages);
  }
  rows.push([h.title, gradeLevel(h).toFixed(1), String(countText(bodyText(h)).word), ...pages.map(String)]);
}
await context.close();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
