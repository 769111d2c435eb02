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

/** Other-pathway reasons that call for care soon (a fracture or infection that may be new): the red-flag handouts. */
const SEEK_CARE = new Set(['excl.fracture', 'excl.infection']);
/** Other-pathway reasons about the disc itself, where the disc-treatment questions handout helps. */
const DISC_REASONS = new Set(['excl.severe-collapse', 'excl.end-stage-imaging', 'excl.gross-instability', 'excl.severe-scoliosis', 'path.fused-level', 'path.post-surgery']);

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
  const reasons: readonly string[] = outcome.reasons;
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
