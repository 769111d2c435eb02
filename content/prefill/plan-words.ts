import type { Target } from './targets';
import { NO_VALUE, NOT_TICKED, type FieldValue } from './values';
import { MAX_INVISIBLE_PX } from './visibility';

/**
 * Plain words for the fill plan. The planner's reasons are written for tests and logs ("hidden on
 * the page (display: none)", "a honeypot trap for bots"); a clinician reading the plan needs to
 * know what it means for them. Pure: no DOM, no browser.
 */

/** How a field was hidden (visibility.ts) -> why that matters, in plain words. */
const HIDDEN: Readonly<Record<string, string>> = {
  'a honeypot trap for bots': 'a hidden box that catches automated spam; people leave it empty',
  'display: none': 'hidden on the page, so you could not check what was typed',
  'visibility: hidden': 'hidden on the page, so you could not check what was typed',
  transparent: 'invisible on the page, so you could not check what was typed',
  'aria-hidden': 'hidden from screen readers and likely not meant to be filled',
  'hidden attribute': 'hidden on the page, so you could not check what was typed',
  [`${MAX_INVISIBLE_PX} px or smaller`]: 'too small to see on the page, so you could not check what was typed',
  'covered by another element': 'covered by something else on the page, so you could not check what was typed',
  'off-screen': 'placed off the screen, so you could not check what was typed',
  'not in a window': 'not shown on the page',
};

/** Other planner and value reasons whose wording needs help. Anything not listed is already plain. */
const WORDS: Readonly<Record<string, string>> = {
  [NO_VALUE]: 'you have not entered this detail yet (Patient details or Settings)',
  [NOT_TICKED]: 'not one of your answers, so it stays unticked',
  disabled: 'switched off by the page',
  'read-only': 'the page does not allow typing here',
  'option label not recognised': 'the choice’s wording was not recognised, so nothing was ticked',
  'no recognisable label': 'its label does not say what it asks for',
  'none of its options is the value': 'none of its choices matches your details',
  'none of its options is exactly the value': 'none of its choices matches your details exactly',
  'no option matches': 'none of its choices matches your details',
  'more than one option matches': 'more than one of its choices could be meant, so none is ticked',
  'not part of a referral (search, sign-up, login, consent or similar)': 'a consent, search or login question: left for you to answer',
  'two fields compete for this value': 'two fields on the page ask for the same detail, so neither is filled',
};

/** The reason a field stays empty, in plain words. */
export function planReason(reason: string): string {
  const hidden = /^hidden on the page \((.+)\)$/.exec(reason);
  if (hidden) return HIDDEN[hidden[1]!] ?? 'hidden on the page, so you could not check what was typed';
  return HIDDEN[reason] ?? WORDS[reason] ?? reason;
}

/** "1 field", "2 fields". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The plan's groups, in the order a referral form usually asks. */
export type PlanGroup = 'patient' | 'referrer' | 'clinical';
export const PLAN_GROUPS: readonly { id: PlanGroup; title: string }[] = [
  { id: 'patient', title: 'Patient' },
  { id: 'referrer', title: 'Referrer (you)' },
  { id: 'clinical', title: 'Clinical details' },
];
export const groupOf = (t: Target): PlanGroup => (t.startsWith('patient.') ? 'patient' : t.startsWith('referrer.') ? 'referrer' : 'clinical');

/** Values longer than this are shown folded, whole on demand. */
export const LONG_VALUE = 160;

/** A value as the user will see it on the page: a tick in words, or the text whole. */
export function valueWords(v: FieldValue): string {
  return 'checked' in v ? 'Will be ticked' : v.text;
}

/** The start of a long value for its folded view, cut at a word. */
export function preview(text: string, max = LONG_VALUE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
