import type { Page } from '@playwright/test';

/**
 * Answers that reach each outcome, for the design checks and `npm run screenshots`. `kinds` lists
 * the outcomes the answers may show.
 */
export interface Scenario {
  readonly name: string;
  readonly kinds: readonly string[];
  answer(page: Page): Promise<void>;
}

const choose = (page: Page, label: string) => page.getByLabel(label, { exact: true }).check();
const weeks = (page: Page, label: RegExp, value: string) => page.getByLabel(label).fill(value);
const DURATION = /How long the pain has lasted/;

async function chronicAfterPt(page: Page, imaging: string) {
  await choose(page, 'I screened for all of these and none is present');
  await weeks(page, DURATION, '20');
  await choose(page, 'Persistent or recurring pain');
  await choose(page, 'Completed');
  await weeks(page, /Weeks of physical therapy/, '10');
  await choose(page, 'Little or no lasting improvement');
  await page.getByRole('group', { name: 'Previous spine surgery' }).getByLabel('No').check();
  // Injections are planned from imaging: with none yet, answering 'relief that wore off' would be a
  // conflict (injections-without-imaging), which is not what this outcome's screens should show.
  if (imaging === 'No imaging yet') await page.getByRole('group', { name: 'Epidural steroid injections' }).getByLabel('None').check();
  else await choose(page, 'Relief that wore off');
  await choose(page, imaging);
  if (imaging !== 'No imaging yet') await choose(page, 'Yes: level and side fit the pain pattern');
}

export const SCENARIOS: readonly Scenario[] = [
  { name: 'not-enough-info', kinds: ['not-enough-info'], answer: async () => {} },
  { name: 'pt-first', kinds: ['pt-first'], answer: (p) => choose(p, 'Recent strain or minor injury, expected to settle') },
  { name: 'other-pathway', kinds: ['other-pathway'], answer: (p) => choose(p, 'Severe scoliosis') },
  { name: 'consider-referral', kinds: ['consider-referral'], answer: (p) => chronicAfterPt(p, 'Annular tear or internal disc disruption reported') },
  { name: 'consider-referral-needs-mri', kinds: ['consider-referral-needs-mri'], answer: (p) => chronicAfterPt(p, 'No imaging yet') },
  { name: 'urgent', kinds: ['urgent'], answer: (p) => choose(p, 'Fever or chills, IV drug use, immune suppression or recent infection') },
  { name: 'emergency', kinds: ['emergency'], answer: (p) => choose(p, 'Saddle, genital or perianal numbness') },
];

/** The outcome kind the panel shows (its data-outcome). */
export const shownKind = (page: Page) => page.locator('#outcome').evaluate((el) => el.getAttribute('data-outcome') ?? '');

/** The outcome's primary actions: .outcome-actions (the contract), else today's buttons. */
export const actionLocators = (page: Page) => {
  const box = page.locator('.outcome-actions');
  return {
    box,
    copy: page.getByRole('button', { name: /^Copy/ }).first(),
    print: page.getByRole('link', { name: 'Print suggested handouts' }).or(page.getByRole('button', { name: 'Print suggested handouts' })).first(),
  };
};

/**
 * Every visible text node's computed font size, smallest first (in px), with a snippet of its text.
 * Run inside the page. Text is visible when its element renders a box, is not clipped to 1px
 * (visually hidden), and is not inside a closed <details>.
 */
export function textSizesInPage(): { px: number; text: string; tag: string }[] {
  const out: { px: number; text: string; tag: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('script, style, noscript')) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const details = el.closest('details:not([open])');
    if (details && !el.closest('summary')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rect = range.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue;
    out.push({ px: parseFloat(getComputedStyle(el).fontSize), text: text.slice(0, 40), tag: el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '') });
  }
  return out.sort((a, b) => a.px - b.px);
}
