import { z } from 'zod/mini';
import { EMPTY_DETAILS, MAX_WEEKS, type Answers, type ExclusionId, type RedFlagId } from '../checklist/answers';
import { answersSchema } from '../checklist/answers-schema';
import { REFERRAL_ITEM_IDS, type ReferralItemId } from '../checklist/referral-item-ids';
import { CHECKLIST_STATE_VERSION, EMPTY_STATE, MOVED_DEFICIT_NOTICE, RESET_NOTICE, type ChecklistState, type Restored } from './checklist-state';

// Reading a stored checklist state: its schema (zod), the migrations from older versions, and the
// restore every store reads through. Apart from checklist-state.ts so that the popup loads zod
// only when something is stored (see checklist-store.ts).

export const checklistStateSchema = z.strictObject({
  v: z.literal(CHECKLIST_STATE_VERSION),
  answers: answersSchema,
  /** Referral items the clinician says are included with the referral. */
  included: z.array(z.enum(REFERRAL_ITEM_IDS)).check(z.maxLength(REFERRAL_ITEM_IDS.length)),
  /** SHA-256 of the last note copied to the clipboard, so that Clear can remove it (never the note itself). */
  copied: z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});

// Version 1, as stored by the previous release: the answers without the history details.
const weeks = z.nullable(z.number().check(z.gte(0), z.lte(MAX_WEEKS)));
const V1_RED_FLAGS = ['rf.saddle-numbness', 'rf.bladder-bowel', 'rf.bilateral-legs', 'rf.progressive-deficit',
  'rf.infection', 'rf.cancer', 'rf.fracture'] as const;
const V1_EXCLUSIONS = ['excl.severe-collapse', 'excl.gross-instability', 'excl.fracture', 'excl.infection',
  'excl.facet-si', 'excl.severe-scoliosis', 'excl.progressive-deficit'] as const;
const V1_ITEMS = ['duration-course', 'location-radiation', 'neuro-findings', 'red-flags', 'medication',
  'aggravating-relieving', 'functional-impact', 'patient-goals', 'pt-notes', 'injection-record',
  'mri-report', 'surgery-records'] as const;
const v1Schema = z.strictObject({
  v: z.literal(1),
  answers: z.strictObject({
    durationWeeks: weeks,
    onset: z.nullable(z.enum(['acute', 'persistent'])),
    driver: z.nullable(z.enum(['muscle', 'ligament', 'posture', 'disc', 'unclear'])),
    ptCourse: z.nullable(z.enum(['none', 'ongoing', 'completed'])),
    ptWeeks: weeks,
    ptResponse: z.nullable(z.enum(['improving', 'plateaued', 'no-improvement'])),
    injections: z.nullable(z.enum(['none', 'temporary', 'lasting'])),
    imaging: z.nullable(z.enum(['none', 'no-disc-findings', 'mild-changes', 'annular-tear', 'severe'])),
    priorSurgery: z.nullable(z.enum(['no', 'yes'])),
    context: z.nullable(z.enum(['none', 'pre-op', 'post-op', 'post-procedure', 'conditioning'])),
    wishes: z.array(z.enum(['avoid-surgery', 'disc-preserving'])).check(z.maxLength(2)),
    redFlags: z.array(z.enum(V1_RED_FLAGS)).check(z.maxLength(V1_RED_FLAGS.length)),
    redFlagsScreened: z.boolean(),
    exclusions: z.array(z.enum(V1_EXCLUSIONS)).check(z.maxLength(V1_EXCLUSIONS.length)),
  }),
  included: z.array(z.enum(V1_ITEMS)).check(z.maxLength(V1_ITEMS.length)),
});

/** A v1 tick for a combined item stands for each of the items it was split into. */
const V1_ITEM_MAP: Readonly<Record<(typeof V1_ITEMS)[number], readonly ReferralItemId[]>> = {
  'duration-course': ['duration', 'course'],
  'location-radiation': ['location'],
  'neuro-findings': ['sensory', 'neuro-exam'],
  'red-flags': ['red-flags'],
  medication: ['medication'],
  'aggravating-relieving': ['aggravating-relieving'],
  'functional-impact': ['function'],
  'patient-goals': ['patient-goals'],
  'pt-notes': ['pt-notes'],
  'injection-record': ['injection-record'],
  'mri-report': ['mri-report'],
  'surgery-records': ['surgery-records'],
};

/**
 * v1 -> v2: every answer is kept. The one v1 exclusion that is now a red flag moves to the red
 * flags (a progressive deficit calls for urgent evaluation); the new questions start unanswered.
 */
function migrateV1(old: z.infer<typeof v1Schema>): Restored {
  const a = old.answers;
  const moved = a.exclusions.includes('excl.progressive-deficit');
  const redFlags: RedFlagId[] = moved && !a.redFlags.includes('rf.progressive-deficit')
    ? [...a.redFlags, 'rf.progressive-deficit'] : [...a.redFlags];
  const answers: Answers = {
    ...a,
    redFlags,
    exclusions: a.exclusions.filter((e): e is ExclusionId => e !== 'excl.progressive-deficit'),
    imagingFits: null,
    inflammatory: false,
    details: EMPTY_DETAILS,
  };
  const included = [...new Set(old.included.flatMap((i) => V1_ITEM_MAP[i]))];
  const state: ChecklistState = { v: CHECKLIST_STATE_VERSION, answers, included, copied: null };
  return moved ? { state, notice: MOVED_DEFICIT_NOTICE, migrated: true } : { state, migrated: true };
}

/** Validates what storage returned. Nothing stored is normal; v1 is migrated; anything invalid is reset. */
export function restoreChecklistState(raw: unknown): Restored {
  if (raw === null || raw === undefined) return { state: EMPTY_STATE };
  const parsed = checklistStateSchema.safeParse(raw);
  if (parsed.success) return { state: parsed.data };
  const v1 = v1Schema.safeParse(raw);
  if (v1.success) return migrateV1(v1.data);
  return { state: EMPTY_STATE, notice: RESET_NOTICE };
}
