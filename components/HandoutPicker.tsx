import type { PrintId } from '../content/handouts/types';

export interface PickerItem {
  id: PrintId;
  title: string;
  /** Flesch–Kincaid and SMOG grades of the handout body (absent for the safety card). */
  grade?: { fk: number; smog: number };
  /** PEMAT-P understandability and actionability, in percent. */
  scores?: { understandability: number; actionability: number };
}

interface Props {
  items: readonly PickerItem[];
  selected: readonly PrintId[];
  onChange: (ids: PrintId[]) => void;
}

/** Checkboxes for the handouts, each with its reading grades and PEMAT-P scores. */
export function HandoutPicker({ items, selected, onChange }: Props) {
  const toggle = (id: PrintId, on: boolean) =>
    onChange(items.map((i) => i.id).filter((x) => (x === id ? on : selected.includes(x))));
  return (
    <fieldset class="picker">
      <legend>Handouts to print</legend>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <label class="option">
              <input type="checkbox" checked={selected.includes(i.id)} onChange={(e) => toggle(i.id, e.currentTarget.checked)} />
              <span>{i.title}{i.grade && (
                <span class="grade"> (reading grade {i.grade.fk.toFixed(1)} Flesch–Kincaid, {i.grade.smog.toFixed(1)} SMOG
                  {i.scores && <>; PEMAT-P {i.scores.understandability}% understandable, {i.scores.actionability}% actionable</>})</span>
              )}</span>
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
