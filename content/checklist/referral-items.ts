import { hadInjections, ptStarted, type Answers } from './answers';
import { RED_FLAG_KINDS, type OutcomeKind } from './rules';
import { CLINIC_PAGES, GUIDELINES, articleSection, type Source } from './sources';

/**
 * The completeness check for the referrer: each usual item of a back-pain referral, counted one
 * by one. An item counts as present only when the answers hold all of it (duration and course are
 * two items; the exam needs all four parts), or when the clinician ticks that it is enclosed.
 */
import { REFERRAL_ITEM_IDS, type ReferralItemId } from './referral-item-ids';

export { REFERRAL_ITEM_IDS, type ReferralItemId };

export interface ReferralItem {
  readonly id: ReferralItemId;
  readonly label: string;
  readonly source: Source;
  /** When the checklist answers hold the whole item, the note states it itself. */
  readonly coveredBy?: (a: Answers) => boolean;
  /** A document sent with the referral (listed under "Enclosed" in the note). */
  readonly document?: true;
}

const AUDIT = GUIDELINES.referralAudit;
const REGEN = articleSection('When Regenerative Options May Be More Appropriate');
const all = (...values: unknown[]) => values.every((v) => v !== null && v !== '');

/** The usual contents of a good back-pain referral (audit consensus items plus the clinic's asks). */
export const REFERRAL_ITEMS: readonly ReferralItem[] = [
  { id: 'duration', label: 'Symptom duration', source: AUDIT, coveredBy: (a) => a.durationWeeks !== null },
  { id: 'course', label: 'Course of the episode (recent or persistent)', source: AUDIT, coveredBy: (a) => a.onset !== null },
  { id: 'location', label: 'Where the pain is and where it spreads', source: AUDIT,
    coveredBy: (a) => all(a.details.dominant, a.details.spread) },
  { id: 'sensory', label: 'Sensory symptoms', source: AUDIT, coveredBy: (a) => a.details.sensory !== null },
  { id: 'neuro-exam', label: 'Neurological exam: power, sensation, reflexes, straight-leg raise', source: AUDIT,
    coveredBy: (a) => all(a.details.power, a.details.sensation, a.details.reflexes, a.details.slr) },
  { id: 'red-flags', label: 'Red flags and bladder and bowel enquiry', source: AUDIT,
    coveredBy: (a) => a.redFlagsScreened || a.redFlags.length > 0 },
  { id: 'medication', label: 'Pain medication tried, with response', source: AUDIT,
    coveredBy: (a) => Object.values(a.details.meds).some((r) => r !== null) },
  { id: 'aggravating-relieving', label: 'What makes the pain worse and better', source: AUDIT,
    coveredBy: (a) => all(a.details.worse.trim(), a.details.better.trim()) },
  { id: 'pain-score', label: 'Pain score (NPRS 0–10: now, best, worst)', source: CLINIC_PAGES.evaluation,
    coveredBy: (a) => all(a.details.nprsNow, a.details.nprsBest, a.details.nprsWorst) },
  { id: 'function', label: 'Function score (ODI %)', source: AUDIT, coveredBy: (a) => a.details.odi !== null },
  { id: 'stratification', label: 'STarT Back group', source: GUIDELINES.stratification,
    coveredBy: (a) => a.details.startBack !== null },
  { id: 'patient-goals', label: 'Patient’s goals', source: AUDIT, coveredBy: (a) => a.wishes.length > 0 },
  { id: 'pt-history', label: 'PT: start, weeks, visits and response', source: REGEN,
    coveredBy: (a) => all(a.details.ptStart, a.ptWeeks, a.details.ptVisits, a.ptResponse) },
  { id: 'injection-history', label: 'Injections: number, last date, how long relief lasted', source: REGEN,
    coveredBy: (a) => all(a.details.injectionCount, a.details.injectionLast, a.details.injectionReliefWeeks) },
  { id: 'imaging-history', label: 'Imaging: date, level and finding', source: CLINIC_PAGES.evaluation,
    coveredBy: (a) => all(a.details.imagingDate, a.details.imagingLevel, a.imaging) },
  { id: 'surgery-history', label: 'Surgery: type, level and date', source: CLINIC_PAGES.failedBackSurgery,
    coveredBy: (a) => all(a.details.surgeryType, a.details.surgeryLevel, a.details.surgeryDate) },
  { id: 'pt-notes', label: 'PT notes', source: REGEN, document: true },
  { id: 'injection-record', label: 'Injection records', source: REGEN, document: true },
  { id: 'mri-report', label: 'MRI report', source: CLINIC_PAGES.evaluation, document: true },
  { id: 'surgery-records', label: 'Operative note, imaging before and after surgery, care since surgery',
    source: CLINIC_PAGES.failedBackSurgery, document: true },
];

const GENERAL: readonly ReferralItemId[] = [
  'duration', 'course', 'location', 'sensory', 'neuro-exam', 'red-flags', 'medication',
  'aggravating-relieving', 'pain-score', 'function', 'stratification', 'patient-goals',
];

/** Which items belong with a referral for this outcome, given what was tried. */
export function itemsToSend(kind: OutcomeKind, a: Answers): ReferralItem[] {
  let ids: ReferralItemId[];
  if (RED_FLAG_KINDS.has(kind)) {
    ids = ['red-flags', 'neuro-exam', 'sensory', 'duration', 'course', 'medication'];
  } else if (kind === 'pt-first') {
    // No spine-clinic referral yet: a baseline that makes a later referral complete.
    ids = ['duration', 'course', 'location', 'sensory', 'neuro-exam', 'red-flags', 'pain-score', 'function',
      'stratification', 'patient-goals'];
  } else {
    ids = [...GENERAL];
    if (ptStarted(a)) ids.push('pt-history', 'pt-notes');
    if (hadInjections(a)) ids.push('injection-history', 'injection-record');
    if (a.imaging !== null && a.imaging !== 'none') ids.push('imaging-history', 'mri-report');
    if (a.priorSurgery === 'yes') ids.push('surgery-history', 'surgery-records');
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
  if (RED_FLAG_KINDS.has(kind)) return 'Record with the urgent referral';
  if (kind === 'pt-first') return 'Record now, so a later referral is complete';
  return 'Referral completeness';
}
