import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answers } from '../content/checklist/answers';
import { OUTCOME_TEXT } from '../content/checklist/outcome-text';
import { itemStatuses, itemsHeading, itemsToSend, type ReferralItemId } from '../content/checklist/referral-items';
import { evaluate } from '../content/checklist/rules';
import { suggestedHandouts } from '../content/handouts/selection';
import { summaryFor } from '../content/checklist/summary';
import { EMPTY_STATE, type ChecklistState } from '../content/referral/checklist-state';
import type { ChecklistStore } from '../content/referral/checklist-store';
import { ChecklistForm, type WeeksQuestion } from './ChecklistForm';
import { HandoutLinks } from './HandoutLinks';
import { OutcomePanel } from './OutcomePanel';
import { ReferralPanel, type CopyState } from './ReferralPanel';

interface Props {
  store: ChecklistStore;
  /** Writes text to the clipboard; rejects when the browser refuses. */
  copyText: (text: string) => Promise<void>;
  today?: () => Date;
  /** Address of the handouts print page. */
  handoutsUrl?: string;
}

const SAVE_FAILED = 'Answers could not be kept for this session; they will be lost when the popup closes.';

/** How the refusal to copy names a weeks field, in the form's order. */
const WEEKS_NAMES: Record<WeeksQuestion, string> = {
  durationWeeks: 'symptom duration',
  ptWeeks: 'weeks of physical therapy',
};

/** Why copying is refused while fields hold rejected text: the summary would show the old values. */
function refusal(rejected: readonly WeeksQuestion[]): string {
  const names = (Object.keys(WEEKS_NAMES) as WeeksQuestion[]).filter((q) => rejected.includes(q)).map((q) => WEEKS_NAMES[q]);
  return `Not copied: fix the ${names.join(' and ')} ${names.length > 1 ? 'entries' : 'entry'} first.`;
}

/** The only checklist component that talks to storage: it loads, saves and clears the state. */
export function ChecklistContainer({ store, copyText, today = () => new Date(), handoutsUrl = 'handouts.html' }: Props) {
  const [state, setState] = useState<ChecklistState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  // Weeks fields showing text they rejected: their answers still hold the last valid number.
  const [rejected, setRejected] = useState<readonly WeeksQuestion[]>([]);
  // Bumped by Clear so the form remounts and drops any half-typed text.
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    // Follow other windows (another popup's answers or Clear), so this one never writes an old state back.
    const unwatch = store.watch?.(({ restored, removed, fromHere }) => {
      if (fromHere) return;
      setState(restored.state);
      if (removed) setFormKey((k) => k + 1);
    });
    store.load().then(
      (restored) => { setState(restored.state); setNotice(restored.notice ?? null); },
      () => { setState(EMPTY_STATE); setNotice(SAVE_FAILED); },
    );
    return unwatch;
  }, [store]);

  const outcome = useMemo(() => (state ? evaluate(state.answers) : null), [state?.answers]);
  if (!state || !outcome) return <p class="loading">Loading…</p>;

  const update = (next: ChecklistState) => {
    setState(next);
    setCopy({ kind: 'idle' });
    store.save(next).catch(() => setNotice(SAVE_FAILED));
  };
  const setAnswers = (answers: Answers) => update({ ...state, answers });
  const toggleItem = (id: ReferralItemId, on: boolean) =>
    update({ ...state, included: on ? [...state.included.filter((i) => i !== id), id] : state.included.filter((i) => i !== id) });
  const onRejectedChange = (question: WeeksQuestion, on: boolean) => {
    setRejected((list) => (on ? [...list.filter((q) => q !== question), question] : list.filter((q) => q !== question)));
    setCopy({ kind: 'idle' });
  };
  const onClear = () => {
    setState(EMPTY_STATE);
    setCopy({ kind: 'idle' });
    setRejected([]);
    setNotice(null);
    setFormKey((k) => k + 1);
    store.clear().catch(() => setNotice(SAVE_FAILED));
  };
  const onCopy = () => {
    // Copying the last valid number while the field shows something else would mislead silently.
    if (rejected.length > 0) return setCopy({ kind: 'refused', message: refusal(rejected) });
    const text = summaryFor(state.answers, state.included, today());
    copyText(text).then(() => setCopy({ kind: 'copied' }), () => setCopy({ kind: 'failed', text }));
  };

  const items = itemStatuses(itemsToSend(outcome.kind, state.answers), state.answers, state.included);
  return (
    <div class="layout">
      {notice && (
        <p class="notice" role="alert">
          {notice} <button type="button" class="link" onClick={() => setNotice(null)}>Dismiss</button>
        </p>
      )}
      <div class="form-column">
        <ChecklistForm key={formKey} answers={state.answers} onChange={setAnswers}
          onRejectedChange={onRejectedChange} />
      </div>
      <div class="result-column">
        <OutcomePanel outcome={outcome} />
        <ReferralPanel heading={itemsHeading(outcome.kind)} items={items} onToggle={toggleItem}
          onCopy={onCopy} onClear={onClear} copy={copy} />
        <HandoutLinks suggested={suggestedHandouts(outcome, state.answers)} pageUrl={handoutsUrl} />
      </div>
      <a class="outcome-bar" href="#outcome">Outcome: {OUTCOME_TEXT[outcome.kind].headline}</a>
    </div>
  );
}
