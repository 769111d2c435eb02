import { criteriaInGroup, criterion, type CriterionId } from '../content/checklist/criteria';
import { CAUTION_TEXT, CONFLICT_TEXT, OUTCOME_TEXT, conflictWarning } from '../content/checklist/outcome-text';
import { QUESTION_LABELS } from '../content/checklist/questions';
import type { Outcome } from '../content/checklist/rules';
import { SourceLink } from './SourceLink';

/** A symbol beside the headline; decorative, the headline text carries the meaning. */
const MARK: Record<Outcome['kind'], string> = {
  urgent: '!',
  'other-pathway': '↪',
  'pt-first': '→',
  'consider-referral': '✓',
  'consider-referral-needs-mri': '✓',
  'not-enough-info': '?',
};

function CriteriaList({ ids, title }: { ids: readonly CriterionId[]; title: string }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="reasons">
        {ids.map((id) => {
          const c = criterion(id);
          return (
            <li key={id} data-criterion={id}>
              {c.text}. <SourceLink source={c.source} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The outcome, why, and what to check; updates as answers change. */
export function OutcomePanel({ outcome }: { outcome: Outcome }) {
  const text = OUTCOME_TEXT[outcome.kind];
  const considering = outcome.kind === 'consider-referral' || outcome.kind === 'consider-referral-needs-mri';
  return (
    <section id="outcome" class={`outcome outcome-${outcome.kind}`} aria-labelledby="outcome-title" tabIndex={-1}>
      <p class="eyebrow">Outcome</p>
      <h2 id="outcome-title">
        <span class="mark" aria-hidden="true">{MARK[outcome.kind]}</span> {text.headline}
      </h2>
      {outcome.conflicts.length > 0 && <p class="error">{conflictWarning(outcome.kind)}</p>}
      <p>{text.explanation}</p>

      {outcome.conflicts.length > 0 && (
        <div class="conflicts" role="note" aria-labelledby="conflicts-title">
          <h3 id="conflicts-title">Check these answers: they conflict</h3>
          <ul>{outcome.conflicts.map((c) => <li key={c} data-conflict={c}>{CONFLICT_TEXT[c]}</li>)}</ul>
        </div>
      )}

      {outcome.missing.length > 0 && (
        <>
          <h3>Still to answer</h3>
          <ul class="missing">{outcome.missing.map((q) => <li key={q}>{QUESTION_LABELS[q]}</li>)}</ul>
        </>
      )}

      <CriteriaList ids={outcome.reasons} title="Why" />
      <CriteriaList ids={outcome.supporting} title="Also fits" />

      {outcome.cautions.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul class="cautions">{outcome.cautions.map((c) => <li key={c} data-caution={c}>{CAUTION_TEXT[c]}</li>)}</ul>
        </>
      )}

      {considering && (
        <details class="evaluation">
          <summary>What the clinic’s evaluation involves</summary>
          <ul class="reasons">
            {[...criteriaInGroup('clinic-evaluation'), ...criteriaInGroup('candidacy')].map((c) => (
              <li key={c.id}>
                {c.text}. <SourceLink source={c.source} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
