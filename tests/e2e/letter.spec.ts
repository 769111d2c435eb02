import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CONFIDENTIALITY_NOTICE } from '../../content/letter/fax-cover';
import { HandoutsPage } from './pages/handouts';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { LetterPage } from './pages/letter';

// Each test's state is the extension's storage and its own tabs: the worker's browser will do.
test.use({ freshBrowser: false });

// Each test prints to PDF (some several times) and runs axe: on a shared, busy machine that takes
// longer than the default 30 s. A longer limit, not a timing check.
test.describe.configure({ timeout: 120_000 });

/** A made-up patient that appears nowhere else, to trace where the name ends up. */
const CANARY = 'Quillonbright';
const DOB = '1961-03-09';

type Chrome = typeof import('wxt/browser').browser;
const storage = (page: Page, area: 'session' | 'local' | 'sync') =>
  page.evaluate((a) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[a].get(null), area).then((v) => JSON.stringify(v));

const PROFILE = {
  v: 1,
  referrer: { name: 'Alex Park', credentials: 'PT, DPT', practice: 'Riverside Physical Therapy', phone: '(555) 010-3000',
    fax: '(555) 010-3001', email: 'alex@riverside.example', npi: '1234567893' },
  clinic: { name: 'ValorSpine', website: 'https://valorspine.com', phone: '(555) 010-2000', fax: '(555) 010-2001' },
};
const ANSWERS = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10, ptResponse: 'no-improvement',
  injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no', context: 'none', wishes: ['avoid-surgery'],
  redFlags: [], redFlagsScreened: true, exclusions: [],
};

/** What the popup would have left in storage: settings, this session's checklist and patient details. */
async function seed(context: BrowserContext, id: string, over: { profile?: unknown; patient?: boolean } = {}) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.evaluate(({ profile, answers, patient, name, dob }) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return Promise.all([
      c.storage.local.set({ profile }),
      c.storage.session.set({
        checklist: { v: 1, answers, included: ['mri-report', 'pt-notes'] },
        ...(patient ? { patient: { v: 1, patient: { firstName: name, lastName: 'Testcase', dob, phone: '', email: '', preferredContact: '', insurance: '' }, lastUsed: Date.now() } } : {}),
      }),
    ]);
  }, { profile: over.profile ?? PROFILE, answers: ANSWERS, patient: over.patient ?? true, name: CANARY, dob: DOB });
  await page.close();
}
/** Letter pages' numbers as printed: "Page 1 of 2" on the first, and so on. */
const pageNumbers = (texts: string[]) => texts.map((t) => /Page (\d+) of (\d+)/.exec(t)?.slice(1).join('/') ?? '-');

