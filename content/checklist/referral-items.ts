import { hadInjections, ptStarted, type Answers } from './answers';
import type { OutcomeKind } from './rules';
import { CLINIC_PAGES, GUIDELINES, articleSection, type Source } from './sources';

export const REFERRAL_ITEM_IDS = [
  'duration-course', 'location-radiation', 'neuro-findings', 'red-flags', 'medication',
  'aggravating-relieving', 'functional-impact', 'patient-goals', 'pt-notes', 'injection-record',
  'mri-report', 'surgery-records',
] as const;
export type ReferralItemId = (typeof REFERRAL_ITEM_IDS)[number];

export interface ReferralItem {
  readonly id: ReferralItemId;
  readonly label: string;
  readonly source: Source;
  /** When the checklist answers already cover the item, the summary states it itself. */
  readonly coveredBy?: (a: Answers) => boolean;
}

const AUDIT = GUIDELINES.referralAudit;
const REGEN = articleSection('When Regenerative Options May Be More Appropriate');

/** The usual contents of a good back-pain referral (audit consensus items plus the clinic's asks). */
export const REFERRAL_ITEMS: readonly ReferralItem[] = [
  { id: 'duration-course', label: 'Duration and course of symptoms', source: AUDIT,
    coveredBy: (a) => a.durationWeeks !== null },
  { id: 'location-radiation', label: 'Pain location and radiation', source: AUDIT },
  { id: 'neuro-findings', label: 'Neurological findings, including sensory symptoms', source: AUDIT },
  { id: 'red-flags', label: 'Red flags screened', source: AUDIT,
    coveredBy: (a) => a.redFlagsScreened || a.redFlags.length > 0 },
  { id: 'medication', label: 'Medication and pain-relief use', source: AUDIT },
  { id: 'aggravating-relieving', label: 'What makes the pain worse or better', source: AUDIT },
  { id: 'functional-impact', label: 'Functional impact (e.g. Oswestry score)', source: AUDIT },
  { id: 'patient-goals', label: 'Patient’s goals', source: AUDIT, coveredBy: (a) => a.wishes.length > 0 },
  { id: 'pt-notes', label: 'PT notes with dates, number of weeks and response', source: REGEN },
  { id: 'injection-record', label: 'Injection dates and response', source: REGEN },
  { id: 'mri-report', label: 'MRI report with date and findings', source: CLINIC_PAGES.evaluation },
  { id: 'surgery-records', label: 'Operative note, imaging before and after surgery, care since surgery',
    source: CLINIC_PAGES.failedBackSurgery },
];

const GENERAL: readonly ReferralItemId[] = [
  'duration-course', 'location-radiation', 'neuro-findings', 'red-flags', 'medication',
  'aggravating-relieving', 'functional-impact', 'patient-goals',
];

/** Which items belong with a referral for this outcome, given what was tried. */
export function itemsToSend(kind: OutcomeKind, a: Answers): ReferralItem[] {
  let ids: ReferralItemId[];
  if (kind === 'urgent') {
    ids = ['red-flags', 'neuro-findings', 'duration-course', 'medication'];
  } else if (kind === 'pt-first') {
    // No spine-clinic referral yet: a baseline that makes a later referral complete.
    ids = ['duration-course', 'location-radiation', 'neuro-findings', 'red-flags', 'functional-impact', 'patient-goals'];
  } else {
    ids = [...GENERAL];
    if (ptStarted(a)) ids.push('pt-notes');
    if (hadInjections(a)) ids.push('injection-record');
    if (kind !== 'not-enough-info' || (a.imaging !== null && a.imaging !== 'none')) ids.push('mri-report');
    if (a.priorSurgery === 'yes') ids.push('surgery-records');
  }
  return REFERRAL_ITEMS.filter((item) => ids.includes(item.id));
}

export interface ItemStatus {
  readonly item: ReferralItem;
  /** `answers`: the checklist covers it; `ticked`: the clinician says it is included; `missing`. */
  readonly status: 'answers' | 'ticked' | 'missing';
}

export function itemStatuses(items: readonly ReferralItem[], a: Answers, included: readonly string[]): ItemStatus[] {
  return items.map((item) => ({
    item,
    status: item.coveredBy?.(a) ? 'answers' : included.includes(item.id) ? 'ticked' : 'missing',
  }));
}

/** Heading for the list: for PT first there is no spine-clinic referral yet. */
export function itemsHeading(kind: OutcomeKind): string {
  if (kind === 'urgent') return 'Record with the urgent referral';
  if (kind === 'pt-first') return 'Record now, so a later referral is complete';
  return 'What to send with the referral';
}
