import type { z } from 'zod/mini';
import { EMPTY_ANSWERS } from '../checklist/answers';
import type { checklistStateSchema } from './checklist-restore';

/** Bump when the stored shape changes, and add a migration from the previous version in checklist-restore.ts. */
export const CHECKLIST_STATE_VERSION = 2 as const;

export type ChecklistState = z.infer<typeof checklistStateSchema>;

export const EMPTY_STATE: ChecklistState = Object.freeze({
  v: CHECKLIST_STATE_VERSION,
  answers: EMPTY_ANSWERS,
  included: [],
  copied: null,
});

export interface Restored {
  readonly state: ChecklistState;
  /** Set when stored data was unusable and defaults were restored, or when a migration moved an answer. */
  readonly notice?: string;
  /** Set when the state came from an older version: the store writes it back in the new shape. */
  readonly migrated?: true;
}

export const RESET_NOTICE =
  'Saved answers from this session could not be read (damaged or from an unknown version), so the checklist was reset.';
export const MOVED_DEFICIT_NOTICE =
  'Your saved answers were carried over to this version. “Known, slowly progressing neurological deficit” is now a red flag (urgent medical evaluation), so it moved to the red flags.';
