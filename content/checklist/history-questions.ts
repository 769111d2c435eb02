import type { ComorbidityId, Details, MedicationId } from './answers';
import type { Choice } from './questions';

/** Choices for the history details; loaded only with the details and the note, not at popup open. */
type DetailChoice<K extends keyof Details> = Choice<NonNullable<Details[K]> & string>;

export const SEX_CHOICES: readonly DetailChoice<'sex'>[] = [
  { value: 'female', label: 'Female' }, { value: 'male', label: 'Male' }, { value: 'other', label: 'Other or not stated' },
];
export const DOMINANT_CHOICES: readonly DetailChoice<'dominant'>[] = [
  { value: 'back', label: 'Back pain worse' }, { value: 'leg', label: 'Leg pain worse' }, { value: 'equal', label: 'About equal' },
];
export const SPREAD_CHOICES: readonly DetailChoice<'spread'>[] = [
  { value: 'back-only', label: 'Back only' },
  { value: 'buttock-thigh', label: 'Buttock or thigh' },
  { value: 'below-knee', label: 'Below the knee, one leg' },
  { value: 'both-legs', label: 'Both legs' },
];
export const SENSORY_CHOICES: readonly DetailChoice<'sensory'>[] = [
  { value: 'none', label: 'None' }, { value: 'numbness', label: 'Numbness' },
  { value: 'tingling', label: 'Pins and needles' }, { value: 'both', label: 'Both' },
];
export const EXAM_CHOICES = {
  power: [{ value: 'normal', label: 'Normal' }, { value: 'reduced', label: 'Reduced' }],
  sensation: [{ value: 'normal', label: 'Normal' }, { value: 'reduced', label: 'Reduced' }],
  reflexes: [{ value: 'normal', label: 'Normal' }, { value: 'reduced', label: 'Reduced or absent' }],
  slr: [{ value: 'negative', label: 'Negative' }, { value: 'positive', label: 'Positive' }],
} as const satisfies { [K in 'power' | 'sensation' | 'reflexes' | 'slr']: readonly DetailChoice<K>[] };
export const EXAM_LABELS = { power: 'Power', sensation: 'Sensation', reflexes: 'Reflexes', slr: 'Straight-leg raise' } as const;
export const START_BACK_CHOICES: readonly DetailChoice<'startBack'>[] = [
  { value: 'low', label: 'Low risk' }, { value: 'medium', label: 'Medium risk' }, { value: 'high', label: 'High risk' },
];
export const MEDICATION_LABELS: Readonly<Record<MedicationId, string>> = {
  nsaids: 'NSAIDs', acetaminophen: 'Acetaminophen (paracetamol)', 'muscle-relaxants': 'Muscle relaxants',
  neuropathic: 'Neuropathic agents (e.g. gabapentin)', opioids: 'Opioids', 'oral-steroids': 'Oral steroids',
};
export const RESPONSE_CHOICES: readonly Choice<NonNullable<Details['meds'][MedicationId]>>[] = [
  { value: 'helped', label: 'Helped' }, { value: 'partly', label: 'Partly' },
  { value: 'no-help', label: 'No help' }, { value: 'not-tolerated', label: 'Not tolerated' },
];
export const LEVEL_CHOICES: readonly DetailChoice<'imagingLevel'>[] = [
  { value: 'L1-L2', label: 'L1–L2' }, { value: 'L2-L3', label: 'L2–L3' }, { value: 'L3-L4', label: 'L3–L4' },
  { value: 'L4-L5', label: 'L4–L5' }, { value: 'L5-S1', label: 'L5–S1' }, { value: 'several', label: 'Several levels' },
];
export const SURGERY_TYPE_CHOICES: readonly DetailChoice<'surgeryType'>[] = [
  { value: 'microdiscectomy', label: 'Microdiscectomy' }, { value: 'laminectomy', label: 'Laminectomy or decompression' },
  { value: 'fusion', label: 'Fusion' }, { value: 'disc-replacement', label: 'Disc replacement' }, { value: 'other', label: 'Other' },
];
export const WORK_CHOICES: readonly DetailChoice<'work'>[] = [
  { value: 'working', label: 'Working, full duties' }, { value: 'modified', label: 'Working, modified duties' },
  { value: 'off-work', label: 'Off work because of the pain' }, { value: 'not-working', label: 'Not in paid work' },
  { value: 'retired', label: 'Retired' },
];
export const COMORBIDITY_CHOICES: readonly Choice<ComorbidityId>[] = [
  { value: 'anticoagulants', label: 'Takes anticoagulants' }, { value: 'diabetes', label: 'Diabetes' },
  { value: 'smoking', label: 'Smokes' }, { value: 'long-term-steroids', label: 'Long-term steroid use' },
  { value: 'osteoporosis', label: 'Osteoporosis' },
];

