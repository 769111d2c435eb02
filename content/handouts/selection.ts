import type { Answers } from '../checklist/answers';
import type { Outcome } from '../checklist/rules';
import { HANDOUT_IDS, type HandoutId } from './types';

const isHandoutId = (v: string): v is HandoutId => (HANDOUT_IDS as readonly string[]).includes(v);

/** Reads `?h=a,b` from the print page's address; unknown ids are dropped and counted. */
export function parseSelection(search: string): { ids: HandoutId[]; unknown: number } {
  const raw = new URLSearchParams(search).get('h');
  if (!raw) return { ids: [], unknown: 0 };
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean).slice(0, 50);
  const ids = [...new Set(parts.filter(isHandoutId))];
  return { ids: HANDOUT_IDS.filter((id) => ids.includes(id)), unknown: parts.filter((p) => !isHandoutId(p)).length };
}

export function selectionQuery(ids: readonly HandoutId[]): string {
  return ids.length ? `?h=${ids.join(',')}` : '';
}

/**
 * The handouts that fit a checklist outcome. Urgent cases get none: they need care, not reading.
 * After biologic disc repair the PT-after-repair handout is what the patient needs.
 */
export function suggestedHandouts(outcome: Outcome, answers: Answers): HandoutId[] {
  if (outcome.kind === 'urgent') return [];
  if (answers.context === 'post-procedure') return ['pt-after-disc-repair'];
  switch (outcome.kind) {
    case 'pt-first':
      return ['pt-when-it-helps', 'pt-or-disc-repair'];
    case 'consider-referral':
    case 'consider-referral-needs-mri':
      return ['annular-tears', 'disc-repair-explained', 'clinic-evaluation'];
    case 'other-pathway':
      return ['pt-or-disc-repair', 'clinic-evaluation'];
    default:
      return [];
  }
}
