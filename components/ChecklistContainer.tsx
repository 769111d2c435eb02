import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers } from '../content/checklist/answers';
import { clearCopiedNote, noteFingerprint, type ClipboardClear } from '../content/checklist/clipboard';
import { outcomeText } from '../content/checklist/outcome-text';
import type { ReferralItemId } from '../content/checklist/referral-items';
import { evaluate } from '../content/checklist/rules';
import { selectionQuery, suggestedHandouts } from '../content/handouts/suggested';
import { EMPTY_STATE, type ChecklistState } from '../content/referral/checklist-state';
import type { ChecklistStore } from '../content/referral/checklist-store';
import { ChecklistForm } from './ChecklistForm';
import { OUTCOME_ICON, OutcomePanel, preloadReasons } from './OutcomePanel';
import { CopyStatus, type CopyState } from './CopyStatus';
import { LoadFailed } from './LoadFailed';
import { lazyModule } from './useModule';

// The completeness check is read after the outcome: it loads just after the popup opens.
const useReferralCheck = lazyModule(() => import('./ReferralPanel'));

interface Props {
  store: ChecklistStore;
  /** Writes text to the clipboard; rejects when the browser refuses. */
  copyText: (text: string) => Promise<void>;
  /** Reads the clipboard, only to compare it with the note copied from here; may reject. */
  readText?: () => Promise<string>;
  today?: () => Date;
  /** Address of the handouts print page. */
  handoutsUrl?: string;
  /** How long Undo stays offered after Clear. */
  undoMs?: number;
}

const SAVE_FAILED = 'Answers could not be kept for this session; they will be lost when the popup closes.';
const UNDO_MS = 10_000;
const refuseRead = () => Promise.reject(new Error('not allowed'));

/** Why copying is refused while fields hold rejected text: the note would show the old values. */
function refusal(rejected: readonly string[]): string {
  return `Not copied: fix the ${rejected.join(' and ')} ${rejected.length > 1 ? 'entries' : 'entry'} first.`;
}

const CLIPBOARD_LINE: Record<ClipboardClear, string> = {
  'nothing-copied': '',
  cleared: ' The copied note was removed from the clipboard.',
  'not-ours': ' The clipboard holds something else now and was left alone.',
  failed: ' The clipboard could not be emptied: copy something else over the note.',
};

/** The only checklist component that talks to storage: it loads, saves and clears the state. */
export function ChecklistContainer({ store, copyText, readText = refuseRead, today = () => new Date(), handoutsUrl = 'handouts.html', undoMs = UNDO_MS }: Props) {
  const [state, setState] = useState<ChecklistState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  // Fields showing text they rejected (by name): their answers still hold the last valid value.
  const [rejected, setRejected] = useState<readonly string[]>([]);
  // Bumped by Clear and Undo so the form remounts and drops any half-typed text.
  const [formKey, setFormKey] = useState(0);
  // After Clear: the answers as they were, offered back for a few seconds.
  const [undo, setUndo] = useState<{ previous: ChecklistState; message: string } | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

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
    return () => {
      unwatch?.();
      if (undoTimer.current) clearTimeout(undoTimer.current);
    };
  }, [store]);

  const outcome = useMemo(() => (state ? evaluate(state.answers) : null), [state?.answers]);
  const check = useReferralCheck();
  if (!state || !outcome) return <p class="loading">Loading…</p>;

  const update = (next: ChecklistState) => {
    setState(next);
    setCopy({ kind: 'idle' });
    store.save(next).catch(() => setNotice(SAVE_FAILED));
  };
  const setAnswers = (answers: Answers) => update({ ...state, answers });
  const toggleItem = (id: ReferralItemId, on: boolean) =>
    update({ ...state, included: on ? [...state.included.filter((i) => i !== id), id] : state.included.filter((i) => i !== id) });
  const onRejectedChange = (name: string, on: boolean) => {
    setRejected((list) => (on ? [...list.filter((q) => q !== name), name] : list.filter((q) => q !== name)));
    setCopy({ kind: 'idle' });
  };
  const onClear = async () => {
    const previous = state;
    setState(EMPTY_STATE);
    setCopy({ kind: 'idle' });
    setRejected([]);
    setNotice(null);
    setFormKey((k) => k + 1);
    store.clear().catch(() => setNotice(SAVE_FAILED));
    const clip = await clearCopiedNote({ write: copyText, read: readText }, previous.copied);
    setUndo({ previous: { ...previous, copied: null }, message: `Answers cleared.${CLIPBOARD_LINE[clip]}` });
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndo(null), undoMs);
  };
  const onUndo = () => {
    if (!undo) return;
    if (undoTimer.current) clearTimeout(undoTimer.current);
    update(undo.previous);
    setFormKey((k) => k + 1);
    setUndo(null);
  };
  const onCopy = async () => {
    // Copying the last valid value while a field shows something else would mislead silently.
    if (rejected.length > 0) return setCopy({ kind: 'refused', message: refusal(rejected) });
    // The note's code loads on first use, to keep the popup small at open.
    const { referralNote } = await import('../content/checklist/referral-note');
    const text = referralNote(state.answers, outcome, state.included, today());
    try {
      await copyText(text);
    } catch {
      return setCopy({ kind: 'failed', text });
    }
    const copied = await noteFingerprint(text);
    const next = { ...state, copied };
    setState(next);
    store.save(next).catch(() => setNotice(SAVE_FAILED));
    setCopy({ kind: 'copied' });
  };

  const handouts = suggestedHandouts(outcome, state.answers);
  const printLink = handouts.length > 0 && (
    <a class="button-link" href={`${handoutsUrl}${selectionQuery(handouts)}`} target="_blank" rel="noopener">
      Print suggested handouts
    </a>
  );
  const actions = (
    <>
      <button type="button" class="primary" onClick={onCopy}>Copy referral note</button>
      {printLink || <span class="hint">No handouts suggested for this outcome.</span>}
      <button type="button" class="secondary" onClick={onClear}>Clear</button>
    </>
  );
  const status = (
    <>
      <CopyStatus copy={copy} />
      {undo && (
        <p class="undo" role="status">
          {undo.message} <button type="button" class="link" onClick={onUndo}>Undo</button>
        </p>
      )}
    </>
  );
  return (
    <div class="layout" data-outcome={outcome.kind}>
      {notice && (
        <p class="notice" role="alert">
          {notice} <button type="button" class="link" onClick={() => setNotice(null)}>Dismiss</button>
        </p>
      )}
      {/* The first touch of a question loads the reasons, which the next outcome will likely have. */}
      <div class="form-column" onFocusIn={preloadReasons} onPointerDown={preloadReasons}>
        <ChecklistForm key={formKey} answers={state.answers} onChange={setAnswers}
          onRejectedChange={onRejectedChange} today={today} />
      </div>
      <div class="result-column">
        <OutcomePanel outcome={outcome} actions={actions} status={status} />
        {check === 'failed' ? <LoadFailed /> : check && <check.ReferralCheck kind={outcome.kind} answers={state.answers} included={state.included} onToggle={toggleItem} />}
      </div>
      <div class="outcome-bar" data-outcome={outcome.kind}>
        <a href="#outcome">
          <span class="outcome-icon" aria-hidden="true">{OUTCOME_ICON[outcome.kind]}</span>{' '}
          {outcomeText(outcome).headline}
        </a>
        <button type="button" class="primary" onClick={onCopy}>Copy note</button>
      </div>
    </div>
  );
}
