import type { Choice } from '../content/checklist/questions';
import { OptionFieldset } from './OptionFieldset';

interface Props<V extends string> {
  /** Name shared by the checkboxes; also builds the hint id. */
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
  hint?: string;
}

/** Checkboxes in a fieldset; the value is the ticked ids, in the order of `choices`. */
export function CheckGroup<V extends string>({ name, legend, choices, values, onChange, hint }: Props<V>) {
  const toggle = (value: V, on: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <OptionFieldset name={name} legend={legend} hint={hint}>
      {choices.map((c) => (
        <label key={c.value} class="option">
          <input type="checkbox" name={name} value={c.value} checked={values.includes(c.value)}
            onChange={(e) => toggle(c.value, e.currentTarget.checked)} />
          <span>{c.label}</span>
        </label>
      ))}
    </OptionFieldset>
  );
}
