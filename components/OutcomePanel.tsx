import type { ComponentChildren } from 'preact';
import { OUTCOME_TEXT, OUTCOME_WORD, conflictWarning } from '../content/checklist/outcome-text';
import { QUESTION_LABELS } from '../content/checklist/questions';
import type { Outcome, OutcomeKind } from '../content/checklist/rules';
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

interface Props {
  outcome: Outcome;
  /** The outcome's actions (Copy, Print suggested handouts, Clear), kept beside the headline. */
  actions?: ComponentChildren;
  /** Status lines under the actions (copied, refused, undo). */
  status?: ComponentChildren;
}

/** The outcome, its actions, why, and what to check; updates as answers change. */
export function OutcomePanel({ outcome, actions, status }: Props) {
  const text = OUTCOME_TEXT[outcome.kind];
  const reasons = useReasons();
  return (
    <section id="outcome" class="outcome" data-outcome={outcome.kind}
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

      {reasons && <reasons.OutcomeReasons outcome={outcome} />}
    </section>
  );
}
