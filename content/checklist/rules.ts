import { EMERGENCY_FLAG_IDS, hadInjections, type Answers, type RedFlagId } from './answers';
import type { CriterionId } from './criteria';

/** "Chronic" in the clinic's article means more than 12 weeks; exactly 12 is not chronic. */
export const CHRONIC_AFTER_WEEKS = 12;
/**
 * The structured PT programme the clinic suggests as the first step, "about 8–12 weeks" (clinic
 * page "Non-surgical options before spinal fusion", CLINIC_PAGES.beforeFusion in sources.ts;
 * summarised in shared/source/clinic-facts.md). Every rule and text that names the programme's
 * length takes it from here.
 */
export const PT_PROGRAMME_WEEKS = { from: 8, to: 12 } as const;
/** The programme's length in words, e.g. "8–12" (followed by "weeks"). */
export const PT_PROGRAMME_RANGE = `${PT_PROGRAMME_WEEKS.from}–${PT_PROGRAMME_WEEKS.to}`;
/** A course shorter than the programme's lower end counts as short. */
export const SUGGESTED_PT_WEEKS = PT_PROGRAMME_WEEKS.from;

/**
 * `emergency`: possible cauda equina syndrome, emergency department now.
 * `urgent`: other red flags (cancer, infection, fracture, progressive deficit), urgent medical evaluation.
 * Code that switches on kinds must handle both.
 */
export type OutcomeKind =
  | 'emergency'
  | 'urgent'
  | 'other-pathway'
  | 'pt-first'
  | 'consider-referral'
  | 'consider-referral-needs-mri'
  | 'not-enough-info';

export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'emergency', 'urgent', 'other-pathway', 'pt-first', 'consider-referral', 'consider-referral-needs-mri', 'not-enough-info',
];
/** Red-flag outcomes: no elective referral, no handouts about treatment choices. */
export const RED_FLAG_KINDS: ReadonlySet<OutcomeKind> = new Set(['emergency', 'urgent']);
export const REFERRAL_KINDS: ReadonlySet<OutcomeKind> = new Set(['consider-referral', 'consider-referral-needs-mri']);

/** Answer keys, used to name the questions that would decide an outcome. */
export type QuestionId = Exclude<keyof Answers, 'details'>;

/** Answers that contradict each other; shown to the clinician, never silently resolved. */
export type ConflictId =
  | 'acute-but-chronic'
  | 'pt-longer-than-pain'
  | 'muscular-driver-with-tear'
  | 'disc-driver-without-findings'
  | 'post-op-without-surgery'
  | 'pt-details-without-course'
  | 'screened-but-flagged'
  | 'screened-but-fracture-risk'
  | 'fusion-at-tear-level'
  | 'injections-without-imaging'
  | 'pain-scores-out-of-order';

/** Things worth knowing about an outcome that do not change it. */
export type CautionId =
  | 'red-flags-not-screened'
  | 'short-pt-course'
  | 'pt-weeks-unknown'
  | 'lasting-injection-relief'
  | 'risk.age'
  | 'risk.age-long-standing'
  | 'risk.steroids'
  | 'risk.osteoporosis';

export interface Outcome {
  readonly kind: OutcomeKind;
  /** Criteria that decided the outcome, most important first. */
  readonly reasons: readonly CriterionId[];
  /** Further criteria the answers meet that support the outcome without deciding it. */
  readonly supporting: readonly CriterionId[];
  /** Questions still to answer; non-empty only for `not-enough-info`. */
  readonly missing: readonly QuestionId[];
  readonly conflicts: readonly ConflictId[];
  readonly cautions: readonly CautionId[];
}

const isChronic = (a: Answers) => a.durationWeeks !== null && a.durationWeeks > CHRONIC_AFTER_WEEKS;

/** "Older" for the fracture red flag (see fractureRisk). */
const FRACTURE_AGE_OVER = 70;
/** The youngest age the sources cover: NICE NG59 is for people aged 16 and over, AHCPR for adults. */
const ADULT_FROM_AGE = 16;

/**
 * A recent strain or minor injury in an older or potentially osteoporotic patient: AHCPR Table 1
 * lists "minor trauma or even strenuous lifting (in older or potentially osteoporotic patient)" as
 * a red flag for fracture, so these answers meet it even when its box is not ticked. Long-term
 * steroid use counts as potentially osteoporotic. AHCPR does not define "older"; we take over 70,
 * the fracture cut-off in commonly used red-flag tables, and the Cochrane review of fracture red
 * flags (Williams 2013, CD008643) found older age and corticosteroid use useful on their own.
 * Below 70 the age caution still asks about the red flags.
 */
