import type { ComponentChildren } from 'preact';
import { OUTCOME_WORD, UNSCREENED_CAUTION, conflictWarning, outcomeText } from '../content/checklist/outcome-text';
import { QUESTION_LABELS } from '../content/checklist/questions';
import { REFERRAL_KINDS, type Outcome, type OutcomeKind } from '../content/checklist/rules';
import { CautionList } from './CautionList';
import { LoadFailed } from './LoadFailed';
import { lazyModule } from './useModule';

/**
 * A symbol beside the word, one per outcome; decorative (the
 * word and headline carry the meaning), and never a tick for "consider referral", which would read
 * as "approved".
 */
export const OUTCOME_ICON: Readonly<Record<OutcomeKind, string>> = {
  emergency: '‼',
  urgent: '!',
  'other-pathway': '↪',
  'pt-first': '→',
  'consider-referral': '↗',
  'consider-referral-needs-mri': '◎',
  'not-enough-info': '?',
};

const useReasons = lazyModule(() => import('./OutcomeReasons'));
/** Starts loading the reasons as the user begins to answer, so they are there when an outcome has any. */
export const preloadReasons = useReasons.preload;

/**
 * Whether the reasons' module (with the criteria and their sources) has anything to show: a
 * criterion, a conflict, the clinic's evaluation, or a caution with a source. Not for the empty
 * checklist, whose one caution (the red flags are not yet screened) is shown without it.
 */
function needsReasons(o: Outcome): boolean {
  return o.reasons.length > 0 || o.supporting.length > 0 || o.conflicts.length > 0 || REFERRAL_KINDS.has(o.kind)
    || o.cautions.some((c) => c !== 'red-flags-not-screened');
}

interface Props {
  outcome: Outcome;
  /** The outcome's actions (Copy, Print suggested handouts, Clear), kept beside the headline. */
  actions?: ComponentChildren;
  /** Status lines under the actions (copied, refused, undo). */
  status?: ComponentChildren;
}

/** The outcome, its actions, why, and what to check; updates as answers change. */
export function OutcomePanel({ outcome, actions, status }: Props) {
  const text = outcomeText(outcome);
  const needed = needsReasons(outcome);
  const reasons = useReasons(needed);
  return (
    <section id="outcome" class="outcome" data-outcome={outcome.kind} data-conflict={outcome.conflicts.length > 0 ? 'true' : undefined}
      aria-labelledby="outcome-title" tabIndex={-1}>
      <div class="outcome-headline">
        <span class="outcome-icon" aria-hidden="true">{OUTCOME_ICON[outcome.kind]}</span>
        <span class="outcome-word">{OUTCOME_WORD[outcome.kind]}</span>
        <h2 id="outcome-title">{text.headline}</h2>
      </div>
      {actions && <div class="outcome-actions">{actions}</div>}
      {status}
      {outcome.conflicts.length > 0 && <p class="error">{conflictWarning(outcome.kind)}</p>}
      <p class="outcome-explanation">{text.explanation}</p>

      {outcome.missing.length > 0 && (
        <>
          <h3>Still to answer</h3>
          <ul class="missing">{outcome.missing.map((q) => <li key={q} data-missing={q}>{QUESTION_LABELS[q]}</li>)}</ul>
        </>
      )}

      {needed && reasons && reasons !== 'failed' ? <reasons.OutcomeReasons outcome={outcome} /> : (
        // Complete when the reasons have nothing to add; otherwise what shows until they arrive.
        <div class="outcome-reasons" data-ready={needed ? undefined : ''}>
          {outcome.cautions.includes('red-flags-not-screened') && (
            <CautionList cautions={[{ id: 'red-flags-not-screened', text: UNSCREENED_CAUTION }]} />
          )}
          {reasons === 'failed' && <LoadFailed />}
        </div>
      )}
    </section>
  );
}
