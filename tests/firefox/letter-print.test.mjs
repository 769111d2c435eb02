// The referral letter printed in Firefox: the page lays the letter out on sheets itself, because
// Firefox (ESR 153, tried) prints no @page margin boxes, so CSS "Page X of Y" counters cannot be
// used there. This checks that Firefox's own print (WebDriver BiDi browsingContext.print, what
// "Save to PDF" uses) gives one PDF page per sheet, at the chosen size, with every "Page X of Y".
//
// Run: npx wxt build -b firefox && node --test tests/firefox/letter-print.test.mjs
// Launch and page-opening follow tests/firefox/smoke.test.mjs (see its notes on Firefox quirks);
// this file keeps only what printing needs: no proxy monitors (the smoke test has them).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchWithExtension, openExtensionPage as openPage, until } from './firefox.mjs';
import { extractText, getDocumentProxy } from 'unpdf';

const UUID = '5f0c8a1e-2b7d-4e61-a3c9-7d1e0b4f2a65';
const ORIGIN = `moz-extension://${UUID}`;
const CANARY = 'Quillonbright';

/** @type {import('puppeteer-core').Browser} */
let browser;

before(async () => { browser = await launchWithExtension(UUID); });

after(async () => { await browser?.close(); });

const openExtensionPage = (file) => openPage(browser, ORIGIN, file);

const PROFILE = {
  v: 1,
  referrer: { name: 'Alex Park', credentials: 'PT, DPT', practice: 'Riverside Physical Therapy', phone: '(555) 010-3000', fax: '(555) 010-3001', email: '', npi: '1234567893' },
  clinic: { name: 'ValorSpine', website: 'https://valorspine.com', phone: '(555) 010-2000', fax: '(555) 010-2001' },
};
const ANSWERS = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10, ptResponse: 'no-improvement',
  injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no', context: 'none', wishes: ['avoid-surgery'],
  redFlags: [], redFlagsScreened: true, exclusions: [],
};

for (const size of ['letter', 'a4']) {
  test(`Firefox prints the cover and the letter on ${size}: one page per sheet, each numbered`, async () => {
    const setup = await openExtensionPage('options.html');
    await setup.evaluate((profile, answers, name) => Promise.all([
      browser.storage.local.set({ profile }),
      browser.storage.session.set({
        checklist: { v: 1, answers, included: ['mri-report', 'pt-notes'] },
        patient: { v: 1, patient: { firstName: name, lastName: 'Testcase', dob: '1961-03-09', phone: '', email: '', preferredContact: '', insurance: '' }, lastUsed: Date.now() },
      }),
    ]), PROFILE, ANSWERS, CANARY);
    await setup.close();

    const page = await openExtensionPage('letter.html');
    await page.click(`input[name=paper][value=${size}]`);
    const status = () => page.$eval('.controls [role=status]', (el) => el.textContent);
    const shown = await until('the page count', async () => /The letter is (\d+) pages? on (US Letter|A4)/.exec(await status()));
    assert.equal(shown[2], size === 'a4' ? 'A4' : 'US Letter');
    const n = Number(shown[1]);
    // Firefox's own layout of each sheet: nothing runs past its page.
    const overflow = await page.$$eval('.sheets > .sheet .sheet-body', (els) => els.map((el) => el.scrollHeight - el.clientHeight));
    assert.ok(Math.max(...overflow) <= 0, `text runs past a sheet: ${overflow}`);

    const bytes = await page.pdf({ preferCSSPageSize: true });
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(doc, { mergePages: false });
    const view = (await doc.getPage(1)).view;
    // A4 is 595.3 × 841.9 pt, Letter 612 × 792; printers round differently, so within a point.
    const [w, h] = size === 'a4' ? [595.3, 841.9] : [612, 792];
    assert.ok(Math.abs(view[2] - w) <= 1 && Math.abs(view[3] - h) <= 1, `page size ${view[2]} × ${view[3]} pt`);
    assert.equal(doc.numPages, 1 + n, `PDF pages vs cover + ${n} letter pages`);
    const numbers = text.slice(1).map((t) => /Page (\d+) of (\d+)/.exec(t)?.slice(1).join('/') ?? '-');
    assert.deepEqual(numbers, Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    assert.match(text[0], /Fax/);
    assert.match(text.slice(1).join(' '), new RegExp(`Re: ${CANARY} Testcase`));
    assert.match(text.at(-1), /Yours sincerely/);
    await page.close();
  });
}
