import type { BrowserContext, Page } from '@playwright/test';
import { appendFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { referralValues } from '../../content/prefill/referral-values';
import { gradeCorpus, gradeSnapshots, readAnnotated, snapshotPage, type CorpusExpectation } from '../helpers/fill-check';
import { VALUES } from '../unit/prefill/records';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { OTHER_ORIGIN, SITE } from './site';
import { PrefillPopup, clickToolbarButton } from './pages/prefill';
import { ANSWERS, PATIENT, PROFILE, seedReferral } from './referral-seed';


/** What the popup will write: the same builder and summary the popup uses, for today. */
const expectedValues = () =>
  referralValues(PATIENT as never, PROFILE, ANSWERS, [], new Date());

/** Fixtures that keep loading (an image held by the fixture server): opened without waiting for their load event. */
const stillLoading = (name: string) => /[?&](delay=manual|hold=)/.test(name);

async function openFixture(context: BrowserContext, name: string, origin = SITE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/${name}`, { waitUntil: stillLoading(name) ? 'domcontentloaded' : 'load' });
  // Count submits from here on: the filler must never submit.
  await page.evaluate(() => {
    (window as unknown as { submits: number }).submits = 0;
    document.addEventListener('submit', () => { (window as unknown as { submits: number }).submits++; }, true);
  });
  return page;
}

/** Proof that each hostile fixture really is hostile, checked in the page's own world. */
const HOSTILE: Record<string, (form: Page) => Promise<void>> = {
  'hostile-setters.html': async (form) => {
    expect(await form.evaluate(() => { const i = document.createElement('input'); i.value = 'abc'; return i.value; })).toBe('cba');
    expect(await form.evaluate(() => { try { document.dispatchEvent(new Event('x')); return 'dispatched'; } catch { return 'threw'; } })).toBe('threw');
  },
  'hostile-flood.html': async (form) => {
    expect(await form.evaluate(() => [document.querySelectorAll('*').length > 10_000, document.querySelectorAll('input').length >= 1000])).toEqual([true, true]);
  },
  'hostile-csp.html': async (form) => {
    expect((await form.request.get(form.url())).headers()['content-security-policy']).toBe("default-src 'none'");
  },
  'hostile-rerender.html': async (form) => {
    expect(await form.evaluate(() => (window as unknown as { renders: number }).renders)).toBeGreaterThan(10);
  },
};

/** One line per graded fixture, for `npm run fill-report` (scripts/fill-report.mjs prints them). */
function record(fixture: string, grade: { expected: number; correct: number; wrong: string[]; skipped: string[] }) {
  mkdirSync('test-results', { recursive: true });
  appendFileSync('test-results/fill-report.jsonl', `${JSON.stringify({ fixture, ...grade })}\n`);
}

const FULL = [
  'gf25-referral.html', 'gf-legacy-referral.html', 'gf-date-selects.html', 'autocomplete-plain.html', 'multi-form.html', 'hidden-traps.html',
  'ajax-form.html?delay=manual', 'look-alike-fields.html', 'hostile-setters.html', 'hostile-flood.html', 'hostile-csp.html', 'hostile-rerender.html',
];

test.describe('fixture forms', () => {
  // Each test's state is the extension's storage and its own tabs: the worker's browser will do.
  test.use({ freshBrowser: false });
  for (const fixture of FULL) {
    test(`prefill ${fixture}: every expected field right, nothing wrong, nothing submitted`, async ({ context, extensionId }) => {
      await seedReferral(context, extensionId, ['https://valorspine.com', SITE]);
      const form = await openFixture(context, fixture);
      const tabId = await clickToolbarButton(context, extensionId, form);
      const popup = await PrefillPopup.open(context, extensionId, tabId);
      const external: string[] = [];
      popup.page.on('request', (r) => { if (!r.url().startsWith('chrome-extension://')) external.push(r.url()); });
      // The form page has loaded; reading and filling it must not make it fetch anything either.
      form.on('request', (r) => external.push(`form page: ${r.url()}`));

      const ajax = fixture.startsWith('ajax-form');
      await popup.prefill();
      // The AJAX form arrives a second after the click; the script must wait for it.
      if (ajax) await form.evaluate(() => (window as unknown as { insertFormIn: (ms: number) => void }).insertFormIn(1000));
      await expect(popup.plan).toBeVisible({ timeout: 6000 });
      const before = await form.evaluate(readAnnotated);
      expect(before.length).toBeGreaterThan(0);
      // Nothing written before confirming: every annotated control is still in its initial state.
      expect(before.every((c) => (c.type === 'checkbox' || c.type === 'radio' ? !c.checked : c.value === '' || c.type === 'select'))).toBe(true);
      await popup.confirm();
      await expect(popup.status).toContainText(/Filled \d+ field/);

      const grade = gradeSnapshots(before, await form.evaluate(readAnnotated), expectedValues());
      record(fixture, grade);
      expect(grade.wrong).toEqual([]);
      expect(grade.skipped).toEqual([]);
      expect(grade.correct).toBe(grade.expected);
      expect(await form.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(0);
      expect(external).toEqual([]);
      await HOSTILE[fixture]?.(form);
      // Legacy Gravity Forms conditional logic runs on keyup/change: 20 weeks reveals this field.
      if (fixture === 'gf-legacy-referral.html') await expect(form.locator('#field_1_26')).toBeVisible();
      for (const area of ['local', 'sync'] as const) {
        const stored = await popup.page.evaluate((a) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage[a].get(null), area);
        expect(JSON.stringify(stored)).not.toContain(VALUES.patient.firstName);
      }
    });
  }
});

/**
 * The real-world corpus (tests/fixtures/forms/corpus) and the negative corpus (…/negative), each page
 * graded against its hand-labelled NAME.expected.json: nothing wrong and no breach on any page; what
 * stays empty is recorded for `npm run fill-report`. A negative page may not change at all.
 */
const CORPUS = (['corpus', 'negative'] as const).flatMap((dir) =>
  readdirSync(`tests/fixtures/forms/${dir}`).filter((f) => f.endsWith('.html')).map((f) => [dir, f] as const));

test.describe('corpus pages', () => {
  test.use({ freshBrowser: false });
  for (const [dir, file] of CORPUS) {
    test(`${dir}/${file}: nothing wrong, nothing missed, no breach`, async ({ context, extensionId }) => {
      const expected = JSON.parse(readFileSync(`tests/fixtures/forms/${dir}/${file.replace(/\.html$/, '.expected.json')}`, 'utf8')) as CorpusExpectation;
      const arg = { fill: Object.keys(expected.fill), never: expected.never ?? [] };
      await seedReferral(context, extensionId, [SITE]);
      const form = await openFixture(context, `${dir}/${file}`);
      const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
      const before = await form.evaluate(snapshotPage, arg);
      await popup.prefill();
      await expect(popup.plan.or(popup.alert)).toBeVisible({ timeout: 6000 });
      if (await popup.plan.isVisible()) {
        const fillButton = popup.plan.getByRole('button', { name: /^Fill \d+ fields?$/ });
        if (await fillButton.isEnabled()) {
          await fillButton.click();
          // Wait for the end of the fill (the status line shows "Filling…" until then), or its refusal.
          await expect(popup.status.getByText(/Filled \d+ field/).or(popup.alert)).toBeVisible();
        }
      } else if (dir === 'negative') {
        // A page whose only form is in a shadow root or a frame has no control the script may read.
        await expect(popup.alert).toContainText(/no referral form|No form appeared/);
      }
      const grade = gradeCorpus(expected, before, await form.evaluate(snapshotPage, arg), dir === 'negative',
        expectedValues().referral.noteSections?.map((x) => x.text));
      mkdirSync('test-results', { recursive: true });
      appendFileSync('test-results/corpus-report.jsonl', `${JSON.stringify({ page: `${dir}/${file}`, ...grade })}\n`);
      expect(grade.breaches).toEqual([]);
      expect(grade.wrong).toEqual([]);
      // Every labelled field of the corpus is filled today (npm run fill-report): a field that drops out is a regression.
      expect(grade.missed).toEqual([]);
      expect(await form.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(0);
    });
  }
});

test('a form embedded from another origin is reported, not filled', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const host = await openFixture(context, `iframe-host.html?src=${encodeURIComponent(`${OTHER_ORIGIN}/gf25-referral.html`)}`);
  await expect(host.frameLocator('#embed').locator('#gform_1')).toBeAttached();
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, host));
  await popup.prefill();
  await expect(popup.alert).toContainText(`embedded from ${OTHER_ORIGIN}`, { timeout: 6000 });
  const frame = host.frames().find((f) => f.url().startsWith(OTHER_ORIGIN))!;
  expect((await frame.evaluate(readAnnotated)).every((c) => c.value === '' || c.type === 'radio' || c.type === 'checkbox' || c.type === 'select')).toBe(true);
});

test('a page that is not the clinic’s form is refused, and its own address (not the whole site) can be added', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, ['https://valorspine.com']);
  const form = await openFixture(context, 'gf25-referral.html');
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await expect(popup.alert).toContainText(`This tab (${SITE}) is not set as the clinic’s referral form`);
  await expectNoAxeViolations(popup.page); // the refusal message with its Add button
  await popup.page.getByRole('button', { name: `Add ${SITE}/gf25-referral.html as the clinic’s form address` }).click();
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 6000 });
  // Only that page was allowed: another page of the same site is still refused.
  const other = await openFixture(context, 'gf-legacy-referral.html');
  const again = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, other));
  await again.prefill();
  await expect(again.alert).toContainText(`This tab (${SITE}) is not set as the clinic’s referral form`);
});

test('a page that finished loading a while ago with no form: says at once that no referral form is there', async ({ context, extensionId }) => {
  const page = await openFixture(context, 'iframe-host.html?src=about:blank');
  await seedReferral(context, extensionId, [SITE]);
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, page));
  // A form added by the page's scripts comes while it loads or just after; 3 s after load the page is read as it is.
  await expect.poll(() => page.evaluate(() => performance.now() - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd)).toBeGreaterThan(3000);
  await popup.prefill();
  await expect(popup.alert).toContainText('No referral form was found in this tab. If it is still loading, press Prefill again once it shows.');
});

test('a page still loading, with no form yet: the script waits up to 3 seconds for one, then says so', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const page = await openFixture(context, 'iframe-host.html?src=about:blank&hold=20000');
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, page));
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  await popup.prefill();
  await expect(popup.alert).toContainText('No form appeared on this page within 3 seconds', { timeout: 8000 });
});

test('a React-controlled form: the values reach React state', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const form = await openFixture(context, 'react-referral.html');
  await expect(form.locator('#react-referral')).toBeVisible();
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 6000 });
  const before = await form.evaluate(readAnnotated);
  await popup.confirm();
  await expect(popup.status).toContainText(/Filled \d+ field/);
  const values = expectedValues();
  await expect.poll(() => form.evaluate(() => (window as unknown as { __referralState: unknown }).__referralState)).toEqual({
    firstName: PATIENT.firstName, lastName: PATIENT.lastName, dob: PATIENT.dob, phone: PATIENT.phone, email: PATIENT.email,
    providerName: VALUES.referrer.name, npi: VALUES.referrer.npi, reason: values.referral.reason, imaging: 'mri', treatments: ['pt', 'injections'],
  });
  const grade = gradeSnapshots(before, await form.evaluate(readAnnotated), values);
  record('react-referral.html', grade);
  expect([grade.wrong, grade.skipped, grade.correct]).toEqual([[], [], grade.expected]);
  expect(await form.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(0);
});

test('patient details typed in the popup stay in session storage; the Referral form tab has no axe violations', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const form = await openFixture(context, 'gf25-referral.html');
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.page.getByRole('button', { name: 'Clear patient' }).click();
  await popup.page.getByLabel('First name').fill('Quillonetta');
  await popup.page.getByLabel('Date of birth').fill('1980-12-31');
  const read = (area: 'session' | 'local' | 'sync') => popup.page.evaluate((a) =>
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage[a].get(null), area);
  await expect.poll(async () => JSON.stringify(await read('session'))).toContain('Quillonetta');
  for (const area of ['local', 'sync'] as const) expect(JSON.stringify(await read(area))).not.toContain('Quillonetta');

  const axe = () => expectNoAxeViolations(popup.page);
  await axe();
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 6000 });
  await axe();
  await popup.page.screenshot({ path: 'test-results/prefill-plan.png' });
  await popup.page.getByRole('button', { name: 'Correct a match' }).click();
  await axe(); // plan with correction menus
  await popup.confirm();
  await expect(popup.status).toContainText(/Filled \d+ field/);
  await popup.page.locator('.report details summary').click();
  await axe(); // report, with the skipped list open
  await popup.page.getByRole('button', { name: 'Clear patient' }).click();
  await expect.poll(async () => JSON.stringify(await read('session'))).not.toContain('Quillonetta');
});

/** Every event listener in the page (any world), and its element count, as CDP sees them. */
async function pageFootprint(page: Page): Promise<{ listeners: string[]; elements: number }> {
  const cdp = await page.context().newCDPSession(page);
  const listeners: string[] = [];
  for (const expression of ['window', 'document']) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
    const found = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true })) as
      { listeners: { type: string; scriptId: string; lineNumber: number; backendNodeId?: number }[] };
    listeners.push(...found.listeners.map((l) => `${expression} ${l.backendNodeId ?? ''} ${l.type} ${l.scriptId}:${l.lineNumber}`));
  }
  await cdp.detach();
  return { listeners: listeners.sort(), elements: await page.evaluate(() => document.getElementsByTagName('*').length) };
}

test('reading and filling leave no event listener or element behind in the page', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const form = await openFixture(context, 'gf-legacy-referral.html');
  const before = await pageFootprint(form);
  expect(before.listeners.length).toBeGreaterThan(0); // the check sees the page's own listeners (and ours would show)
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 6000 });
  expect(await pageFootprint(form)).toEqual(before);
  await popup.confirm();
  await expect(popup.status).toContainText(/Filled \d+ field/);
  // The legacy form's own conditional logic shows one field (display only): no element is added.
  expect(await pageFootprint(form)).toEqual(before);
});

test('closing the popup right after Fill leaves the form either filled correctly or untouched', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const form = await openFixture(context, 'gf25-referral.html');
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 6000 });
  const before = await form.evaluate(readAnnotated);
  await popup.confirm();
  await popup.page.close();
  // Whatever reached the page has run by now; nothing more will.
  await form.waitForTimeout(500);
  const grade = gradeSnapshots(before, await form.evaluate(readAnnotated), expectedValues());
  expect(grade.wrong).toEqual([]);
  expect([0, grade.expected]).toContain(grade.correct);
  expect(await form.evaluate(() => (window as unknown as { submits: number }).submits)).toBe(0);
});

test('look-alike fields: the plan says why each stays empty, and the report counts a required radio group as filled', async ({ context, extensionId }) => {
  await seedReferral(context, extensionId, [SITE]);
  const form = await openFixture(context, 'look-alike-fields.html');
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 6000 });
  await expect(popup.plan).toContainText('Patient phone (10 digits)');
  await expect(popup.plan).toContainText('longer than the field allows (10 characters)');
  await expect(popup.plan).toContainText('about someone else');
  await expect(popup.plan).toContainText('Insurance type');
  await popup.confirm();
  await expect(popup.status).toContainText(/Filled \d+ field/);
  const report = popup.page.locator('.report');
  await expect(report.getByRole('heading', { name: 'Required fields still empty' })).toBeVisible();
  const stillEmpty = await report.locator('h3:has-text("Required fields still empty") + ul li').allTextContents();
  expect(stillEmpty).toEqual(['Patient phone (10 digits)']);
});
