import { expect, test } from './fixtures';
import { SITE } from './site';
import { chooseRadio, tabTo } from './keys';
import { clickToolbarButton } from './pages/prefill';
import { openPlan } from './plan-setup';

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
  await chooseRadio(page, 'imagingFits', /^Yes/);

  await expect(popup.outcome).toHaveText(/Consider referral for a candidacy evaluation/);
  await expect(page.locator('input:checked')).toHaveCount(9);

  await tabTo(page, /^Copy referral note$/);
  // A visible focus indicator: the outline the stylesheet sets for :focus-visible.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Referral note copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Referral for a candidacy evaluation for biologic disc repair.');

  await tabTo(page, /^Clear$/);
  await page.keyboard.press('Enter');
  await expect(popup.outcome).toHaveText(/Not enough information/);
  await tabTo(page, /^Undo$/);
  await page.keyboard.press('Enter');
  await expect(popup.outcome).toHaveText(/Consider referral for a candidacy evaluation/);
});

test('checklist -> handouts -> prefill with the keyboard alone', async ({ context, extensionId, popup }) => {
  const { page } = popup;
  // Checklist: an acute strain, then the suggested handouts link.
  await chooseRadio(page, 'onset', /^Recent strain/);
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  const opened = context.waitForEvent('page');
  await tabTo(page, /^Print suggested handouts$/);
  await page.keyboard.press('Enter');
  const handouts = await opened;
  await handouts.bringToFront(); // a new tab gets focus in a real window; headless needs telling
  await expect(handouts.getByRole('heading', { level: 1, name: 'Patient handouts' })).toBeVisible();
  await tabTo(handouts, /first name/);
  await handouts.keyboard.type('Maria');
  await expect(handouts.locator('.patient-name').first()).toHaveText('Maria');
  await tabTo(handouts, /^Print 2 handouts$/); // reachable; pressing it would open the print dialog

  // Prefill: the grant comes from the toolbar click (no keyboard equivalent in a test), then keys only.
  const form = await context.newPage();
  await form.goto(`${SITE}/gf25-referral.html`);
  await page.evaluate((site) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.set({
    prefill: { v: 1, origins: [site], corrections: {} },
  }), SITE);
  const tabId = await clickToolbarButton(context, extensionId, form);
  const prefill = await context.newPage();
  await prefill.bringToFront();
  await prefill.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}&view=prefill`);
  await tabTo(prefill, /^First name$/);
  await prefill.keyboard.type('Maria');
  await tabTo(prefill, /^Prefill form in this tab$/);
  await prefill.keyboard.press('Enter');
  await expect(prefill.getByText('Check before filling')).toBeVisible({ timeout: 6000 });
  await tabTo(prefill, /^Fill \d+ fields?$/);
  await prefill.keyboard.press('Enter');
  await expect(prefill.locator('.flow-status')).toContainText(/Filled \d+ field/);
  await expect(form.locator('#input_1_1_3')).toHaveValue('Maria');
});

test('tabbing through the fill plan never leaves the focused control under the sticky Fill bar', async ({ context, extensionId }) => {
  const { page } = await openPlan(context, extensionId);
  await page.setViewportSize({ width: 800, height: 600 });
  await page.getByRole('button', { name: 'Correct a match' }).click();
  await page.locator('.plan select').first().focus();
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const where = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (!el.closest('.plan') || el.closest('.plan-bar')) return null;
      const r = el.getBoundingClientRect();
      const bar = document.querySelector('.plan-bar')!.getBoundingClientRect();
      return { id: el.id || el.tagName, clear: r.bottom <= bar.top + 0.5 };
    });
    if (!where) break;
    seen.push(`${where.id}:${where.clear}`);
    await page.keyboard.press('Tab');
  }
  expect(seen.length).toBeGreaterThan(10); // really walked the plan's correction menus
  expect(seen.filter((s) => s.endsWith(':false'))).toEqual([]);
});