for (const size of ['Letter', 'A4'] as const) {
  test(`fax cover and letter print to PDF on ${size}: pages, "Page X of Y", content`, async ({ context, extensionId }) => {
    await seed(context, extensionId);
    const letter = await LetterPage.open(await context.newPage(), extensionId);
    await letter.paper(size);
    await letter.page.getByLabel('Pages of enclosures').fill('6');
    const n = await letter.letterPages();
    await expect(letter.page.locator('.fax-pages strong')).toHaveText(String(1 + n + 6));

    const pdf = await letter.pdf();
    expect(pdf.pages).toBe(1 + n);
    // A4 is 595.3 × 841.9 pt, Letter 612 × 792.
    const [w, h] = size === 'A4' ? [595.3, 841.9] : [612, 792];
    expect(Math.abs(pdf.size[0] - w)).toBeLessThanOrEqual(1);
    expect(Math.abs(pdf.size[1] - h)).toBeLessThanOrEqual(1);
    // The cover: to the clinic's fax, from the referrer, the count, the notice, and no patient.
    const cover = pdf.pageTexts[0]!;
    expect(cover).toMatch(/^Fax To ValorSpine Fax \(555\) 010-2001 Phone \(555\) 010-2000 From Alex Park, PT, DPT/);
    expect(cover).toContain(`Pages ${1 + n + 6} including this cover (1 cover + ${n} letter page${n === 1 ? '' : 's'} + 6 enclosure pages)`);
    for (const sentence of CONFIDENTIALITY_NOTICE) expect(cover).toContain(sentence);
    expect(cover).not.toContain(CANARY);
    expect(cover).not.toContain('1961');
    // Every letter page says which page it is, of how many, and whose letter it is.
    const letterTexts = pdf.pageTexts.slice(1);
    expect(pageNumbers(letterTexts)).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    for (const t of letterTexts) expect(t).toContain(`Referral for ${CANARY} Testcase, born March 9, 1961`);
    const text = letterTexts.join(' ');
    expect(text).toContain(`Re: ${CANARY} Testcase, date of birth March 9, 1961`);
    expect(text).toContain('Alex Park, PT, DPT Riverside Physical Therapy Phone (555) 010-3000 · Fax (555) 010-3001');
    expect(text).toContain('NPI 1234567893');
    expect(text).toContain('Reason for referral');
    expect(text).toContain('Physical therapy: completed, 10 weeks');
    expect(text).toContain('Imaging report (MRI, CT or X-ray)');
    expect(text).toContain('Yours sincerely');
    expect(text).not.toMatch(/https?:\/\/|Referral items: \d|Still missing/);
    // Nothing was cut off: no sheet's text runs past its page.
    const overflow = await letter.page.locator('.sheet:not(.measure .sheet) .sheet-body').evaluateAll((els) =>
      els.map((el) => el.scrollHeight - el.clientHeight));
    expect(Math.max(...overflow)).toBeLessThanOrEqual(0);
  });
}

test('a longer letter: the text flows over pages, each numbered, none cut off', async ({ context, extensionId }) => {
  // The longest practice name settings accept, and every enclosure: more to lay out.
  await seed(context, extensionId, { profile: { ...PROFILE, referrer: { ...PROFILE.referrer, practice: 'Riverside '.repeat(12).trim() } } });
  const letter = await LetterPage.open(await context.newPage(), extensionId);
  for (const label of ['Medication list', 'Injection records', 'Operative note and surgical records', 'Physician or specialist notes', 'Outcome scores (e.g. Oswestry)']) {
    await letter.page.getByLabel(label).check();
  }
  await letter.page.getByLabel('Print a fax cover sheet before the letter').uncheck();
  await expect(letter.page.getByRole('button', { name: 'Print letter' })).toBeEnabled();
  for (const size of ['A4', 'Letter'] as const) {
    await letter.paper(size);
    const n = await letter.letterPages();
    const pdf = await letter.pdf();
    expect(pdf.pages, size).toBe(n);
    expect(pageNumbers(pdf.pageTexts), size).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    expect(pdf.text).toContain('Enclosed (7)');
    expect(pdf.text).toContain('Outcome scores (e.g. Oswestry)');
    // The signature block is whole and on the last page.
    expect(pdf.pageTexts[n - 1]).toMatch(/Yours sincerely, Signature Alex Park, PT, DPT/);
  }
});

test('missing settings: banners on screen, lines to write on in print, never a broken letter', async ({ context, extensionId }) => {
  await seed(context, extensionId, { profile: { ...PROFILE, referrer: { ...PROFILE.referrer, phone: '' }, clinic: { ...PROFILE.clinic, fax: '' } }, patient: false });
  const letter = await LetterPage.open(await context.newPage(), extensionId);
  const banner = letter.page.locator('.banners');
  await expect(banner).toContainText('The clinic’s fax number is not in settings');
  await expect(banner).toContainText('Your phone number is not in settings');
  await expect(banner).toContainText('No patient name');
  await expectNoAxeViolations(letter.page);
  const pdf = await letter.pdf();
  expect(pdf.pages).toBe(1 + (await letter.letterPages()));
  expect(pdf.pageTexts[0]).toMatch(/^Fax To ValorSpine Fax Phone \(555\) 010-2000/);
  expect(pdf.text).not.toMatch(/undefined|null|NaN/);
  expect(pdf.text).toContain('Please contact me with any questions. Thank you');
});

