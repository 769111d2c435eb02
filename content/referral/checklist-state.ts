import { z } from 'zod/mini';
import { EMPTY_ANSWERS, answersSchema } from '../checklist/answers';
import { REFERRAL_ITEM_IDS } from '../checklist/referral-items';

/** Bump when the stored shape changes; older data is discarded with a notice, not migrated. */
const CHECKLIST_STATE_VERSION = 1;

export const checklistStateSchema = z.strictObject({
  v: z.literal(CHECKLIST_STATE_VERSION),
  answers: answersSchema,
  /** Referral items the clinician says are included with the referral. */
  included: z.array(z.enum(REFERRAL_ITEM_IDS)).check(z.maxLength(REFERRAL_ITEM_IDS.length)),
});

export type ChecklistState = z.infer<typeof checklistStateSchema>;

export const EMPTY_STATE: ChecklistState = Object.freeze({
  v: CHECKLIST_STATE_VERSION,
  answers: EMPTY_ANSWERS,
  included: [],
});

export interface Restored {
  readonly state: ChecklistState;
  /** Set when stored data was unusable and defaults were restored; shown to the user. */
  readonly notice?: string;
}

export const RESET_NOTICE =
  'Saved answers from this session could not be read (damaged or from an older version), so the checklist was reset.';

/** Validates what storage returned. Nothing stored is normal; anything invalid is reset. */
export function restoreChecklistState(raw: unknown): Restored {
  if (raw === null || raw === undefined) return { state: EMPTY_STATE };
  const parsed = checklistStateSchema.safeParse(raw);
  return parsed.success ? { state: parsed.data } : { state: EMPTY_STATE, notice: RESET_NOTICE };
}
