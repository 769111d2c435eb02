import type { HandoutId } from '../content/handouts/types';

export interface PickerItem {
  id: HandoutId;
  title: string;
  /** Flesch–Kincaid grade of the handout body. */
  grade: number;
}

interface Props {
  items: readonly PickerItem[];
  selected: readonly HandoutId[];
  onChange: (ids: HandoutId[]) => void;
}

/** Checkboxes for the handouts, each with its reading grade. */
export function HandoutPicker({ items, selected, onChange }: Props) {
  const toggle = (id: HandoutId, on: boolean) =>
    onChange(items.map((i) => i.id).filter((x) => (x === id ? on : selected.includes(x))));
  return (
    <fieldset class="picker">
      <legend>Handouts to print</legend>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <label class="option">
              <input type="checkbox" checked={selected.includes(i.id)} onChange={(e) => toggle(i.id, e.currentTarget.checked)} />
              <span>{i.title} <span class="grade">(reading grade {i.grade.toFixed(1)})</span></span>
            </label>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={() => onChange(items.map((i) => i.id))}>Select all</button>
        <button type="button" onClick={() => onChange([])}>Select none</button>
      </div>
    </fieldset>
  );
}
