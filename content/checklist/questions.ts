import type { Answers, ExclusionId, RedFlagId, WishId } from './answers';
import type { QuestionId } from './rules';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

type ChoiceOf<K extends keyof Answers> = NonNullable<Answers[K]> extends string ? Choice<NonNullable<Answers[K]>> : never;

/** Short labels for each question, used in the form and to name what is still missing. */
export const QUESTION_LABELS: Readonly<Record<QuestionId, string>> = {
  durationWeeks: 'How long the pain has lasted (weeks)',
  onset: 'How this episode presents',
  driver: 'Main pain driver, if known',
  ptCourse: 'Dedicated physical therapy course',
  ptWeeks: 'Weeks of physical therapy',
  ptResponse: 'Response to physical therapy',
  injections: 'Epidural steroid injections',
  imaging: 'Imaging',
  imagingFits: 'Does the imaging finding fit the pain?',
  priorSurgery: 'Previous spine surgery',
  context: 'Rehabilitation or conditioning context',
  wishes: 'Patient’s wishes',
  redFlags: 'Red flags',
  redFlagsScreened: 'Red flags screened (tick “I screened for all of these”)',
  inflammatory: 'Inflammatory back pain',
  exclusions: 'Findings that point elsewhere',
};

export const ONSET_CHOICES: readonly ChoiceOf<'onset'>[] = [
  { value: 'acute', label: 'Recent strain or minor injury, expected to settle' },
  { value: 'persistent', label: 'Persistent or recurring pain' },
];

export const DRIVER_CHOICES: readonly ChoiceOf<'driver'>[] = [
  { value: 'muscle', label: 'Muscle imbalance or weakness' },
  { value: 'ligament', label: 'Ligament sprain' },
  { value: 'posture', label: 'Posture or body mechanics' },
  { value: 'disc', label: 'Disc (discogenic pain)' },
  { value: 'unclear', label: 'Not clear yet' },
];

export const PT_COURSE_CHOICES: readonly ChoiceOf<'ptCourse'>[] = [
  { value: 'none', label: 'Not started' },
  { value: 'ongoing', label: 'Under way' },
  { value: 'completed', label: 'Completed' },
];

export const PT_RESPONSE_CHOICES: readonly ChoiceOf<'ptResponse'>[] = [
  { value: 'improving', label: 'Improving well' },
  { value: 'plateaued', label: 'Some benefit, then plateaued; pain persists' },
  { value: 'no-improvement', label: 'Little or no lasting improvement' },
];

export const INJECTION_CHOICES: readonly ChoiceOf<'injections'>[] = [
  { value: 'none', label: 'None' },
  { value: 'temporary', label: 'Relief that wore off' },
  { value: 'lasting', label: 'Lasting relief' },
];

export const IMAGING_CHOICES: readonly ChoiceOf<'imaging'>[] = [
  { value: 'none', label: 'No imaging yet' },
  { value: 'no-disc-findings', label: 'MRI without disc findings' },
  { value: 'mild-changes', label: 'Mild disc changes, no tear' },
  { value: 'annular-tear', label: 'Annular tear or internal disc disruption reported' },
  { value: 'severe', label: 'Severe disc collapse or instability' },
];

export const IMAGING_FITS_CHOICES: readonly ChoiceOf<'imagingFits'>[] = [
  { value: 'yes', label: 'Yes: level and side fit the pain pattern' },
  { value: 'no', label: 'No, or not sure' },
];

export const SURGERY_CHOICES: readonly ChoiceOf<'priorSurgery'>[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes, and pain continues' },
];

export const CONTEXT_CHOICES: readonly ChoiceOf<'context'>[] = [
  { value: 'none', label: 'None' },
  { value: 'pre-op', label: 'Before planned spine surgery' },
  { value: 'post-op', label: 'Recovering from spine surgery' },
  { value: 'post-procedure', label: 'Recovering from biologic disc repair' },
  { value: 'conditioning', label: 'Conditioning or injury prevention' },
];

export const WISH_CHOICES: readonly Choice<WishId>[] = [
  { value: 'avoid-surgery', label: 'Wants to avoid or delay fusion or microdiscectomy' },
  { value: 'disc-preserving', label: 'Looking for a disc-preserving option' },
];

/** Short checkbox labels; the full criterion wording is shown with the outcome. */
export const RED_FLAG_CHOICES: readonly Choice<RedFlagId>[] = [
  { value: 'rf.saddle-numbness', label: 'Saddle, genital or perianal numbness' },
  { value: 'rf.bladder-bowel', label: 'New bladder or bowel dysfunction' },
  { value: 'rf.sexual-dysfunction', label: 'New loss of sexual function' },
  { value: 'rf.bilateral-legs', label: 'New symptoms in both legs' },
  { value: 'rf.progressive-deficit', label: 'Severe or progressive weakness or numbness (e.g. foot drop), including a known deficit getting worse' },
  { value: 'rf.infection', label: 'Fever or chills, IV drug use, immune suppression or recent infection' },
  { value: 'rf.cancer', label: 'Past cancer or unexplained weight loss' },
  { value: 'rf.night-pain', label: 'Pain worse lying down, or severe at night' },
  { value: 'rf.fracture', label: 'Major trauma, or minor trauma or heavy lifting if older or osteoporotic' },
];

export const EXCLUSION_CHOICES: readonly Choice<ExclusionId>[] = [
  { value: 'excl.severe-collapse', label: 'Severe disc collapse' },
  { value: 'excl.gross-instability', label: 'Gross instability' },
  { value: 'excl.fracture', label: 'Known vertebral fracture' },
  { value: 'excl.infection', label: 'Diagnosed spinal infection' },
  { value: 'excl.facet-si', label: 'Pain purely from facet or sacroiliac joints' },
  { value: 'excl.severe-scoliosis', label: 'Severe scoliosis' },
];

/** The label of the chosen option, or "Not answered". */
export function choiceLabel<V extends string>(choices: readonly Choice<V>[], value: V | null): string {
  return choices.find((c) => c.value === value)?.label ?? 'Not answered';
}
