import { z } from 'zod/mini';
import {
  AGE_TOP, COMORBIDITY_IDS, EXCLUSION_IDS, MAX_INJECTIONS, MAX_VISITS, MAX_WEEKS, MEDICATION_IDS, RED_FLAG_IDS,
  SPINE_LEVELS, WISH_IDS,
} from './answers';

// The answers' schemas, which a stored state is checked against (answers.ts derives the types from
// them). Apart from answers.ts so that a page loads zod only when it has something stored to check:
// the popup opening on an empty session needs neither.

const weeks = z.nullable(z.number().check(z.gte(0), z.lte(MAX_WEEKS)));
const int = (min: number, max: number) => z.nullable(z.int().check(z.gte(min), z.lte(max)));
/** A month, `yyyy-mm`; whether it lies in the future is checked where "today" is known. */
const month = z.nullable(z.string().check(z.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/)));
const text = (max: number) => z.string().check(z.maxLength(max));

const response = z.nullable(z.enum(['helped', 'partly', 'no-help', 'not-tolerated']));

/**
 * The fuller history, opened on demand. Nothing here names the patient. Only the age, long-term
 * steroid use and osteoporosis feed the outcome (as cautions, see rules.ts); the rest goes into
 * the referral note, because no source ties it to the route.
 */
export const detailsSchema = z.strictObject({
  /** Whole years; `AGE_TOP` stands for "90 or older". */
  age: int(0, AGE_TOP),
  sex: z.nullable(z.enum(['female', 'male', 'other'])),
  dominant: z.nullable(z.enum(['back', 'leg', 'equal'])),
  spread: z.nullable(z.enum(['back-only', 'buttock-thigh', 'below-knee', 'both-legs'])),
  sensory: z.nullable(z.enum(['none', 'numbness', 'tingling', 'both'])),
  /** Long-standing leg symptoms on walking, eased by sitting or bending forward (not a new symptom). */
  claudication: z.boolean(),
  power: z.nullable(z.enum(['normal', 'reduced'])),
  sensation: z.nullable(z.enum(['normal', 'reduced'])),
  reflexes: z.nullable(z.enum(['normal', 'reduced'])),
  slr: z.nullable(z.enum(['negative', 'positive'])),
  nprsNow: int(0, 10),
  nprsBest: int(0, 10),
  nprsWorst: int(0, 10),
  /** Oswestry Disability Index, percent, as scored by the clinician. */
  odi: int(0, 100),
  startBack: z.nullable(z.enum(['low', 'medium', 'high'])),
  meds: z.strictObject(Object.fromEntries(MEDICATION_IDS.map((m) => [m, response])) as Record<(typeof MEDICATION_IDS)[number], typeof response>),
  ptStart: month,
  ptVisits: int(0, MAX_VISITS),
  injectionCount: int(0, MAX_INJECTIONS),
  injectionLast: month,
  /** How long the best injection's relief lasted, in weeks. */
  injectionReliefWeeks: weeks,
  imagingDate: month,
  imagingLevel: z.nullable(z.enum(SPINE_LEVELS)),
  surgeryType: z.nullable(z.enum(['microdiscectomy', 'laminectomy', 'fusion', 'disc-replacement', 'other'])),
  surgeryLevel: z.nullable(z.enum(SPINE_LEVELS)),
  surgeryDate: month,
  work: z.nullable(z.enum(['working', 'modified', 'off-work', 'not-working', 'retired'])),
  comorbidities: z.array(z.enum(COMORBIDITY_IDS)).check(z.maxLength(COMORBIDITY_IDS.length)),
  worse: text(200),
  better: text(200),
  note: text(1000),
});

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
  /** Whether the reported tear or disruption fits the pain (asked only for `annular-tear`). */
  imagingFits: z.nullable(z.enum(['yes', 'no'])),
  priorSurgery: z.nullable(z.enum(['no', 'yes'])),
  /** Rehab or conditioning context, if any. */
  context: z.nullable(z.enum(['none', 'pre-op', 'post-op', 'post-procedure', 'conditioning'])),
  wishes: z.array(z.enum(WISH_IDS)).check(z.maxLength(WISH_IDS.length)),
  redFlags: z.array(z.enum(RED_FLAG_IDS)).check(z.maxLength(RED_FLAG_IDS.length)),
  /** The clinician has screened for every red flag and found none. */
  redFlagsScreened: z.boolean(),
  /** Features of inflammatory back pain (possible axial spondyloarthritis): a rheumatology question. */
  inflammatory: z.boolean(),
  exclusions: z.array(z.enum(EXCLUSION_IDS)).check(z.maxLength(EXCLUSION_IDS.length)),
  details: detailsSchema,
});

