import { z } from 'zod/mini';

/** 50 years: anything longer is a typing mistake, not a history. */
export const MAX_WEEKS = 2609;

const weeks = z.nullable(z.number().check(z.gte(0), z.lte(MAX_WEEKS)));

export const RED_FLAG_IDS = [
  'rf.saddle-numbness', 'rf.bladder-bowel', 'rf.bilateral-legs', 'rf.progressive-deficit',
  'rf.infection', 'rf.cancer', 'rf.fracture',
] as const;
/** Exclusions the clinician ticks; `excl.end-stage-imaging` comes from the imaging answer instead. */
export const EXCLUSION_IDS = [
  'excl.severe-collapse', 'excl.gross-instability', 'excl.fracture', 'excl.infection',
  'excl.facet-si', 'excl.severe-scoliosis', 'excl.progressive-deficit',
] as const;
const WISH_IDS = ['avoid-surgery', 'disc-preserving'] as const;

/**
 * What the clinician knows about the patient. `null` always means "not answered", which the
 * rules treat differently from any answer.
 */
export const answersSchema = z.strictObject({
  /** Symptom duration in weeks. */
  durationWeeks: weeks,
  /** How the episode presents: a recent strain expected to settle, or persistent/recurring pain. */
  onset: z.nullable(z.enum(['acute', 'persistent'])),
  /** Main pain driver if the clinician has formed a view. */
  driver: z.nullable(z.enum(['muscle', 'ligament', 'posture', 'disc', 'unclear'])),
  /** Dedicated PT course: none yet, under way, or completed. */
  ptCourse: z.nullable(z.enum(['none', 'ongoing', 'completed'])),
  ptWeeks: weeks,
  /** Response to PT (asked once a course is under way or completed). */
  ptResponse: z.nullable(z.enum(['improving', 'plateaued', 'no-improvement'])),
  /** Epidural steroid injections. */
  injections: z.nullable(z.enum(['none', 'temporary', 'lasting'])),
  imaging: z.nullable(z.enum(['none', 'no-disc-findings', 'mild-changes', 'annular-tear', 'severe'])),
  priorSurgery: z.nullable(z.enum(['no', 'yes'])),
  /** Rehab or conditioning context, if any. */
  context: z.nullable(z.enum(['none', 'pre-op', 'post-op', 'post-procedure', 'conditioning'])),
  wishes: z.array(z.enum(WISH_IDS)).check(z.maxLength(WISH_IDS.length)),
  redFlags: z.array(z.enum(RED_FLAG_IDS)).check(z.maxLength(RED_FLAG_IDS.length)),
  /** The clinician has screened for every red flag and found none. */
  redFlagsScreened: z.boolean(),
  exclusions: z.array(z.enum(EXCLUSION_IDS)).check(z.maxLength(EXCLUSION_IDS.length)),
});

export type Answers = z.infer<typeof answersSchema>;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];
export type ExclusionId = (typeof EXCLUSION_IDS)[number];
export type WishId = (typeof WISH_IDS)[number];

/** A PT course is under way or done (its weeks and response then apply). */
export const ptStarted = (a: Pick<Answers, 'ptCourse'>) => a.ptCourse === 'ongoing' || a.ptCourse === 'completed';
/** Epidural steroid injections were given (whatever the relief). */
export const hadInjections = (a: Pick<Answers, 'injections'>) => a.injections === 'temporary' || a.injections === 'lasting';

export const EMPTY_ANSWERS: Answers = Object.freeze({
  durationWeeks: null,
  onset: null,
  driver: null,
  ptCourse: null,
  ptWeeks: null,
  ptResponse: null,
  injections: null,
  imaging: null,
  priorSurgery: null,
  context: null,
  wishes: [],
  redFlags: [],
  redFlagsScreened: false,
  exclusions: [],
});

export type WeeksParse =
  | { ok: true; weeks: number | null }
  | { ok: false; message: string };

/**
 * Reads a number of weeks typed by a person. Empty means "not answered". Accepts a decimal
 * point or comma; rejects anything else with a message that says what to type instead.
 */
export function parseWeeks(text: string): WeeksParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, weeks: null };
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) {
    return { ok: false, message: 'Enter a number of weeks, for example 14.' };
  }
  const value = Number(trimmed.replace(',', '.'));
  if (value < 0) return { ok: false, message: 'Weeks cannot be negative.' };
  if (value > MAX_WEEKS) {
    return { ok: false, message: `That is more than 50 years (${MAX_WEEKS} weeks). Check the number.` };
  }
  return { ok: true, weeks: value };
}
