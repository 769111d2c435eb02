import type { Answers } from '../checklist/answers';
import { referralNoteSections } from '../checklist/referral-note';
import { evaluate } from '../checklist/rules';

/** One named part of the referral note (content/checklist/referral-note.ts), as the letter prints it. */
export interface NoteSection {
  readonly id: string;
  /** Printed as the section's heading; empty for an untitled opening part. */
  readonly heading: string;
  /** Plain text; lines starting "- " are list items. */
  readonly text: string;
}

/**
 * THE ONE PLACE the letter gets its note: the clinical referral note, the same text Copy gives
 * (no URLs, no completeness list, no checklist wording). The note's own "Enclosed" section is left
 * out, because the letter lists the enclosures the referrer ticks on this page.
 */
export const noteSections = (a: Answers, included: readonly string[], day: Date, outcome = evaluate(a)): NoteSection[] =>
  referralNoteSections(a, outcome, included, day).filter((s) => s.id !== 'enclosed');
