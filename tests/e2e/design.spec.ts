import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_PATH } from '../../scripts/chromium';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { SCENARIOS, actionLocators, shownKind, textSizesInPage } from './outcomes';
import { openPlan } from './plan-setup';

// Each test's state is the extension's storage and its own tabs: the worker's browser will do.
test.use({ freshBrowser: false });

// Layout assertions, not pixel comparisons: computed sizes, boxes and colours in Chromium.
// Each test walks several outcomes and pages, so each gets more than the default 30 s.
test.describe.configure({ timeout: 180_000 });

const MIN_TEXT_PX = 14;

async function smallestText(page: Page) {
  const sizes = await page.evaluate(textSizesInPage);
  expect(sizes.length, 'visible text found').toBeGreaterThan(5);
  return sizes;
}
const tooSmall = (sizes: { px: number; text: string; tag: string }[]) => sizes.filter((s) => s.px < MIN_TEXT_PX).map((s) => `${s.px}px ${s.tag} “${s.text}”`);

test.describe('text is at least 14 px on every extension page', () => {
  test('popup, in every outcome, at 800 and 320 px wide', async ({ popup, context, extensionId }) => {
    for (const s of SCENARIOS) {
      await s.answer(popup.page);
      expect(tooSmall(await smallestText(popup.page)), s.name).toEqual([]);
      await popup.clear();
    }
    const narrow = await popup.page.context().newPage();
    await narrow.setViewportSize({ width: 320, height: 600 });
    await narrow.goto(`chrome-extension://${extensionId}/popup.html`);
    await SCENARIOS.find((s) => s.name === 'consider-referral')!.answer(narrow);
    expect(tooSmall(await smallestText(narrow))).toEqual([]);
    void context;
  });

  test('the fill plan, with its folded parts open', async ({ context, extensionId }) => {
    const popup = await openPlan(context, extensionId);
    await popup.page.getByRole('button', { name: 'Correct a match' }).click();
    for (const d of await popup.page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
    expect(tooSmall(await smallestText(popup.page))).toEqual([]);
  });

  for (const [name, url] of [['settings', 'options.html'], ['print page', 'handouts.html?h=pt-when-it-helps'], ['privacy', 'privacy.html']] as const) {
    test(name, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${url}`);
      await page.locator('#app *').first().waitFor();
      // The settings page says Loading… until its stores are read: measure the page, not that line.
      await expect(page.getByText('Loading…')).toHaveCount(0);
      for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
      expect(tooSmall(await smallestText(page))).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(tooSmall(await smallestText(page)), 'printed').toEqual([]);
    });
  }
});

test('body text is set on body itself, so Chrome does not shrink it to 75%', async ({ popup }) => {
  const body = await popup.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(body).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  const option = await popup.page.locator('.option').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(option).toBeGreaterThanOrEqual(MIN_TEXT_PX);
});

test('at 800×600 each outcome’s headline and its actions are on screen without scrolling, while the questions scroll', async ({ popup }) => {
  const page = popup.page;
  const inView = async (name: string, loc: ReturnType<Page['locator']>) => {
    const box = await loc.boundingBox();
    expect(box, `${name} is rendered`).not.toBeNull();
    expect(box!.y, `${name} top`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${name} bottom within 600`).toBeLessThanOrEqual(600);
    expect(box!.x + box!.width, `${name} right within 800`).toBeLessThanOrEqual(800);
    // Not hidden behind another box or clipped by a scrolling column: the element is what is at its centre.
    const hit = await loc.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!at && (el === at || el.contains(at));
    });
    expect(hit, `${name} is not covered or clipped`).toBe(true);
  };
  for (const s of SCENARIOS) {
    await s.answer(page);
    // As the popup opens with these answers (they live in session storage).
    await page.reload();
    await page.locator('#outcome-title').waitFor();
    expect(s.kinds).toContain(await shownKind(page));
    const { copy, print } = actionLocators(page);
    await inView(`${s.name}: headline`, page.locator('.outcome-headline, #outcome-title').first());
    await inView(`${s.name}: Copy`, copy);
    if (await print.count()) await inView(`${s.name}: Print suggested handouts`, print);
    await popup.clear();
  }
  // The page itself does not scroll; the questions' column does.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
  const questions = await page.locator('.form-column').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(questions.scroll).toBeGreaterThan(questions.client);
});

