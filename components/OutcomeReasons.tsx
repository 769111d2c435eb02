import { CAUTION_TEXT, CONFLICT_TEXT } from '../content/checklist/caution-text';
import { criteriaInGroup, criterion, type Criterion, type CriterionId } from '../content/checklist/criteria';
import { REFERRAL_KINDS, type CautionId, type Outcome } from '../content/checklist/rules';
import type { Source } from '../content/checklist/sources';
import { CautionList } from './CautionList';
import { SourceLink } from './SourceLink';
import './outcome-reasons.css';

/** Cautions that stand for a criterion, so they cite its source like the reasons do. */
const CAUTION_CRITERION: Partial<Record<CautionId, CriterionId>> = {
  'risk.age': 'risk.age', 'risk.age-long-standing': 'risk.age-long-standing',
  'risk.steroids': 'risk.steroids', 'risk.osteoporosis': 'risk.osteoporosis',
};

/** Numbers each distinct source in order of first use, so a source shows once however often it is cited. */
function numberSources(criteria: readonly Criterion[]): { sources: Source[]; number: (s: Source) => number } {
  const sources: Source[] = [];
  for (const c of criteria) if (!sources.some((s) => s.url === c.source.url && s.label === c.source.label)) sources.push(c.source);
  return { sources, number: (s) => sources.findIndex((x) => x.url === s.url && x.label === s.label) + 1 };
}

function Ref({ n }: { n: number }) {
  return <span class="ref" title={`Source ${n}`}><span class="visually-hidden">source </span>[{n}]</span>;
}

function CriteriaList({ ids, title, number }: { ids: readonly CriterionId[]; title: string; number: (s: Source) => number }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="reasons">
        {ids.map((id) => {
          const c = criterion(id);
          return <li key={id} data-criterion={id}>{c.text}. <Ref n={number(c.source)} /></li>;
        })}
      </ul>
    </>
  );
}

/**
 * Why the outcome, with numbered references and one Sources list that opens on demand. Loaded
 * once the outcome has any of these (see OutcomePanel); the headline and actions come first.
 */
export function OutcomeReasons({ outcome }: { outcome: Outcome }) {
  const considering = REFERRAL_KINDS.has(outcome.kind);
  const cautionCriteria = outcome.cautions.flatMap((c) => (CAUTION_CRITERION[c] ? [criterion(CAUTION_CRITERION[c]!)] : []));
  const extra = considering ? [...criteriaInGroup('clinic-evaluation'), ...criteriaInGroup('candidacy')] : [];
  const { sources, number } = numberSources([
    ...outcome.reasons.map(criterion), ...outcome.supporting.map(criterion), ...cautionCriteria, ...extra,
  ]);
  return (
    <div class="outcome-reasons" data-ready="">
      {outcome.conflicts.length > 0 && (
        <div class="conflicts" role="note" aria-labelledby="conflicts-title">
          <h3 id="conflicts-title">Check these answers: they conflict</h3>
          <ul>{outcome.conflicts.map((c) => <li key={c} data-conflict={c}>{CONFLICT_TEXT[c]}</li>)}</ul>
        </div>
      )}
      <CriteriaList ids={outcome.reasons} title="Why" number={number} />
      <CriteriaList ids={outcome.supporting} title="Also fits" number={number} />

      {outcome.cautions.length > 0 && (
        <CautionList cautions={outcome.cautions.map((c) => ({
          id: c, text: CAUTION_TEXT[c], cite: CAUTION_CRITERION[c] && <Ref n={number(criterion(CAUTION_CRITERION[c]!).source)} />,
        }))} />
      )}

      {considering && (
        <details class="evaluation">
          <summary>What the clinic’s evaluation involves</summary>
          <ul class="reasons">
            {extra.map((c) => <li key={c.id}>{c.text}. <Ref n={number(c.source)} /></li>)}
          </ul>
        </details>
      )}

      {sources.length > 0 && (
        <details class="sources">
          <summary>Sources ({sources.length})</summary>
          <ol>
            {sources.map((s, i) => <li key={i} id={`source-${i + 1}`}><SourceLink source={s} /></li>)}
          </ol>
        </details>
      )}
    </div>
  );
}
