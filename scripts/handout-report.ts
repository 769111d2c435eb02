// `npm run handout-report`: each handout's words, Flesch–Kincaid and SMOG grades, PEMAT-P scores,
// and printed pages in US Letter and A4, measured by rendering the built print page to PDF in Chromium.
import { getDocumentProxy } from 'unpdf';
import { HANDOUTS } from '../content/handouts';
import { pematScores } from '../content/handouts/pemat';
import { bodyText, countText, gradeLevel, smogGrade } from '../content/handouts/readability';
import { extensionId, launchWithExtension } from './chromium';

const context = await launchWithExtension({ headless: true });
const id = await extensionId(context);
const page = await context.newPage();
const rows: string[][] = [['handout', 'words', 'FK', 'SMOG', 'PEMAT U', 'PEMAT A', 'Letter', 'A4']];
for (const h of HANDOUTS) {
  await page.goto(`chrome-extension://${id}/handouts.html?h=${h.id}`);
  await page.getByLabel(/first name/).fill('Maria');
  const pages: number[] = [];
  for (const format of ['Letter', 'A4'] as const) {
    pages.push((await getDocumentProxy(new Uint8Array(await page.pdf({ format })))).numPages);
  }
  const { understandability, actionability } = pematScores(h.id);
  rows.push([h.id, String(countText(bodyText(h)).word), gradeLevel(h).toFixed(1), smogGrade(h).toFixed(1),
    `${understandability}%`, `${actionability}%`, ...pages.map(String)]);
}
await context.close();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