test('the stylesheet puts the headline and .outcome-actions first, even when the panel renders the actions last', async ({ popup }) => {
  const page = popup.page;
  await SCENARIOS.find((s) => s.name === 'consider-referral')!.answer(page); // the longest panel
  const bottom = await page.locator('#outcome').evaluate((panel) => {
    // The contract's markup in its worst order: actions after every reason and note.
    panel.setAttribute('data-outcome', 'consider-referral');
    const actions = document.createElement('div');
    actions.className = 'outcome-actions';
    actions.innerHTML = '<button type="button">Copy referral note</button><button type="button">Print suggested handouts</button>';
    panel.append(actions);
    return Math.max(...[...actions.children].map((b) => b.getBoundingClientRect().bottom));
  });
  expect(bottom).toBeLessThanOrEqual(600);
  // (Icons come from the markup, one per outcome: the next test checks them.)
});

test('each outcome has its own colour and icon; at 320 px the sticky bar takes the outcome’s colour', async ({ popup, context, extensionId }) => {
  const styles = new Map<string, { colour: string; background: string; icon: string }>();
  for (const s of SCENARIOS) {
    await s.answer(popup.page);
    const kind = await shownKind(popup.page);
    styles.set(kind, await popup.page.locator('#outcome').evaluate((el) => {
      const icon = el.querySelector('.outcome-icon') ?? el.querySelector('.mark');
      const before = icon ? getComputedStyle(icon, '::before').content : 'none';
      return {
        colour: getComputedStyle(el).borderTopColor,
        background: getComputedStyle(el).backgroundColor,
        icon: `${before === 'none' || before === 'normal' ? '' : before}${icon?.textContent ?? ''}`,
      };
    }));
    await popup.clear();
  }
  const kinds = [...styles.keys()];
  expect(kinds.length).toBeGreaterThanOrEqual(6);
  for (const [i, a] of kinds.entries()) {
    for (const b of kinds.slice(i + 1)) {
      const sa = styles.get(a)!;
      const sb = styles.get(b)!;
      expect(sa.colour === sb.colour && sa.background === sb.background, `${a} and ${b} share a colour`).toBe(false);
      expect(sa.icon, `${a} and ${b} share an icon`).not.toBe(sb.icon);
      expect(sa.icon.trim(), `${a} has an icon`).not.toBe('');
    }
  }

  const narrow = await context.newPage();
  await narrow.setViewportSize({ width: 320, height: 600 });
  await narrow.goto(`chrome-extension://${extensionId}/popup.html`);
  for (const name of ['emergency', 'pt-first']) {
    await SCENARIOS.find((s) => s.name === name)!.answer(narrow);
    const bar = narrow.locator('.outcome-bar');
    await expect(bar).toBeVisible();
    const [barColour, panelColour] = await Promise.all([
      bar.evaluate((el) => getComputedStyle(el).backgroundColor),
      narrow.locator('#outcome').evaluate((el) => getComputedStyle(el).borderTopColor),
    ]);
    expect(barColour, `${name}: bar in the outcome’s colour`).toBe(panelColour);
    await narrow.getByRole('button', { name: 'Clear' }).click();
  }
});

test('the icon files exist at their sizes and the manifest names them', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.name).toBe('Spine Referral Helper');
  expect(manifest.action.default_title).toBe('Spine Referral Helper');
  for (const icons of [manifest.icons, manifest.action.default_icon]) {
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(icons as Record<string, string>)) {
      const png = readFileSync(path.join(EXTENSION_PATH, file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // IHDR: width and height as big-endian integers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  }
});

test('one product name: every page title and top heading says Spine Referral Helper', async ({ context, extensionId }) => {
  for (const url of ['popup.html', 'options.html', 'handouts.html', 'privacy.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${url}`);
    await expect(page).toHaveTitle(/Spine Referral Helper/);
    await expect(page.locator('body')).toContainText('Spine Referral Helper');
    await page.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe finds nothing in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const s of SCENARIOS) {
      test(`popup: ${s.name}`, async ({ popup }) => {
        await popup.page.emulateMedia({ colorScheme: scheme });
        await s.answer(popup.page);
        await expectNoAxeViolations(popup.page);
      });
    }

    test('popup: an input error', async ({ popup }) => {
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.page.getByLabel(/How long the pain has lasted/).fill('x');
      await expectNoAxeViolations(popup.page);
    });

    for (const url of ['options.html', 'handouts.html?h=pt-when-it-helps', 'handouts.html', 'privacy.html']) {
      test(url, async ({ context, extensionId }) => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${extensionId}/${url}`);
        await page.locator('#app *').first().waitFor();
        for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
        await expectNoAxeViolations(page);
      });
    }

    test('the fill plan', async ({ context, extensionId }) => {
      const plan = await openPlan(context, extensionId);
      await plan.page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(plan.page);
    });
  });
}
