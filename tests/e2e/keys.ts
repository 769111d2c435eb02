import { expect, type Page } from '@playwright/test';

// Keyboard-only helpers: tests that use them press keys and read focus, never click.

/** The label text of the focused control (or its own text for buttons). */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // With nothing focused the active element is <body>, whose text is the whole page: never a match.
    if (!el || el === document.body) return '';
    const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    return (label?.textContent ?? el.textContent ?? '').trim();
  });
export const focusedGroup = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

/** Presses Tab until the focused control's name matches; fails if it never does. */
export async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Tabs into a radio group, then moves with the arrow keys (which select) to the wanted option. */
export async function chooseRadio(page: Page, group: string, option: RegExp) {
  for (let i = 0; i < 120 && (await focusedGroup(page)) !== group; i++) await page.keyboard.press('Tab');
  expect(await focusedGroup(page)).toBe(group);
  for (let i = 0; i < 8 && !option.test(await focusedName(page)); i++) await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toMatch(option);
  await page.keyboard.press('Space'); // selects the first option too, where no arrow key was needed
}
