import { useState } from 'preact/hooks';
import { fieldId, type FieldRecord } from '../content/prefill/field';
import type { Plan } from '../content/prefill/match';
import type { CorrectionValue } from '../content/prefill/settings';
import { TARGETS, TARGET_LABELS } from '../content/prefill/targets';
import type { FieldValue } from '../content/prefill/values';

interface Props {
  plan: Plan;
  fields: readonly FieldRecord[];
  corrections: Readonly<Record<string, CorrectionValue>>;
  onCorrect: (fieldId: string, value: CorrectionValue | null) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const shown = (v: FieldValue) => ('checked' in v ? '✓ tick' : v.text.length > 70 ? `${v.text.slice(0, 70)}…` : v.text);

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

/** What will be filled and what will not, before anything is written. */
export function PlanView({ plan, fields, corrections, onCorrect, onConfirm, onCancel }: Props) {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  // Correction menus stay out of the way until asked for (or once a correction exists).
  const [correcting, setCorrecting] = useState(Object.keys(corrections).length > 0);
  const fix = (key: number) => {
    const f = byKey.get(key);
    return correcting && f && fieldId(f) ? <CorrectionSelect field={f} value={corrections[fieldId(f)]} onCorrect={onCorrect} /> : null;
  };
  return (
    <section class="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Check before filling</h2>
      <p class="hint">Nothing has been written yet. Nothing will be submitted: you press the form’s own Submit button.</p>
      <h3>Will fill ({plan.fill.length})</h3>
      <ul class="plan-list">
        {plan.fill.map((i) => (
          <li key={i.key} data-key={i.key}><span class="plan-label">{i.label}</span> <span class="plan-value">{shown(i.value)}</span> {fix(i.key)}</li>
        ))}
      </ul>
      {plan.skip.length > 0 && (
        <>
          <h3>Left empty ({plan.skip.length})</h3>
          <ul class="plan-list">
            {plan.skip.map((s) => (
              <li key={s.key} data-key={s.key}>
                <span class="plan-label">{s.label}{s.required && ' (required)'}</span> <span class="reason">{s.reason}</span> {fix(s.key)}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.attach.length > 0 && <p><strong>Attach yourself:</strong> {plan.attach.join('; ')}</p>}
      {plan.frames.length > 0 && (
        <p>This page also shows content from {plan.frames.join(', ')} in a frame, which cannot be filled from here. If part of the referral form is there, open it directly.</p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onConfirm} disabled={plan.fill.length === 0}>Fill {plan.fill.length} fields</button>
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="button" aria-pressed={correcting} onClick={() => setCorrecting(!correcting)}>Correct a match</button>
      </div>
    </section>
  );
}
