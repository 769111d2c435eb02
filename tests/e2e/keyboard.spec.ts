import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The label text of the focused control (or its own text for buttons). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    return (label?.textContent ?? el.textContent ?? '').trim();
  });
const focusedGroup = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

/** Presses Tab until the focused control's name matches; fails if it never does. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Tabs into a radio group, then moves with the arrow keys (which select) to the wanted option. */
async function chooseRadio(page: Page, group: string, option: RegExp) {
  for (let i = 0; i < 120 && (await focusedGroup(page)) !== group; i++) await page.keyboard.press('Tab');
  expect(await focusedGroup(page)).toBe(group);
  for (let i = 0; i < 8 && !option.test(await focusedName(page)); i++) await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toMatch(option);
  await page.keyboard.press('Space'); // selects the first option too, where no arrow key was needed
}

test('a referral case completed with the keyboard alone', async ({ popup }) => {
  const { page } = popup;
  await tabTo(page, /^I screened for all of these/);
  await page.keyboard.press('Space');
  await tabTo(page, /How long the pain has lasted/);
  await page.keyboard.type('20');
  await chooseRadio(page, 'onset', /^Persistent/);
  await chooseRadio(page, 'driver', /^Disc/);
  await chooseRadio(page, 'ptCourse', /^Completed/);
  await tabTo(page, /Weeks of physical therapy/);
  await page.keyboard.type('10');
  await chooseRadio(page, 'ptResponse', /^Little or no lasting/);
  await chooseRadio(page, 'injections', /^Relief that wore off/);
  await chooseRadio(page, 'priorSurgery', /^No$/);
  await chooseRadio(page, 'imaging', /^Annular tear/);

  await expect(popup.outcome).toHaveText(/Consider referral for a candidacy evaluation/);
  await expect(page.locator('input:checked')).toHaveCount(8);

  await tabTo(page, /^Copy referral summary$/);
  // A visible focus indicator: the outline the stylesheet sets for :focus-visible.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Referral summary copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Outcome: Consider referral for a candidacy evaluation');

  await tabTo(page, /^Clear$/);
  await page.keyboard.press('Enter');
  await expect(popup.outcome).toHaveText(/Not enough information/);
});
