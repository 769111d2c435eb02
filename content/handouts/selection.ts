import type { Answers } from '../checklist/answers';
import type { Outcome, OutcomeKind } from '../checklist/rules';
import { PRINT_IDS, type PrintId } from './types';

const isPrintId = (v: string): v is PrintId => (PRINT_IDS as readonly string[]).includes(v);

/** Reads `?h=a,b` from the print page's address; unknown ids are dropped and counted. */
export function parseSelection(search: string): { ids: PrintId[]; unknown: number } {
  const raw = new URLSearchParams(search).get('h');
  if (!raw) return { ids: [], unknown: 0 };
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean).slice(0, 50);
  const ids = [...new Set(parts.filter(isPrintId))];
  return { ids: PRINT_IDS.filter((id) => ids.includes(id)), unknown: parts.filter((p) => !isPrintId(p)).length };
}

export function selectionQuery(ids: readonly PrintId[]): string {
  return ids.length ? `?h=${ids.join(',')}` : '';
}

/**
 * Outcome kinds that need care now: the same kinds as rules.ts's RED_FLAG_KINDS, kept here as a
 * type-checked copy so the print page does not load the rules for two words.
 */
const URGENT_KINDS: ReadonlySet<OutcomeKind> = new Set(['urgent', 'emergency']);

/**
 * The handouts that fit a checklist outcome. Urgent and emergency outcomes get the safety card on
 * its own and the "when to get help now" handout: short, and about the next few hours.
 */
export function suggestedHandouts(outcome: Outcome, answers: Answers): PrintId[] {
  const kind = outcome.kind;
  if (URGENT_KINDS.has(kind)) return ['safety-card', 'get-help-now'];
  if (answers.context === 'post-procedure') return ['before-after-procedure', 'pt-after-disc-repair'];
  // After surgery (post-operative rehab, or any earlier back surgery) disc repair is not the conversation.
  const afterSurgery = answers.context === 'post-op' || answers.priorSurgery === 'yes';
  switch (kind) {
    case 'pt-first':
      return afterSurgery ? ['pt-when-it-helps', 'long-lasting-pain'] : ['pt-when-it-helps', 'pt-or-disc-repair'];
    case 'consider-referral':
      return ['annular-tears', 'disc-repair-explained', 'disc-decisions', 'clinic-evaluation'];
    case 'consider-referral-needs-mri':
      return ['annular-tears', 'mri-report', 'clinic-evaluation'];
    case 'other-pathway':
      return afterSurgery ? ['long-lasting-pain', 'clinic-evaluation'] : ['long-lasting-pain', 'disc-decisions'];
    default:
      return [];
  }
}
