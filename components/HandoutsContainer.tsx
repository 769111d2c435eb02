import { useEffect, useState } from 'preact/hooks';
import { HANDOUTS } from '../content/handouts';
import { PRINT_TITLES } from '../content/handouts/catalog';
import { GRADES } from '../content/handouts/grades';
import { pematScores } from '../content/handouts/pemat';
import { headerCss } from '../content/handouts/print-header';
import { SAFETY_CARD_ID, type PrintId } from '../content/handouts/types';
import { DEFAULT_PROFILE, type Profile } from '../content/referral/profile';
import type { ProfileStore } from '../content/referral/profile-store';
import { DisabledNote } from './DisabledNote';
import { HandoutDoc } from './HandoutDoc';
import { HandoutPicker, type PickerItem } from './HandoutPicker';
import { MissingPhoneBanner } from './MissingPhoneBanner';
import { SafetyCardSheet } from './SafetyCardSheet';
import { TextField } from './TextField';
import { useAdoptedSheet } from './useAdoptedSheet';

interface Props {
  store: ProfileStore;
  initial: { ids: PrintId[]; unknown: number };
  onPrint: () => void;
  settingsUrl: string;
  today?: () => Date;
}

const NAME_MAX = 40;

/** Each handout's PEMAT-P scores: fixed content, scored once. */
const SCORES = new Map(HANDOUTS.map((h) => [h.id, pematScores(h.id)]));

/** The picker's list: fixed content, built once. */
const ITEMS: PickerItem[] = [
  { id: SAFETY_CARD_ID, title: PRINT_TITLES[SAFETY_CARD_ID] },
  ...HANDOUTS.map((h) => ({ id: h.id, title: h.title, grade: GRADES[h.id], scores: SCORES.get(h.id) })),
];

/**
 * The print page. The patient's first name lives only in this component's state: it is never
 * written to storage or the address bar, and is gone when the tab closes.
 */
export function HandoutsContainer({ store, initial, onPrint, settingsUrl, today = () => new Date() }: Props) {
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);
  const [notice, setNotice] = useState<string | null>(
    initial.unknown > 0 ? 'Some requested handouts do not exist and were left out.' : null,
  );
  const [selected, setSelected] = useState<PrintId[]>(initial.ids);
  const [firstName, setFirstName] = useState('');
  const [largePrint, setLargePrint] = useState(false);

  useEffect(() => {
    store.load().then(
      (r) => { setProfile(r.profile); if (r.notice) setNotice(r.notice); },
      () => setNotice('Your settings could not be read; the clinic defaults are shown.'),
    );
  }, [store]);

  const date = today().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const nameError = firstName.length > NAME_MAX ? `Please shorten to ${NAME_MAX} characters or fewer.` : undefined;
  const printedName = nameError ? '' : firstName;
  const chosen = HANDOUTS.filter((h) => selected.includes(h.id));
  const card = selected.includes(SAFETY_CARD_ID);
  const count = chosen.length + (card ? 1 : 0);
  const docs = [...(card ? [{ id: SAFETY_CARD_ID, title: 'Safety card' }] : []), ...chosen.map((h) => ({ id: h.id, title: h.title }))];
  // The running-header rules; the sheet is replaced only when their text changes.
  useAdoptedSheet(headerCss({ docs, clinic: profile.clinic.name, firstName: printedName }));
  const printBlocked = count === 0 ? 'Choose at least one handout to print.' : nameError ? 'Shorten the first name to print.' : null;

  return (
    <>
      <div class="controls no-print">
        {notice && <p class="notice" role="alert">{notice}</p>}
        <MissingPhoneBanner profile={profile} settingsUrl={settingsUrl} />
        <HandoutPicker items={ITEMS} selected={selected} onChange={setSelected} />
        <TextField id="patient-first-name" label="Patient’s first name (optional)" value={firstName}
          onInput={setFirstName} error={nameError} autoComplete="off"
          hint="Printed on the handouts only. It is never saved and is gone when you close this tab." />
        <label class="option">
          <input type="checkbox" checked={largePrint} onChange={(e) => setLargePrint(e.currentTarget.checked)} />
          <span>Large print (16 pt)</span>
        </label>
        <p class="hint">
          Your details and the clinic’s come from <a href={settingsUrl} target="_blank" rel="noopener">settings</a>.
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={onPrint} disabled={Boolean(printBlocked)} aria-describedby={printBlocked ? 'print-why' : undefined}>
            Print {count === 1 ? '1 handout' : `${count} handouts`}
          </button>
          <DisabledNote id="print-why" why={printBlocked} />
        </div>
        <p class="hint print-hint">
          In the print dialog, open “More settings” and untick “Headers and footers”: the handouts carry their own
          header and page numbers, and the browser’s would add this page’s address. You can also choose “Save as PDF”.
        </p>
      </div>
      <div class={`documents${largePrint ? ' large-print' : ''}`}>
        {count === 0 && <p class="no-print empty">Choose at least one handout above.</p>}
        {card && <SafetyCardSheet profile={profile} patientFirstName={printedName} date={date} />}
        {chosen.map((h) => (
          <HandoutDoc key={h.id} handout={h} profile={profile} patientFirstName={printedName} date={date} scores={SCORES.get(h.id)} />
        ))}
      </div>
    </>
  );
}
