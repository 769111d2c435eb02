import { ENCLOSURES, type EnclosureId } from '../content/letter/enclosures';
import type { LetterPatient, Problem } from '../content/letter/letter-model';
import { PAGE_SIZES, PAGE_SIZE_IDS, type PageSize } from '../content/letter/page-size';
import type { PatientErrors } from '../content/referral/patient';
import { TextField } from './TextField';

export interface LetterChoices {
  size: PageSize;
  enclosures: EnclosureId[];
  /** As typed; parsed by the container. */
  enclosurePages: string;
  cover: boolean;
}

interface Props {
  notices: readonly string[];
  problems: readonly Problem[];
  patient: LetterPatient;
  patientErrors: PatientErrors;
  onPatient: (p: LetterPatient) => void;
  choices: LetterChoices;
  pagesError?: string | undefined;
  onChoices: (c: LetterChoices) => void;
  letterPages: number | null;
  canPrint: boolean;
  onPrint: () => void;
  settingsUrl: string;
}

/** The print page's form: patient, paper, enclosures, cover; the banners that say what is missing. */
export function LetterControls(p: Props) {
  const { choices: c } = p;
  const set = (next: Partial<LetterChoices>) => p.onChoices({ ...c, ...next });
  const toggle = (id: EnclosureId, on: boolean) =>
    set({ enclosures: on ? [...c.enclosures.filter((e) => e !== id), id] : c.enclosures.filter((e) => e !== id) });
  const what = c.cover ? 'fax cover and letter' : 'letter';
  return (
    <div class="controls no-print">
      {p.notices.map((n) => <p key={n} class="notice" role="alert">{n}</p>)}
      {p.problems.length > 0 && (
        <div class="notice banners" data-problems={p.problems.map((x) => x.id).join(' ')}>
          <p><strong>Before you print:</strong></p>
          <ul>{p.problems.map((x) => <li key={x.id}>{x.message}</li>)}</ul>
          <p>Your details and the clinic’s come from <a href={p.settingsUrl} target="_blank" rel="noopener">settings</a>.</p>
        </div>
      )}

      <fieldset class="box">
        <legend>Patient</legend>
        <p class="hint">From the popup’s patient details for this session. Changes here stay on this page: they are never saved, and are gone when you close the tab.</p>
        <div class="row">
          <TextField id="letter-first" label="First name" value={p.patient.firstName} error={p.patientErrors.firstName}
            onInput={(v) => p.onPatient({ ...p.patient, firstName: v })} />
          <TextField id="letter-last" label="Last name" value={p.patient.lastName} error={p.patientErrors.lastName}
            onInput={(v) => p.onPatient({ ...p.patient, lastName: v })} />
          <TextField id="letter-dob" label="Date of birth" type="date" value={p.patient.dob} error={p.patientErrors.dob}
            onInput={(v) => p.onPatient({ ...p.patient, dob: v })} />
        </div>
      </fieldset>

      <fieldset class="box">
        <legend>Enclosed with the letter</legend>
        <p class="hint">Ticked items are listed in the letter. Items you marked as included in the checklist start ticked.</p>
        <ul class="checks">
          {ENCLOSURES.map((e) => (
            <li key={e.id}>
              <label class="option">
                <input type="checkbox" checked={c.enclosures.includes(e.id)} onChange={(ev) => toggle(e.id, ev.currentTarget.checked)} />
                <span>{e.label}</span>
              </label>
            </li>
          ))}
        </ul>
        {c.enclosures.length > 0 && (
          <TextField id="enclosure-pages" label="Pages of enclosures" inputMode="numeric" size={5} value={c.enclosurePages}
            error={p.pagesError} alert onInput={(v) => set({ enclosurePages: v })}
            hint="For the page count on the fax cover. Leave empty to write the total in by hand." />
        )}
      </fieldset>

      <fieldset class="box">
        <legend>Paper size</legend>
        <div class="options">
          {PAGE_SIZE_IDS.map((id) => (
            <label key={id} class="option">
              <input type="radio" name="paper" value={id} checked={c.size === id} onChange={() => set({ size: id })} />
              <span>{PAGE_SIZES[id].label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <label class="option">
        <input type="checkbox" checked={c.cover} onChange={(ev) => set({ cover: ev.currentTarget.checked })} />
        <span>Print a fax cover sheet before the letter</span>
      </label>

      <div class="actions">
        <button type="button" class="primary" onClick={p.onPrint} disabled={!p.canPrint}>Print {what}</button>
      </div>
      <p class="hint" role="status">
        {p.letterPages === null ? 'Laying out the letter…' : `The letter is ${p.letterPages} page${p.letterPages === 1 ? '' : 's'} on ${PAGE_SIZES[c.size].label}.`}
        {' '}In the print dialog keep the scale at 100% (“Default”); “Save as PDF” also works.
      </p>
    </div>
  );
}
