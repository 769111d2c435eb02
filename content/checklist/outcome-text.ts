import type { CautionId, ConflictId, OutcomeKind } from './rules';
import { CHRONIC_AFTER_WEEKS, SUGGESTED_PT_WEEKS } from './rules';

export interface OutcomeText {
  /** A few words: what to do next. */
  readonly headline: string;
  /** One or two sentences; never calls the patient a candidate, never promises a result. */
  readonly explanation: string;
}

export const OUTCOME_TEXT: Readonly<Record<OutcomeKind, OutcomeText>> = {
  urgent: {
    headline: 'Urgent medical evaluation',
    explanation:
      'A red flag is present. Arrange urgent medical assessment before any elective referral; suspected cauda equina syndrome needs emergency care. Red flags override every other answer.',
  },
  'other-pathway': {
    headline: 'Likely another pathway: discuss with the clinic',
    explanation:
      'A finding here points away from biologic disc repair, for example toward a surgical evaluation or a different diagnosis. Talk it through with the clinic before referring.',
  },
  'pt-first': {
    headline: 'Physical therapy first',
    explanation: `The answers fit a PT-first path. The clinic suggests a structured programme of about ${SUGGESTED_PT_WEEKS}–12 weeks. Check again if pain lasts more than ${CHRONIC_AFTER_WEEKS} weeks despite it.`,
  },
  'consider-referral': {
    headline: 'Consider referral for a candidacy evaluation',
    explanation:
      'The answers match the clinic’s published reasons to evaluate a patient for biologic disc repair. This does not make the patient a candidate: the clinic decides that through its own evaluation, and results vary.',
  },
  'consider-referral-needs-mri': {
    headline: 'Consider referral: the evaluation will need an MRI',
    explanation:
      'The answers match the clinic’s reasons to evaluate, but there is no imaging yet. The clinic reviews an MRI as part of its evaluation, so the patient will need one: order it, or say in the referral that none has been done.',
  },
  'not-enough-info': {
    headline: 'Not enough information yet',
    explanation: 'Answer the questions below to get an outcome.',
  },
};

export const CONFLICT_TEXT: Readonly<Record<ConflictId, string>> = {
  'acute-but-chronic': `Presentation is marked as a recent strain, but the pain has lasted more than ${CHRONIC_AFTER_WEEKS} weeks.`,
  'pt-longer-than-pain': 'The PT course is longer than the pain has lasted.',
  'muscular-driver-with-tear': 'The main driver is marked as muscular or postural, but imaging shows an annular tear or disc disruption.',
  'disc-driver-without-findings': 'The main driver is marked as the disc, but the MRI shows no disc findings.',
  'post-op-without-surgery': 'Recovering from spine surgery is marked, but previous spine surgery is answered “No”.',
  'pt-details-without-course': 'PT weeks or a PT response are filled in, but the PT course is marked “Not started”.',
  'screened-but-flagged': 'Red flags are marked as screened and absent, yet a red flag is ticked.',
};

/**
 * The line under the headline when answers conflict. A red flag decides the outcome whatever
 * else is answered, so an urgent outcome is never put in doubt by a conflict.
 */
export function conflictWarning(kind: OutcomeKind): string {
  return kind === 'urgent'
    ? 'Some answers conflict; check them. The red flag still calls for urgent evaluation.'
    : 'Some answers conflict; check them before relying on this outcome.';
}

export const CAUTION_TEXT: Readonly<Record<CautionId, string>> = {
  'red-flags-not-screened': 'Red flags are not yet marked as screened.',
  'short-pt-course': `The PT course was shorter than the ${SUGGESTED_PT_WEEKS}–12 weeks the clinic suggests; the clinic may ask about it.`,
  'imaging-without-tear': 'Imaging shows no annular tear. The clinic looks for imaging that matches the pain pattern and may consider discography.',
  'lasting-injection-relief': 'Injections gave lasting relief; the clinic’s criterion is relief that wore off.',
};
