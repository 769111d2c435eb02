import type { Choice } from '../content/checklist/questions';
import { OptionFieldset } from './OptionFieldset';

interface Props<V extends string> {
  /** Unique name for the radio group. */
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  hint?: string;
}

/** A row of radio buttons in a fieldset; arrow keys move between options as usual. */
export function ChoiceGroup<V extends string>({ name, legend, choices, value, onChange, hint }: Props<V>) {
  return (
    <OptionFieldset name={name} legend={legend} hint={hint}>
      {choices.map((c) => (
        <label key={c.value} class="option">
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          <span>{c.label}</span>
        </label>
      ))}
    </OptionFieldset>
  );
}
