import type { Answers } from '../checklist/answers';
import { RED_FLAG_KINDS, type Outcome } from '../checklist/rules';
import type { PrintId } from './types';

// The popup's half of the handout selection: what to suggest, and the print page's address for it.
// Apart from selection.ts (the print page's half), so the popup does not load a chunk of its own for it.

/** The print page's query for these handouts; selection.ts's parseSelection reads it back. */
export function selectionQuery(ids: readonly PrintId[]): string {
  return ids.length ? `?h=${ids.join(',')}` : '';
}

/**
 * The handouts that fit a checklist outcome. Urgent and emergency outcomes get the safety card on
 * its own and the "when to get help now" handout: short, and about the next few hours.
 */
export function suggestedHandouts(outcome: Outcome, answers: Answers): PrintId[] {
  const kind = outcome.kind;
  if (RED_FLAG_KINDS.has(kind)) return ['safety-card', 'get-help-now'];
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
