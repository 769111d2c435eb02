import type { z } from 'zod/mini';
import type { answersSchema, detailsSchema } from './answers-schema';

/** HIPAA Safe Harbor: ages over 89 are pooled, so the top answer is "90 or older". */
export const AGE_TOP = 90;
export const MAX_VISITS = 200;
export const MAX_INJECTIONS = 50;

/**
 * Red flags, in the order the form shows them. The first four are possible cauda equina
 * syndrome (an emergency); the rest call for urgent medical evaluation. See criteria.ts for sources.
 */
export const EMERGENCY_FLAG_IDS = [
  'rf.saddle-numbness', 'rf.bladder-bowel', 'rf.sexual-dysfunction', 'rf.bilateral-legs',
] as const;
export const URGENT_FLAG_IDS = [
  'rf.progressive-deficit', 'rf.infection', 'rf.cancer', 'rf.night-pain', 'rf.fracture',
] as const;
export const RED_FLAG_IDS = [...EMERGENCY_FLAG_IDS, ...URGENT_FLAG_IDS] as const;
/** Exclusions the clinician ticks; `excl.end-stage-imaging` comes from the imaging answer instead. */
export const EXCLUSION_IDS = [
  'excl.severe-collapse', 'excl.gross-instability', 'excl.fracture', 'excl.infection',
  'excl.facet-si', 'excl.severe-scoliosis',
] as const;
export const WISH_IDS = ['avoid-surgery', 'disc-preserving'] as const;

export const MEDICATION_IDS = ['nsaids', 'acetaminophen', 'muscle-relaxants', 'neuropathic', 'opioids', 'oral-steroids'] as const;
export const COMORBIDITY_IDS = ['anticoagulants', 'diabetes', 'smoking', 'long-term-steroids', 'osteoporosis'] as const;
export const SPINE_LEVELS = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1', 'several'] as const;

export type Answers = z.infer<typeof answersSchema>;
export type Details = z.infer<typeof detailsSchema>;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];
export type ExclusionId = (typeof EXCLUSION_IDS)[number];
export type WishId = (typeof WISH_IDS)[number];
export type MedicationId = (typeof MEDICATION_IDS)[number];
export type ComorbidityId = (typeof COMORBIDITY_IDS)[number];

/** A PT course is under way or done (its weeks and response then apply). */
export const ptStarted = (a: Pick<Answers, 'ptCourse'>) => a.ptCourse === 'ongoing' || a.ptCourse === 'completed';
/** Epidural steroid injections were given (whatever the relief). */
export const hadInjections = (a: Pick<Answers, 'injections'>) => a.injections === 'temporary' || a.injections === 'lasting';
/** After a fusion: handouts about disc repair do not fit, and the clinic's post-surgery asks apply. */
export const afterFusion = (a: Answers) => a.priorSurgery === 'yes' && a.details.surgeryType === 'fusion';

export const EMPTY_DETAILS: Details = Object.freeze({
  age: null, sex: null, dominant: null, spread: null, sensory: null, claudication: false,
  power: null, sensation: null, reflexes: null, slr: null,
  nprsNow: null, nprsBest: null, nprsWorst: null, odi: null, startBack: null,
  meds: Object.freeze(Object.fromEntries(MEDICATION_IDS.map((m) => [m, null]))) as Details['meds'],
  ptStart: null, ptVisits: null, injectionCount: null, injectionLast: null, injectionReliefWeeks: null,
  imagingDate: null, imagingLevel: null, surgeryType: null, surgeryLevel: null, surgeryDate: null,
  work: null, comorbidities: [], worse: '', better: '', note: '',
});

export const EMPTY_ANSWERS: Answers = Object.freeze({
  durationWeeks: null,
  onset: null,
  driver: null,
  ptCourse: null,
  ptWeeks: null,
  ptResponse: null,
  injections: null,
  imaging: null,
  imagingFits: null,
  priorSurgery: null,
  context: null,
  wishes: [],
  redFlags: [],
  redFlagsScreened: false,
  inflammatory: false,
  exclusions: [],
  details: EMPTY_DETAILS,
});

export { MAX_WEEKS, parseWeeks, type WeeksParse } from './input';
