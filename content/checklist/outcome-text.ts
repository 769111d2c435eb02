import type { Outcome, OutcomeKind } from './rules';
import { CHRONIC_AFTER_WEEKS, PT_PROGRAMME_RANGE } from './rules';

export interface OutcomeText {
  /** A few words: what to do next. */
  readonly headline: string;
  /** One or two sentences; never calls the patient a candidate, never promises a result. */
  readonly explanation: string;
}

export const OUTCOME_TEXT: Readonly<Record<OutcomeKind, OutcomeText>> = {
  emergency: {
    headline: 'Emergency: emergency department now',
    explanation:
      'These signs may mean cauda equina syndrome. Send the patient to an emergency department now, and tell them why; do not wait for a clinic appointment or use the clinic’s referral form. Red flags override every other answer.',
  },
  urgent: {
    headline: 'Urgent medical evaluation',
    explanation:
      'A red flag for a possible serious cause (cancer, infection, fracture, or a worsening nerve deficit) is present. Arrange an urgent assessment by a physician before any elective referral (for a worsening nerve deficit, the same day, by a physician or spine surgeon). Red flags override every other answer.',
  },
  'other-pathway': {
    headline: 'Likely another pathway, not disc repair',
    explanation:
      'A finding here points away from biologic disc repair. Each reason below says where it points: for example a rheumatology assessment, the child’s own doctor, urgent care for a fracture or infection that may be new, a surgical opinion, or a closer diagnostic look. Talk it through with the patient’s physician or the clinic before referring.',
  },
  'pt-first': {
    headline: 'Physical therapy first',
    explanation: `The answers fit a PT-first path. The clinic suggests a structured programme of about ${PT_PROGRAMME_RANGE} weeks. Check again if pain lasts more than ${CHRONIC_AFTER_WEEKS} weeks despite it.`,
  },
  'consider-referral': {
    headline: 'Consider referral for a candidacy evaluation',
    explanation:
      'The answers match the clinic’s published reasons to evaluate a patient for biologic disc repair. This does not make the patient a candidate: the clinic decides that through its own evaluation, and results vary.',
  },
  'consider-referral-needs-mri': {
    headline: 'Consider referral: the evaluation includes MRI review',
    explanation:
      'The answers match the clinic’s reasons to evaluate, and there is no imaging yet. The clinic reviews advanced imaging as part of its evaluation; the clinic or the patient’s physician decides whether and when to image. Say in the referral that none has been done.',
  },
  'not-enough-info': {
    headline: 'Not enough information yet',
    explanation: 'Answer the questions to get an outcome. The ones that decide it are listed here.',
  },
};

/**
 * A severe or progressive deficit in the legs. AHCPR Table 1 lists "Severe or progressive
 * neurologic deficit in the lower extremity" in its cauda equina column, beside saddle anaesthesia
 * and new bladder dysfunction, and the clinic directs a progressive deficit to a surgical
 * evaluation (fibrin vs fusion FAQ, in clinic-facts.md). Neither says how fast; grouped with signs
 * that go to the emergency department immediately, the safer reading is the same day, by someone
 * who can judge whether surgery is needed: a physician or a spine surgeon.
 *
 * Both legs: GIRFT's primary-care page of the suspected cauda equina pathway
 * (girft-interactivepathways.org.uk, "Presentation in Primary & Community Care") counts "Severe or
 * progressive neurological deficit of both legs" as a sign of possible cauda equina syndrome. The
 * checklist cannot tell that case apart: the progressive-deficit box has no side, and the
 * history's "Spread: both legs" describes pain, not the deficit, so routing on it would be a guess.
 * A new deficit in both legs is the "New symptoms in both legs" box, which is already an
 * emergency; the text below says so, rather than the rules inferring it.
 */
const PROGRESSIVE_DEFICIT_TEXT: OutcomeText = {
  headline: 'Urgent: same-day assessment by a physician or spine surgeon',
  explanation:
    'A severe or worsening nerve deficit in the legs is present. Arrange an assessment by a physician or spine surgeon the same day, before any elective referral. If both legs are affected, it may be cauda equina syndrome: tick “New symptoms in both legs” and send the patient to an emergency department now. Red flags override every other answer.',
};

/**
 * A PT course already completed without benefit, and the pain not yet past the clinic's 12-week
 * line (rules.ts, pt.not-yet-chronic-after-pt): the programme is not prescribed again.
 */
const NOT_YET_CHRONIC_TEXT: OutcomeText = {
  headline: `Not yet past ${CHRONIC_AFTER_WEEKS} weeks: re-assess after`,
  explanation: `A PT course is complete without lasting benefit, but the pain has not yet lasted more than ${CHRONIC_AFTER_WEEKS} weeks, the line the clinic’s article draws for chronic pain. Re-assess once it has; no clinic referral yet.`,
};

/** What the outcome panel and the outcome bar say: the outcome kind's text, or a variant its reasons call for. */
export function outcomeText(outcome: Pick<Outcome, 'kind' | 'reasons'>): OutcomeText {
  if (outcome.kind === 'urgent' && outcome.reasons.includes('rf.progressive-deficit')) return PROGRESSIVE_DEFICIT_TEXT;
  if (outcome.kind === 'pt-first' && outcome.reasons.includes('pt.not-yet-chronic-after-pt')) return NOT_YET_CHRONIC_TEXT;
  return OUTCOME_TEXT[outcome.kind];
}

/**
 * The caution every outcome short of a red flag carries until the red flags are marked as screened,
 * and the empty checklist's only one. Here rather than in caution-text.ts (which loads with the
 * reasons) so that the popup shows it at open without loading the reasons.
 */
export const UNSCREENED_CAUTION = 'Red flags are not yet marked as screened. A referral outcome needs the screen first.';

/** A short word for each outcome, shown with its icon so that colour is never the only cue. */
export const OUTCOME_WORD: Readonly<Record<OutcomeKind, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  'other-pathway': 'Discuss',
  'pt-first': 'PT first',
  'consider-referral': 'Consider referral',
  'consider-referral-needs-mri': 'Consider referral',
  'not-enough-info': 'Incomplete',
};

/**
 * The line under the headline when answers conflict. A red flag decides the outcome whatever
 * else is answered, so an emergency or urgent outcome is never put in doubt by a conflict.
 */
export function conflictWarning(kind: OutcomeKind): string {
  if (kind === 'emergency') return 'Some answers conflict; check them. The red flag still calls for the emergency department now.';
  return kind === 'urgent'
    ? 'Some answers conflict; check them. The red flag still calls for urgent evaluation.'
    : 'Some answers conflict; check them before relying on this outcome.';
}
