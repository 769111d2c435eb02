import type { Answers } from '../checklist/answers';
import type { CriterionId } from '../checklist/criteria';
import { RED_FLAG_KINDS, type Outcome } from '../checklist/rules';
import type { PrintId } from './types';

// The popup's half of the handout selection: what to suggest, and the print page's address for it.
// Apart from selection.ts (the print page's half), so the popup does not load a chunk of its own for it.

/** The print page's query for these handouts; selection.ts's parseSelection reads it back. */
export function selectionQuery(ids: readonly PrintId[]): string {
  return ids.length ? `?h=${ids.join(',')}` : '';
}

/** Other-pathway reasons that call for care soon (a fracture or infection that may be new): the red-flag handouts. */
const SEEK_CARE: ReadonlySet<CriterionId> = new Set(['excl.fracture', 'excl.infection']);
/** Other-pathway reasons about the disc itself, where the disc-treatment questions handout helps. */
const DISC_REASONS: ReadonlySet<CriterionId> = new Set(['excl.severe-collapse', 'excl.end-stage-imaging', 'excl.gross-instability', 'excl.severe-scoliosis', 'path.fused-level', 'path.post-surgery']);

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
  const reasons = outcome.reasons;
  switch (kind) {
    case 'pt-first':
      // Rehabilitation after surgery and conditioning are about the exercise programme itself;
      // "PT or disc repair?" and long-lasting pain are not their questions.
      if (answers.context === 'post-op' || answers.context === 'conditioning') return ['pt-when-it-helps'];
      return afterSurgery ? ['pt-when-it-helps', 'long-lasting-pain'] : ['pt-when-it-helps', 'pt-or-disc-repair'];
    case 'consider-referral':
      return ['annular-tears', 'disc-repair-explained', 'disc-decisions', 'clinic-evaluation'];
    case 'consider-referral-needs-mri':
      // No imaging yet, so no tear to explain: what the evaluation and an MRI report involve.
      return ['clinic-evaluation', 'mri-report', 'long-lasting-pain'];
    case 'other-pathway':
      if (reasons.some((r) => SEEK_CARE.has(r))) return ['safety-card', 'get-help-now'];
      // Under 16, inflammatory back pain, no disc evidence, lasting relief: long-lasting pain only.
      return reasons.some((r) => DISC_REASONS.has(r)) ? ['long-lasting-pain', 'disc-decisions'] : ['long-lasting-pain'];
    default:
      return [];
  }
}