export function fractureRisk(a: Answers): boolean {
  const d = a.details;
  return a.onset === 'acute' && (d.comorbidities.includes('osteoporosis') || d.comorbidities.includes('long-term-steroids')
    || (d.age !== null && d.age > FRACTURE_AGE_OVER));
}

/** Signs of nerve-root involvement entered in the examination or history (reduced power, sensation or reflexes, positive SLR, pain below the knee). */
const nerveSigns = (a: Answers) => {
  const d = a.details;
  return d.power === 'reduced' || d.sensation === 'reduced' || d.reflexes === 'reduced' || d.slr === 'positive' || d.spread === 'below-knee';
};
/** "Mild disc changes … no important nerve involvement" supports PT only when no nerve signs were entered. */
const mildDisc = (a: Answers): CriterionId[] => (a.imaging === 'mild-changes' && !nerveSigns(a) ? ['pt.mild-disc'] : []);

/** A fusion at the very level where imaging reports the tear: a fused level has no viable disc to treat. */
const fusedTearLevel = (a: Answers) => a.priorSurgery === 'yes' && a.details.surgeryType === 'fusion' && a.imaging === 'annular-tear'
  && a.details.surgeryLevel !== null && a.details.surgeryLevel !== 'several' && a.details.surgeryLevel === a.details.imagingLevel;
const MUSCULAR_DRIVERS: ReadonlySet<Answers['driver']> = new Set(['muscle', 'ligament', 'posture']);
const EMERGENCY: ReadonlySet<RedFlagId> = new Set(EMERGENCY_FLAG_IDS);

export function findConflicts(a: Answers): ConflictId[] {
  const found: ConflictId[] = [];
  const d = a.details;
  if (a.onset === 'acute' && isChronic(a)) found.push('acute-but-chronic');
  if (a.ptWeeks !== null && a.durationWeeks !== null && a.ptWeeks > a.durationWeeks) {
    found.push('pt-longer-than-pain');
  }
  if (MUSCULAR_DRIVERS.has(a.driver) && a.imaging === 'annular-tear') found.push('muscular-driver-with-tear');
  if (a.driver === 'disc' && a.imaging === 'no-disc-findings') found.push('disc-driver-without-findings');
  if (a.context === 'post-op' && a.priorSurgery === 'no') found.push('post-op-without-surgery');
  if (a.ptCourse === 'none' && ((a.ptWeeks ?? 0) > 0 || a.ptResponse !== null)) {
    found.push('pt-details-without-course');
  }
  if (a.redFlagsScreened && a.redFlags.length > 0) found.push('screened-but-flagged');
  if (a.redFlagsScreened && a.redFlags.length === 0 && fractureRisk(a)) found.push('screened-but-fracture-risk');
  if (fusedTearLevel(a)) found.push('fusion-at-tear-level');
  // Epidural steroid injections are given for a level and a side, which are found on imaging; with
  // imaging answered "none" one of the two answers is likely wrong (clinical review, finding 16).
  // Our sources do not say this in so many words, so it is a conflict to check, never a reroute.
  if (hadInjections(a) && a.imaging === 'none') found.push('injections-without-imaging');
  const [best, now, worst] = [d.nprsBest, d.nprsNow, d.nprsWorst];
  if ((best !== null && now !== null && best > now) || (now !== null && worst !== null && now > worst)
    || (best !== null && worst !== null && best > worst)) {
    found.push('pain-scores-out-of-order');
  }
  return found;
}

/**
 * The age from which the age cautions apply. AHCPR Table 1 says "Age over 50 or under 20". The
 * checklist takes age in whole years, so a patient entered as 50 may be anywhere up to a day short
 * of 51, which is over 50 by the table's letter; counting 50 itself is also the safer reading
 * when a caution costs one line and never changes the outcome. "Under 20" needs no such care: an
 * entered 19 is always under 20, and an entered 20 never is.
 */
const OLDER_FROM_AGE = 50;
const YOUNGER_THAN_AGE = 20;

/**
 * Risk factors that are not red flags on their own. AHCPR Table 1 lists "Age over 50 or under 20"
 * in the tumour/infection column and steroids under immune suppression; the issue and the wider
 * guideline review (Verhagen 2016) treat these as raising suspicion rather than deciding alone, so
 * they show a caution and never change the outcome.
 *
 * Older age with long-standing pain keeps a caution of its own (risk.age-long-standing). AHCPR is
 * written for problems of less than 3 months and says nothing of what long-standing pain at 50 or
 * over means; our sources are silent on it. The safer reading is that pain which has not settled
 * by then at that age is itself a reason to go through the red flags again (the clinical review,
 * finding 13: a first episode at 72 that has not improved deserves the caution more, not less), so
 * the caution stays, worded for that case rather than for a new episode. Under 20 keeps the
 * ordinary caution at any duration: the sources are silent there too, and the few patients aged
 * 16 to 19 the checklist sees would not teach anyone to ignore it.
 */
