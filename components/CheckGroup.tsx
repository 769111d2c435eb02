import type { Choice } from '../content/checklist/questions';

interface Props<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
  hint?: string;
  /** Used to build a hint id. */
  name: string;
}

/** Checkboxes in a fieldset; the value is the ticked ids, in the order of `choices`. */
export function CheckGroup<V extends string>({ legend, choices, values, onChange, hint, name }: Props<V>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const toggle = (value: V, on: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <fieldset class="group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && <p class="hint" id={hintId}>{hint}</p>}
      <div class="options">
        {choices.map((c) => (
          <label key={c.value} class="option">
            <input
              type="checkbox"
              name={name}
              value={c.value}
              checked={values.includes(c.value)}
              onChange={(e) => toggle(c.value, e.currentTarget.checked)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