test('the patient stays in the tab: the canary is in no store after printing and closing', async ({ context, extensionId }) => {
  await seed(context, extensionId, { patient: false });
  const page = await context.newPage();
  const letter = await LetterPage.open(page, extensionId);
  await page.getByLabel('First name').fill(CANARY);
  await page.getByLabel('Last name').fill('Testcase');
  await page.getByLabel('Date of birth').fill(DOB);
  const pdf = await letter.pdf();
  expect(pdf.text).toContain(`Re: ${CANARY} Testcase, date of birth March 9, 1961`);
  expect(page.url()).not.toContain(CANARY);
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/options.html`);
  await page.close();
  for (const area of ['session', 'local', 'sync'] as const) {
    expect(await storage(other, area), area).not.toContain(CANARY);
    expect(await storage(other, area), area).not.toContain(DOB);
  }
  expect(await other.evaluate(() => indexedDB.databases())).toEqual([]);
});

test('reading the session leaves it as it was: the letter page writes nothing', async ({ context, extensionId }) => {
  await seed(context, extensionId);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const before = { session: await storage(page, 'session'), local: await storage(page, 'local') };
  const letter = await LetterPage.open(page, extensionId);
  await page.getByLabel('First name').fill('Someoneelse');
  await page.getByLabel('Medication list').check();
  await letter.pdf();
  expect(await storage(page, 'session')).toBe(before.session);
  expect(await storage(page, 'local')).toBe(before.local);
  expect(before.local).not.toContain(CANARY);
});

test('reached from the print page; axe finds nothing; text is 14 px or more on screen and in print', async ({ context, extensionId }) => {
  await seed(context, extensionId);
  const handouts = new HandoutsPage(await context.newPage());
  await handouts.page.goto(`chrome-extension://${extensionId}/handouts.html`);
  await handouts.ready();
  const opened = context.waitForEvent('page');
  await handouts.page.getByRole('link', { name: 'Referral letter and fax cover sheet for the clinic' }).click();
  const page = await opened;
  await page.waitForLoadState();
  await page.setViewportSize({ width: 1100, height: 900 });
  const letter = await new LetterPage(page).ready();
  await expectNoAxeViolations(page);
  await letter.paper('A4');
  await expectNoAxeViolations(page);

  const smallest = (selector: string) => page.locator(selector).evaluateAll((roots) =>
    Math.min(...roots.flatMap((r) => [r, ...r.querySelectorAll('*')])
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize))));
  expect(await smallest('body > header, .controls')).toBeGreaterThanOrEqual(14);
  await page.emulateMedia({ media: 'print' });
  expect(await smallest('.sheets > .sheet')).toBeGreaterThanOrEqual(14);
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: 'test-results/letter-page.png', fullPage: true });
});

/** Every built file a page can load: its tags, then every chunk those import, statically or lazily. */
function reachable(html: string): Set<string> {
  const dir = '.output/chrome-mv3';
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(path.posix.join(path.posix.dirname(file), m[1]!));
  };
  for (const m of readFileSync(path.join(dir, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) visit(m[1]!);
  return seen;
}

test('the letter code loads on its own page only, never with the popup', () => {
  const holds = (html: string, needle: string) =>
    [...reachable(html)].some((f) => readFileSync(path.join('.output/chrome-mv3', f), 'utf8').includes(needle));
  for (const needle of [CONFIDENTIALITY_NOTICE[0], 'Yours sincerely', 'Pages of enclosures']) {
    expect(holds('letter.html', needle), needle).toBe(true); // the scan finds it where it is
    expect(holds('popup.html', needle), needle).toBe(false);
    expect(holds('handouts.html', needle), needle).toBe(false);
  }
});
