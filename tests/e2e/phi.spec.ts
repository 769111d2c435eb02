import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId as findExtensionId, launchWithExtension } from '../../scripts/chromium';
import { expect, test } from './fixtures';
import { SITE } from './site';
import { expectNoAxeViolations } from './axe';
import { PrefillPopup, clickToolbarButton } from './pages/prefill';

/** Made-up patient data that appears nowhere else, to trace where PHI ends up. */
const NAME = 'Wrenfaithe';
const DOB = '1966-07-04';

type Chrome = typeof import('wxt/browser').browser;
const storage = (page: Page, area: 'session' | 'local' | 'sync') =>
  page.evaluate((a) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[a].get(null), area).then((v) => JSON.stringify(v));

async function enterEverywhere(context: BrowserContext, id: string): Promise<PrefillPopup> {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${id}/options.html`);
  await settings.evaluate((site) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ prefill: { v: 1, origins: [site], corrections: {} } }), SITE);
  await settings.close();

  const form = await context.newPage();
  await form.goto(`${SITE}/gf25-referral.html`);
  const popup = await PrefillPopup.open(context, id, await clickToolbarButton(context, id, form));
  await popup.page.getByRole('tab', { name: 'Checklist' }).click();
  await popup.page.getByLabel('Recent strain or minor injury, expected to settle').check();
  await popup.page.getByRole('tab', { name: 'Referral form' }).click();
  await popup.page.getByLabel('First name').fill(NAME);
  await popup.page.getByLabel('Last name').fill('Testcase');
  await popup.page.getByLabel('Date of birth').fill(DOB);
  await popup.prefill();
  await popup.confirm();
  await expect(popup.status).toContainText(/Filled \d+ field/);
  await expect(form.locator('#input_1_1_3')).toHaveValue(NAME);

  const handouts = await context.newPage();
  await handouts.goto(`chrome-extension://${id}/handouts.html?h=annular-tears`);
  await handouts.getByLabel(/first name/).fill(NAME);
  await handouts.close();
  return popup;
}

test('the canary patient is in no persistent store, console or built file, and Clear patient removes it', async ({ context, extensionId }) => {
  const consoleText: string[] = [];
  context.on('console', (m) => consoleText.push(m.text()));
  const popup = await enterEverywhere(context, extensionId);

  expect(await storage(popup.page, 'session')).toContain(NAME); // where it should be, while in use
  for (const area of ['local', 'sync'] as const) {
    expect(await storage(popup.page, area)).not.toContain(NAME);
    expect(await storage(popup.page, area)).not.toContain(DOB);
  }
  expect(await popup.page.evaluate(() => indexedDB.databases())).toEqual([]);
  const form = context.pages().find((p) => p.url().startsWith(SITE))!;
  expect(await form.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(NAME);
  expect(consoleText.join('\n')).not.toContain(NAME);

  const built = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? built(f) : [f];
  });
  expect(built('.output/chrome-mv3').filter((f) => readFileSync(f, 'latin1').includes(NAME))).toEqual([]);

  await popup.page.getByRole('button', { name: 'Clear patient' }).click();
  await expect.poll(() => storage(popup.page, 'session')).not.toContain(NAME);
  expect(await storage(popup.page, 'session')).not.toContain(DOB);
});

test('patient details unused for 30 minutes are discarded when the extension next reads them', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(({ NAME, DOB }) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.set({
    patient: { v: 1, patient: { firstName: NAME, lastName: '', dob: DOB, phone: '', email: '', preferredContact: '', insurance: '' }, lastUsed: Date.now() - 31 * 60 * 1000 },
  }), { NAME, DOB });
  await page.goto(`chrome-extension://${extensionId}/popup.html?view=prefill`);
  await expect(page.getByText('Patient details were cleared after 30 minutes without use.')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('');
  expect(await storage(page, 'session')).not.toContain(NAME);
});

test('with the popup open, the idle clock warns a minute ahead, can be kept, then clears', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.clock.install(); // the popup's own timers, fast-forwarded: no waiting for 30 minutes
  await page.goto(`chrome-extension://${extensionId}/popup.html?view=prefill`);
  await page.getByLabel('First name').fill(NAME);
  await expect.poll(() => storage(page, 'session')).toContain(NAME);
  const warning = page.getByRole('alert').filter({ hasText: /will be cleared in \d+ seconds/ });

  await page.clock.runFor('28:59');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor('00:02'); // 29:01 idle: inside the last minute
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page);
  await warning.getByRole('button', { name: 'Keep them' }).focus();
  await page.keyboard.press('Enter');
  await expect(warning).toHaveCount(0);
  await expect(page.getByLabel('First name')).toHaveValue(NAME);

  await page.clock.runFor('30:01'); // untouched for the full 30 minutes since "Keep them"
  await expect(page.getByText('Patient details were cleared after 30 minutes without use.')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('');
  await expect.poll(() => storage(page, 'session')).not.toContain(NAME);
});

test('after a browser restart storage.session holds nothing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spine-restart-'));
  try {
    let context = await launchWithExtension({ headless: true, userDataDir: dir });
    const id = await findExtensionId(context);
    const popup = await enterEverywhere(context, id);
    expect(await storage(popup.page, 'session')).toContain(NAME);
    await context.close();

    context = await launchWithExtension({ headless: true, userDataDir: dir });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    for (const area of ['session', 'local', 'sync'] as const) expect(await storage(page, area)).not.toContain(NAME);
    expect(await storage(page, 'session')).toBe('{}');
    expect(await storage(page, 'local')).toContain(SITE); // settings survive; patient data does not
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
