// Issue 9, prefill side: Fill verifies the page before it writes (point 1), visibility as a person
// sees it (point 2), and a form the page sends during Fill is reported (point 8). The browser
// decides these (layout, hit tests, navigation), so they run against the built extension.
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import { readAnnotated } from '../helpers/fill-check';
import { VALUES } from '../unit/prefill/records';
import { expect, test } from './fixtures';
import { SITE } from './site';
import { PrefillPopup, clickToolbarButton } from './pages/prefill';
import { seedReferral } from './referral-seed';

/** Opens a fixture, grants activeTab as a toolbar click does, and shows the plan in the popup. */
async function planOn(context: BrowserContext, extensionId: string, fixture: string): Promise<{ form: Page; popup: PrefillPopup }> {
  await seedReferral(context, extensionId);
  const form = await context.newPage();
  await form.goto(`${SITE}/${fixture}`);
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await expect(popup.plan).toBeVisible({ timeout: 30_000 });
  return { form, popup };
}

/** Every control of the page holds nothing (text empty, nothing ticked; a select on its first option). */
const untouched = (page: Page) => page.evaluate(() =>
  [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]):not([type=submit]), textarea, select')]
    .filter((el) => (el instanceof HTMLSelectElement ? el.selectedIndex > 0 : el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value !== ''))
    .map((el) => el.name || el.id));

// The machine these run on is shared and slow at times: generous timeouts, nothing timed.
test.describe.configure({ timeout: 120_000 });
// Each test's state is the extension's storage and its own tabs: the worker's browser will do.
test.use({ freshBrowser: false });

const CHANGED = 'The page changed since the plan was made; read it again.';

test.describe('Fill verifies the page before it writes (issue 9, point 1)', () => {
  test('same-origin navigation to another page with the same field names: nothing written there', async ({ context, extensionId }) => {
    const { form, popup } = await planOn(context, extensionId, 'gf25-referral.html');
    await form.goto(`${SITE}/safety/twin-page.html`);
    await popup.confirm();
    await expect(popup.alert).toContainText(CHANGED, { timeout: 20_000 });
    expect(await untouched(form)).toEqual([]);
  });

  test('the form wrapped in display:none after the plan: nothing written', async ({ context, extensionId }) => {
    const { form, popup } = await planOn(context, extensionId, 'gf25-referral.html');
    await form.evaluate(() => {
      const wrap = document.createElement('div');
      wrap.style.display = 'none';
      const gform = document.getElementById('gform_1')!;
      gform.before(wrap);
      wrap.append(gform);
    });
    await popup.confirm();
    await expect(popup.alert).toContainText(CHANGED, { timeout: 20_000 });
    await expect(popup.alert).toContainText('is now hidden');
    expect(await untouched(form)).toEqual([]);
  });

  test('labels changed to “Search this site” and the action pointed elsewhere: nothing written', async ({ context, extensionId }) => {
    const { form, popup } = await planOn(context, extensionId, 'gf25-referral.html');
    await form.evaluate(() => {
      for (const label of document.querySelectorAll('#gform_1 label, #gform_1 legend')) label.textContent = 'Search this site';
      (document.getElementById('gform_1') as HTMLFormElement).action = 'https://search.example/q';
    });
    await popup.confirm();
    await expect(popup.alert).toContainText(CHANGED, { timeout: 20_000 });
    expect(await untouched(form)).toEqual([]);
  });

  test('pushState to another path: nothing written', async ({ context, extensionId }) => {
    const { form, popup } = await planOn(context, extensionId, 'gf25-referral.html');
    await form.evaluate(() => history.pushState({}, '', '/newsletter/'));
    await popup.confirm();
    await expect(popup.alert).toContainText(CHANGED, { timeout: 20_000 });
    expect(await untouched(form)).toEqual([]);
  });

  test('nothing changed but a fragment: the form is filled', async ({ context, extensionId }) => {
    const { form, popup } = await planOn(context, extensionId, 'gf25-referral.html');
    await form.evaluate(() => { location.hash = 'gform_1'; });
    await popup.confirm();
    await expect(popup.status).toContainText(/Filled \d+ field/);
    expect((await untouched(form)).length).toBeGreaterThan(10);
  });
});

test('the page sends the form while it is being filled: said plainly, never “press Submit yourself” (issue 9, point 8)', async ({ context, extensionId }) => {
  const { form, popup } = await planOn(context, extensionId, 'safety/submit-on-change.html');
  await popup.confirm();
  await expect(popup.alert).toContainText('The page sent the form while it was being filled', { timeout: 6000 });
  await expect(popup.page.locator('.prefill-flow')).not.toContainText('Submit button yourself');
  // It really was sent, with what had been filled by then: the filler prevented nothing.
  await expect.poll(() => new URL(form.url()).searchParams.get('first_name')).toBe(VALUES.patient.firstName);
});

/** The extension's own visibility check, bundled to run in a fixture page (as the bench does with collect). */
async function visibilityScript(): Promise<string> {
  const contents = "import { visibilityCheck } from './content/prefill/visibility'; (globalThis as Record<string, unknown>).__visibility = visibilityCheck;";
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

test.describe('visibility as a person sees it (issue 9, point 2)', () => {
  test('every hiding pattern counts as hidden and every field a person sees as visible, wherever the page is scrolled, without scrolling it', async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${SITE}/safety/visibility.html`);
    await page.addScriptTag({ content: await visibilityScript() });
    const expected = Object.fromEntries(await page.$$eval('[data-visible]', (els) => els.map((el) => [el.id, el.getAttribute('data-visible') === 'yes'])));
    expect(Object.values(expected).filter((v) => !v)).toHaveLength(15); // the 13 of the issue, 0.3 inside 0.3, an overlay far below the fold
    const read = () => page.evaluate(() => {
      type Check = (doc: Document, o: { layout: boolean }) => (el: Element) => string | null;
      const before = [scrollX, scrollY];
      const check = (globalThis as unknown as { __visibility: Check }).__visibility(document, { layout: true });
      const reasons = Object.fromEntries([...document.querySelectorAll('[data-visible]')].map((el) => [el.id, check(el)]));
      return { reasons, moved: before[0] !== scrollX || before[1] !== scrollY };
    });
    // At the top; with "sticky-target" under the sticky header (and the fields above it scrolled out
    // of view); and far down, where the first fields are off-screen and the last ones in view.
    const positions: [string, () => Promise<unknown>][] = [
      ['top', () => page.evaluate(() => scrollTo(0, 0))],
      ['sticky', () => page.evaluate(() => scrollTo(0, document.getElementById('sticky-target')!.getBoundingClientRect().top + scrollY - 30))],
      ['bottom', () => page.evaluate(() => scrollTo(0, document.getElementById('below')!.getBoundingClientRect().top + scrollY - 200))],
    ];
    for (const [where, scroll] of positions) {
      await scroll();
      if (where === 'sticky') {
        // The sticky header really is on top of the field at its centre.
        expect(await page.evaluate(() => {
          const r = document.getElementById('sticky-target')!.getBoundingClientRect();
          return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.tagName;
        })).toBe('HEADER');
      }
      const { reasons, moved } = await read();
      expect(moved, `the check scrolled the page (${where})`).toBe(false);
      const judged = Object.fromEntries(Object.entries(reasons).map(([id, reason]) => [id, reason === null ? 'visible' : `hidden: ${reason}`]));
      const wanted = Object.fromEntries(Object.entries(expected).map(([id, visible]) => [id, visible ? 'visible' : expect.stringMatching(/^hidden: /)]));
      expect(judged, `scrolled to the ${where}`).toEqual(wanted);
    }
  });
});