function riskCautions(a: Answers): CautionId[] {
  const found: CautionId[] = [];
  const age = a.details.age;
  if (age !== null && age >= OLDER_FROM_AGE && isChronic(a)) found.push('risk.age-long-standing');
  else if (age !== null && (age >= OLDER_FROM_AGE || age < YOUNGER_THAN_AGE)) found.push('risk.age');
  if (a.details.comorbidities.includes('long-term-steroids')) found.push('risk.steroids');
  if (a.details.comorbidities.includes('osteoporosis')) found.push('risk.osteoporosis');
  return found;
}

/** A PT course was completed and did not bring lasting benefit. */
const ptFailed = (a: Answers) => a.ptCourse === 'completed' && (a.ptResponse === 'plateaued' || a.ptResponse === 'no-improvement');

/** Reasons that, on their own, make PT the right starting point. */
function ptFirstTriggers(a: Answers): CriterionId[] {
  const reasons: CriterionId[] = [];
  if (a.onset === 'acute') reasons.push('pt.acute');
  if (a.durationWeeks !== null && !isChronic(a)) reasons.push('pt.not-chronic');
  if (MUSCULAR_DRIVERS.has(a.driver)) reasons.push('pt.muscular');
  if (a.ptCourse === 'none' || a.ptCourse === 'ongoing') reasons.push('pt.structured-course');
  if (a.ptResponse === 'improving') reasons.push('pt.improving');
  if (a.context === 'post-procedure') reasons.push('pt.after-disc-repair');
  // The article lists pre-/post-operative rehab and conditioning as reasons to start with PT. A
  // patient booked for surgery who wants to avoid or delay it, or wants a disc-preserving option,
  // is the patient the article's regenerative section names, so pre-operative rehab alone does not
  // settle the route for them.
  if ((a.context === 'pre-op' && a.wishes.length === 0) || a.context === 'post-op') reasons.push('pt.rehab');
  if (a.context === 'conditioning') reasons.push('pt.conditioning');
  // A course already completed without benefit, and only the 12-week line left in the way: the
  // reason is the line itself, not another programme (clinical review, finding 8).
  if (reasons.length === 1 && reasons[0] === 'pt.not-chronic' && ptFailed(a)) return ['pt.not-yet-chronic-after-pt'];
  return reasons;
}

function wishReasons(a: Answers): CriterionId[] {
  const found: CriterionId[] = [];
  if (a.wishes.includes('avoid-surgery')) found.push('eval.avoid-surgery');
  if (a.wishes.includes('disc-preserving')) found.push('eval.disc-preserving');
  return found;
}

/**
 * Turns the clinician's answers into one outcome and the criteria that led to it.
 * Order matters: red flags (cauda equina first) override everything, then other pathways
 * (rheumatology, the clinic's exclusions), then the reasons for PT first, and only then the
 * reasons to consider a candidacy evaluation, which need disc evidence or a full PT course and
 * a completed red-flag screen. The outcome never states candidacy: the clinic decides that.
 */
