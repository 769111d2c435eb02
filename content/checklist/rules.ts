import type { Answers } from './answers';
import type { CriterionId } from './criteria';

/** "Chronic" in the clinic's article means more than 12 weeks; exactly 12 is not chronic. */
export const CHRONIC_AFTER_WEEKS = 12;
/** Lower end of the structured PT programme the clinic suggests (8–12 weeks). */
export const SUGGESTED_PT_WEEKS = 8;

export type OutcomeKind =
  | 'urgent'
  | 'other-pathway'
  | 'pt-first'
  | 'consider-referral'
  | 'consider-referral-needs-mri'
  | 'not-enough-info';

/** Answer keys, used to name the questions that would decide an outcome. */
export type QuestionId = keyof Answers;

/** Answers that contradict each other; shown to the clinician, never silently resolved. */
export type ConflictId =
  | 'acute-but-chronic'
  | 'pt-longer-than-pain'
  | 'muscular-driver-with-tear'
  | 'disc-driver-without-findings'
  | 'post-op-without-surgery'
  | 'pt-details-without-course'
  | 'screened-but-flagged';

/** Things worth knowing about an outcome that do not change it. */
export type CautionId =
  | 'red-flags-not-screened'
  | 'short-pt-course'
  | 'imaging-without-tear'
  | 'lasting-injection-relief';

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
const MUSCULAR_DRIVERS: ReadonlySet<Answers['driver']> = new Set(['muscle', 'ligament', 'posture']);

export function findConflicts(a: Answers): ConflictId[] {
  const found: ConflictId[] = [];
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
  return found;
}

/** Reasons that, on their own, make PT the right starting point. */
function ptFirstTriggers(a: Answers): CriterionId[] {
  const reasons: CriterionId[] = [];
  if (a.onset === 'acute') reasons.push('pt.acute');
  if (a.durationWeeks !== null && !isChronic(a)) reasons.push('pt.not-chronic');
  if (MUSCULAR_DRIVERS.has(a.driver)) reasons.push('pt.muscular');
  if (a.ptCourse === 'none' || a.ptCourse === 'ongoing') reasons.push('pt.structured-course');
  if (a.ptResponse === 'improving') reasons.push('pt.improving');
  if (a.context === 'post-procedure') reasons.push('pt.after-disc-repair');
  return reasons;
}

/** Article criteria for PT that fit these answers but do not decide the outcome alone. */
function ptSupporting(a: Answers): CriterionId[] {
  const found: CriterionId[] = [];
  if (a.imaging === 'mild-changes') found.push('pt.mild-disc');
  if (a.context === 'pre-op' || a.context === 'post-op') found.push('pt.rehab');
  if (a.context === 'conditioning') found.push('pt.conditioning');
  return found;
}

function wishReasons(a: Answers): CriterionId[] {
  const found: CriterionId[] = [];
  if (a.wishes.includes('avoid-surgery')) found.push('eval.avoid-surgery');
  if (a.wishes.includes('disc-preserving')) found.push('eval.disc-preserving');
  return found;
}

/**
 * Turns the clinician's answers into one outcome and the criteria that led to it.
 * Order matters: red flags override everything, then the clinic's exclusions, then the
 * reasons for PT first, and only then the reasons to consider a candidacy evaluation.
 * The outcome never states candidacy: the clinic decides that through its own evaluation.
 */
export function evaluate(a: Answers): Outcome {
  const conflicts = findConflicts(a);
  const cautions: CautionId[] = [];
  const make = (kind: OutcomeKind, reasons: CriterionId[], extra: Partial<Outcome> = {}): Outcome => ({
    kind, reasons, supporting: [], missing: [], conflicts, cautions, ...extra,
  });

  if (a.redFlags.length > 0) {
    const reasons: CriterionId[] = [...a.redFlags];
    // The clinic also names a progressive deficit as a reason for surgical, not disc, evaluation.
    if (a.redFlags.includes('rf.progressive-deficit')) reasons.push('excl.progressive-deficit');
    return make('urgent', reasons);
  }

  if (!a.redFlagsScreened) cautions.push('red-flags-not-screened');

  const exclusions: CriterionId[] = [...a.exclusions];
  if (a.imaging === 'severe') exclusions.push('excl.end-stage-imaging');
  if (exclusions.length > 0) return make('other-pathway', exclusions);

  const ptFirst = ptFirstTriggers(a);
  if (ptFirst.length > 0) return make('pt-first', ptFirst, { supporting: ptSupporting(a) });

  // From here the episode is not acute, not muscular, and any PT course is complete.
  const missing: QuestionId[] = [];
  if (a.durationWeeks === null) missing.push('durationWeeks');
  if (a.ptCourse === null) missing.push('ptCourse');
  else if (a.ptResponse === null) missing.push('ptResponse');
  if (a.imaging === null) missing.push('imaging');
  if (missing.length > 0) return make('not-enough-info', [], { missing });

  if (a.ptWeeks !== null && a.ptWeeks < SUGGESTED_PT_WEEKS) cautions.push('short-pt-course');
  if (a.injections === 'lasting') cautions.push('lasting-injection-relief');

  const structural: CriterionId[] = [];
  if (a.imaging === 'annular-tear') structural.push('eval.imaging-tear');
  if (a.injections === 'temporary') structural.push('eval.esi-temporary');
  if (a.priorSurgery === 'yes') structural.push('eval.post-surgery');
  const supporting = wishReasons(a);

  if (a.imaging === 'none') {
    return make('consider-referral-needs-mri', ['eval.chronic-after-pt', ...structural, 'eval.needs-mri'], { supporting });
  }
  if (structural.length > 0) {
    if (a.imaging !== 'annular-tear') cautions.push('imaging-without-tear');
    return make('consider-referral', ['eval.chronic-after-pt', ...structural], { supporting });
  }
  // Imaging without a tear and nothing else structural: injections or surgery could still decide.
  const undecided: QuestionId[] = [];
  if (a.injections === null) undecided.push('injections');
  if (a.priorSurgery === null) undecided.push('priorSurgery');
  if (undecided.length > 0) return make('not-enough-info', [], { missing: undecided });
  return make('other-pathway', ['path.no-disc-evidence'], { supporting: ['eval.chronic-after-pt'] });
}
