import { HANDOUT_TITLES } from '../../content/handouts/catalog';
import { HANDOUT_NOTE, SAFETY_CARD } from '../../content/handouts/safety';
import { HANDOUT_IDS, PRINT_IDS } from '../../content/handouts/types';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { HandoutsPage } from './pages/handouts';
import type { PopupPage } from './pages/popup';

// Each test's state is the extension's storage and its own tabs: the worker's browser will do.
test.use({ freshBrowser: false });

/** A made-up first name that appears nowhere else, to trace where patient data ends up. */
const CANARY = 'Zephyrine';

async function openSuggested(popup: PopupPage): Promise<HandoutsPage> {
  const opened = popup.page.context().waitForEvent('page');
  await popup.page.getByRole('link', { name: 'Print suggested handouts' }).click();
  const page = await opened;
  await page.waitForLoadState();
  return new HandoutsPage(page).ready();
}


test('PT first: open the suggested handouts, name the patient, print Letter and A4', async ({ popup }) => {
  await popup.choose('Recent strain or minor injury, expected to settle');
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  const handouts = await openSuggested(popup);

  expect(handouts.page.url()).toMatch(/handouts\.html\?h=pt-when-it-helps,pt-or-disc-repair$/);
  const titles = [HANDOUT_TITLES['pt-when-it-helps'], HANDOUT_TITLES['pt-or-disc-repair']];
  expect(await handouts.checkedTitles()).toEqual(titles);

  await handouts.setFirstName(CANARY);
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await handouts.pdf(format);
    expect(pdf.pages, format).toBeLessThanOrEqual(4); // two handouts, at most two pages each, each starting a new page
    for (const title of titles) expect(pdf.text).toContain(title);
    expect(pdf.text).toContain(`For: ${CANARY}`);
    expect(pdf.text).toContain('Questions to ask your clinician');
    expect(pdf.text).toContain('not a diagnosis');
  }

  await handouts.page.emulateMedia({ media: 'print' });
  // Readable at 12 pt (16 CSS px) or larger: every element that holds text, in print.
  const smallest = await handouts.page.locator('article.handout').evaluateAll((articles) =>
    Math.min(...articles.flatMap((a) => [...a.querySelectorAll('*')])
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize))));
  expect(smallest).toBeGreaterThanOrEqual(16);
  await handouts.page.screenshot({ path: 'test-results/print-preview.png', fullPage: true });
  await handouts.page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(handouts.page);

  // The first name lives in the page only: not in any storage area, not in the address.
  expect(handouts.page.url()).not.toContain(CANARY);
  for (const area of ['session', 'local', 'sync'] as const) {
    expect(JSON.stringify(await popup.storage(area))).not.toContain(CANARY);
  }
});

test('consider referral: the three evaluation handouts, two pages each in Letter and A4', async ({ popup }) => {
  await popup.weeks(/How long the pain has lasted/, '20');
  await popup.choose('Completed');
  await popup.choose('Little or no lasting improvement');
  // Since issue 10 a referral needs a tear that fits the pain and a completed red-flag screen.
  await popup.choose('Annular tear or internal disc disruption reported');
  await popup.choose('Yes: level and side fit the pain pattern');
  await popup.choose('I screened for all of these and none is present');
  await expect(popup.outcome).toHaveText(/Consider referral/);
  const handouts = await openSuggested(popup);
  const titles = [HANDOUT_TITLES['annular-tears'], HANDOUT_TITLES['disc-repair-explained'], HANDOUT_TITLES['disc-decisions'], HANDOUT_TITLES['clinic-evaluation']];
  expect(await handouts.checkedTitles()).toEqual(titles);
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await handouts.pdf(format);
    expect(pdf.pages, format).toBeLessThanOrEqual(8);
    for (const title of titles) expect(pdf.text).toContain(title);
  }
});

// One page, six addresses: opening the page once per handout keeps this to a few seconds.
test('each handout alone prints within two pages in Letter and A4 at 12 pt, the safety card and running header on page 1', async ({ context, extensionId }) => {
  const handouts = new HandoutsPage(await context.newPage());
  for (const id of HANDOUT_IDS) {
    await test.step(id, async () => {
      await handouts.page.goto(`chrome-extension://${extensionId}/handouts.html?h=${id}`);
      await handouts.ready();
      await expect(handouts.page.locator('article.handout')).toHaveCount(1);
      await expect(handouts.page.locator(`article.handout[data-handout="${id}"]`)).toBeVisible();
      expect(await handouts.checkedTitles()).toEqual([HANDOUT_TITLES[id]]);
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = await handouts.pdf(format);
        const where = `${id} in ${format}`;
        expect(pdf.pages, where).toBeLessThanOrEqual(2);
        expect(pdf.text, where).toContain(HANDOUT_TITLES[id]);
        for (const sentence of HANDOUT_NOTE) expect(pdf.text, where).toContain(sentence);
        const first = pdf.pageTexts[0]!;
        expect(first, where).toContain(SAFETY_CARD.emergency.heading);
        expect(first, where).toContain(SAFETY_CARD.today.heading);
        pdf.pageTexts.forEach((text, i) => {
          expect(text, `${where} page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pages}`);
          expect(text, `${where} page ${i + 1}`).toContain(`ValorSpine · ${HANDOUT_TITLES[id]}`);
        });
        // Only the chosen handout is printed.
        for (const other of HANDOUT_IDS.filter((o) => o !== id)) expect(pdf.text, where).not.toContain(HANDOUT_TITLES[other]);
      }
    });
  }
});

test('settings: invalid values are refused, valid ones print on the handouts as plain text', async ({ context, extensionId, popup }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Your name').fill('<b>Alex</b> Park');
  await page.getByLabel('Practice').fill(`Riverside${'Physiotherapy'.repeat(8)}`);
  await page.getByLabel('NPI').fill('1234567890');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Not saved: 1 field needs fixing')).toBeVisible();
  await expect(page.getByText(/last digit does not match/)).toBeVisible();
  await expect(page.getByLabel('NPI')).toBeFocused();
  expect(await popup.storage('local')).toEqual({});
  await expectNoAxeViolations(page);

  await page.getByLabel('NPI').fill('1234567893');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect(await popup.storage('local')).toMatchObject({ profile: { referrer: { name: '<b>Alex</b> Park', npi: '1234567893' } } });

  await page.goto(`chrome-extension://${extensionId}/handouts.html?h=annular-tears`);
  const header = page.locator('.handout-header');
  await expect(header).toContainText('From: <b>Alex</b> Park');
  await expect(header.locator('b')).toHaveCount(0);
  // The unbroken 113-character practice name wraps inside the page instead of overflowing it.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('article.handout').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const pdf = await new HandoutsPage(page).pdf('Letter');
  expect(pdf.pages).toBeLessThanOrEqual(2);
});

test('the print page reflows at 320 px and opens on its own from the popup', async ({ popup }) => {
  const opened = popup.page.context().waitForEvent('page');
  await popup.page.getByRole('link', { name: 'Patient handouts' }).click();
  const page = await opened;
  await page.setViewportSize({ width: 320, height: 640 });
  const handouts = await new HandoutsPage(page).ready();
  expect(await handouts.checkedTitles()).toEqual([]);
  await page.getByRole('button', { name: 'Select all' }).click();
  await expect(page.locator('article.handout')).toHaveCount(PRINT_IDS.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