export function evaluate(a: Answers): Outcome {
  const conflicts = findConflicts(a);
  const cautions: CautionId[] = riskCautions(a);
  const make = (kind: OutcomeKind, reasons: CriterionId[], extra: Partial<Outcome> = {}): Outcome => ({
    kind, reasons, supporting: [], missing: [], conflicts, cautions, ...extra,
  });

  // The answers themselves may meet the fracture red flag (see fractureRisk): the safer route is
  // to treat it as ticked, and the conflict tells the clinician why.
  const implied: CriterionId[] = fractureRisk(a) && !a.redFlags.includes('rf.fracture') ? ['rf.fracture-risk'] : [];
  if (a.redFlags.length > 0 || implied.length > 0) {
    const emergency = a.redFlags.filter((f) => EMERGENCY.has(f));
    const urgent = a.redFlags.filter((f) => !EMERGENCY.has(f));
    // The clinic also names a progressive deficit as a reason for surgical, not disc, evaluation.
    const supporting: CriterionId[] = a.redFlags.includes('rf.progressive-deficit') ? ['excl.progressive-deficit'] : [];
    return make(emergency.length > 0 ? 'emergency' : 'urgent', [...emergency, ...urgent, ...implied], { supporting });
  }

  if (!a.redFlagsScreened) cautions.unshift('red-flags-not-screened');

  // Other pathways. Inflammatory back pain: NICE NG59 1.1.1 says to exclude inflammatory disease
  // such as spondyloarthritis, and NG65 1.1 sets out referral to a rheumatologist (not urgent).
  const elsewhere: CriterionId[] = [];
  // Children and young teenagers: outside what the sources cover (NICE NG59 is for 16 and over,
  // AHCPR for adults), and back pain at that age has other causes to rule out. The safer route
  // is the child's own doctor, not a PT-first or disc-repair route.
  if (a.details.age !== null && a.details.age < ADULT_FROM_AGE) elsewhere.push('path.under-16');
  if (a.inflammatory) elsewhere.push('path.inflammatory');
  elsewhere.push(...a.exclusions);
  if (a.imaging === 'severe') elsewhere.push('excl.end-stage-imaging');
  // Long-standing bilateral claudication is not the "new" bilateral symptom of cauda equina, nor
  // the discrete tear the clinic treats. The sources do not route it; discussing it is the safer way.
  if (a.details.claudication) elsewhere.push('path.claudication');
  // A fusion at the level of the reported tear: the clinic's candidacy needs a viable disc.
  if (fusedTearLevel(a)) elsewhere.push('path.fused-level');
  if (elsewhere.length > 0) return make('other-pathway', elsewhere);

  const ptFirst = ptFirstTriggers(a);
  if (ptFirst.length > 0) {
    return make('pt-first', ptFirst, { supporting: mildDisc(a) });
  }

  // From here the episode is chronic, not muscular, not a rehab context, and any PT course is
  // complete without improvement.
  const missing: QuestionId[] = [];
  if (a.durationWeeks === null) missing.push('durationWeeks');
  if (a.ptCourse === null) missing.push('ptCourse');
  else if (a.ptResponse === null) missing.push('ptResponse');
  if (a.imaging === null) missing.push('imaging');
  if (a.imaging === 'annular-tear' && a.imagingFits === null) missing.push('imagingFits');
  if (a.imaging === 'none') {
    if (a.ptWeeks === null) missing.push('ptWeeks');
    if (a.injections === null) missing.push('injections');
  }
  if (missing.length > 0) return make('not-enough-info', [], { missing });

  if (a.injections === 'lasting') cautions.push('lasting-injection-relief');
  const supporting: CriterionId[] = [];
  if (a.injections === 'temporary') supporting.push('eval.esi-temporary');
  supporting.push(...wishReasons(a));
  // Earlier back surgery: the clinic weighs each such case on its own (article, "What the Evidence Suggests").
  if (a.priorSurgery === 'yes') supporting.push('path.post-surgery');

  let referral: Outcome;
  if (a.imaging === 'annular-tear' && a.imagingFits === 'yes') {
    // Disc evidence: the clinic asks for a discrete tear as the main driver and imaging that
    // matches the pain pattern (annular tear repair page). A short or unstated course is a
    // caution only, and the note says so (the clinic asks for documented conservative care).
    if (a.ptWeeks !== null && a.ptWeeks < SUGGESTED_PT_WEEKS) cautions.push('short-pt-course');
    if (a.ptWeeks === null) cautions.push('pt-weeks-unknown');
    referral = make('consider-referral', ['eval.chronic-after-pt', 'eval.imaging-tear'], { supporting });
  } else if (a.imaging === 'none') {
    // No imaging: only a full structured course (the clinic's 8–12 weeks) without lasting benefit,
    // and no lasting injection relief, makes the evaluation worth its MRI review.
    if (a.ptWeeks! < SUGGESTED_PT_WEEKS) return make('pt-first', ['pt.short-course']);
    // Lasting relief is the reason here, so it is not repeated as a caution.
    if (a.injections === 'lasting') {
      return make('other-pathway', ['path.lasting-relief'], { cautions: cautions.filter((c) => c !== 'lasting-injection-relief') });
    }
    referral = make('consider-referral-needs-mri', ['eval.chronic-after-pt', 'eval.structured-pt', 'eval.needs-mri'],
      { supporting: [...supporting, 'eval.imaging-guidance'] });
  } else {
    // Imaging without disc evidence that fits the pain. Earlier surgery or temporary injection
    // relief does not make up for it (the clinic's candidacy criteria need the tear).
    const reasons: CriterionId[] = a.priorSurgery === 'yes' ? ['path.post-surgery', 'path.no-disc-evidence'] : ['path.no-disc-evidence'];
    return make('other-pathway', reasons, { supporting: mildDisc(a) });
  }
  // A referral outcome only after the red-flag screen: until then, that is the question to answer.
  if (!a.redFlagsScreened) return make('not-enough-info', [], { missing: ['redFlagsScreened'] });
  return referral;
}
