import { useState } from 'preact/hooks';
import './prefill.css';
import { fieldId, type FieldRecord } from '../content/prefill/field';
import type { Plan, PlanItem, PlanSkip } from '../content/prefill/match';
import { LONG_VALUE, PLAN_GROUPS, count, groupOf, planReason, preview, valueWords } from '../content/prefill/plan-words';
import type { CorrectionValue } from '../content/prefill/settings';
import { TARGETS, TARGET_LABELS } from '../content/prefill/targets';

interface Props {
  plan: Plan;
  fields: readonly FieldRecord[];
  corrections: Readonly<Record<string, CorrectionValue>>;
  onCorrect: (fieldId: string, value: CorrectionValue | null) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "This field is…": lets the user correct a match; saved for this site. */
function CorrectionSelect({ field, value, onCorrect }: { field: FieldRecord; value: CorrectionValue | undefined; onCorrect: Props['onCorrect'] }) {
  const id = `fix-${field.key}`;
  return (
    <span class="fix">
      <label for={id} class="visually-hidden">This field is</label>
      <select id={id} value={value ?? ''} onChange={(e) => onCorrect(fieldId(field), (e.currentTarget.value || null) as CorrectionValue | null)}>
        <option value="">Automatic</option>
        <option value="none">Never fill</option>
        {TARGETS.map((t) => <option key={t} value={t}>{TARGET_LABELS[t]}</option>)}
      </select>
    </span>
  );
}

/** A value shown whole; a long one (notes) folded to its start, whole on demand. */
function Value({ item }: { item: PlanItem }) {
  const text = valueWords(item.value);
  if (text.length <= LONG_VALUE) return <span class="plan-value">{text}</span>;
  return (
    <details class="plan-value">
      <summary>{preview(text)} <span class="hint">(show all {text.length} characters)</span></summary>
      {text}
    </details>
  );
}

/** What will be filled and what will not, before anything is written. */
export function PlanView({ plan, fields, corrections, onCorrect, onConfirm, onCancel }: Props) {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  // Correction menus stay out of the way until asked for (or once a correction exists).
  const [correcting, setCorrecting] = useState(Object.keys(corrections).length > 0);
  const fix = (key: number) => {
    const f = byKey.get(key);
    return correcting && f && fieldId(f) ? <CorrectionSelect field={f} value={corrections[fieldId(f)]} onCorrect={onCorrect} /> : null;
  };
  const skipLine = (s: PlanSkip) => (
    <li key={s.key} data-key={s.key}>
      <span class="plan-label">{s.label}{s.required && <span class="plan-tag">Required</span>}</span>
      <span class="reason">{planReason(s.reason)}</span> {fix(s.key)}
    </li>
  );
  // Required fields that will stay empty come first: the clinic's form will refuse to send without them.
  const requiredEmpty = plan.skip.filter((s) => s.required);
  const otherSkips = plan.skip.filter((s) => !s.required);
  const n = plan.fill.length;
  return (
    <section class="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Check before filling</h2>
      <p class="hint">Nothing has been written yet. Nothing will be submitted: you press the form’s own Submit button.</p>
      {requiredEmpty.length > 0 && (
        <div class="plan-warning" role="note" aria-labelledby="required-title">
          <h3 id="required-title">{count(requiredEmpty.length, 'required field')} will stay empty</h3>
          <p>Fill {requiredEmpty.length === 1 ? 'it' : 'them'} on the page yourself before sending.</p>
          <ul class="plan-list">{requiredEmpty.map(skipLine)}</ul>
        </div>
      )}
      <h3>Will fill {count(n, 'field')}</h3>
      {n === 0 && <p>No field on this page matched your details.</p>}
      {PLAN_GROUPS.map(({ id, title }) => {
        const items = plan.fill.filter((i) => groupOf(i.target) === id);
        return items.length === 0 ? null : (
          <section key={id} class="plan-group" aria-label={title} data-group={id}>
            <h3>{title}</h3>
            <ul class="plan-list">
              {items.map((i) => (
                <li key={i.key} data-key={i.key}><span class="plan-label">{i.label}</span> <Value item={i} /> {fix(i.key)}</li>
              ))}
            </ul>
          </section>
        );
      })}
      {otherSkips.length > 0 && (
        <details class="plan-group plan-skipped">
          <summary>Left empty on purpose ({otherSkips.length})</summary>
          <ul class="plan-list">{otherSkips.map(skipLine)}</ul>
        </details>
      )}
      {plan.attach.length > 0 && <p><strong>Attach yourself:</strong> {plan.attach.join('; ')}</p>}
      {plan.frames.length > 0 && (
        <p>This page also shows content from {plan.frames.join(', ')} in a frame, which cannot be filled from here. If part of the referral form is there, open it directly.</p>
      )}
      <div class="plan-bar actions">
        <button type="button" class="primary" onClick={onConfirm} disabled={n === 0} aria-describedby={n === 0 ? 'fill-none' : undefined}>
          Fill {count(n, 'field')}
        </button>
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="button" aria-pressed={correcting} onClick={() => setCorrecting(!correcting)}>Correct a match</button>
        {n === 0 && <p id="fill-none" class="disabled-note">Nothing to fill: correct a match, or add details first.</p>}
      </div>
    </section>
  );
}
