import type { Answers } from './answers';
import { noteDate, referralNote } from './referral-note';
import { evaluate, type Outcome } from './rules';

/**
 * Kept for the callers written before the referral note (prefill, its e2e test): the "summary"
 * is now the clinical referral note for the clinic. The checklist's own reasoning, sources and
 * completeness check stay in the popup, for the referrer.
 */
export const summaryDate = noteDate;

/** The note for these answers; `date` is the local day as yyyy-mm-dd. */
export function referralSummary(a: Answers, outcome: Outcome, included: readonly string[], date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return referralNote(a, outcome, included, new Date(y!, m! - 1, d!));
}

/** The note for these answers as of `day`: what both the Copy button and the form prefill use. */
export const summaryFor = (a: Answers, included: readonly string[], day: Date): string => referralNote(a, evaluate(a), included, day);
