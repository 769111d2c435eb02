import { useEffect, useState } from 'preact/hooks';
import { HANDOUTS } from '../content/handouts';
import { GRADES } from '../content/handouts/grades';
import type { HandoutId } from '../content/handouts/types';
import { DEFAULT_PROFILE, type Profile } from '../content/referral/profile';
import type { ProfileStore } from '../content/referral/profile-store';
import { DisabledNote } from './DisabledNote';
import { HandoutDoc } from './HandoutDoc';
import { HandoutPicker } from './HandoutPicker';
import { TextField } from './TextField';

interface Props {
  store: ProfileStore;
  initial: { ids: HandoutId[]; unknown: number };
  onPrint: () => void;
  settingsUrl: string;
  today?: () => Date;
}

const NAME_MAX = 40;

/**
 * The print page. The patient's first name lives only in this component's state: it is never
 * written to storage or the address bar, and is gone when the tab closes.
 */
/** The picker's list: fixed content, built once. */
const ITEMS = HANDOUTS.map((h) => ({ id: h.id, title: h.title, grade: GRADES[h.id] }));

export function HandoutsContainer({ store, initial, onPrint, settingsUrl, today = () => new Date() }: Props) {
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);
  const [notice, setNotice] = useState<string | null>(
    initial.unknown > 0 ? 'Some requested handouts do not exist and were left out.' : null,
  );
  const [selected, setSelected] = useState<HandoutId[]>(initial.ids);
  const [firstName, setFirstName] = useState('');

  useEffect(() => {
    store.load().then(
      (r) => { setProfile(r.profile); if (r.notice) setNotice(r.notice); },
      () => setNotice('Your settings could not be read; the clinic defaults are shown.'),
    );
  }, [store]);

  const date = today().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const nameError = firstName.length > NAME_MAX ? `Please shorten to ${NAME_MAX} characters or fewer.` : undefined;
  const chosen = HANDOUTS.filter((h) => selected.includes(h.id));
  const printBlocked = chosen.length === 0 ? 'Choose at least one handout to print.' : nameError ? 'Shorten the first name to print.' : null;

  return (
    <>
      <div class="controls no-print">
        {notice && <p class="notice" role="alert">{notice}</p>}
        <HandoutPicker items={ITEMS} selected={selected} onChange={setSelected} />
        <TextField id="patient-first-name" label="Patient’s first name (optional)" value={firstName}
          onInput={setFirstName} error={nameError} autoComplete="off"
          hint="Printed on the handouts only. It is never saved and is gone when you close this tab." />
        <p class="hint">
          Your details and the clinic’s come from <a href={settingsUrl} target="_blank" rel="noopener">settings</a>.
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={onPrint} disabled={Boolean(printBlocked)} aria-describedby={printBlocked ? 'print-why' : undefined}>
            Print {chosen.length === 1 ? '1 handout' : `${chosen.length} handouts`}
          </button>
          <DisabledNote id="print-why" why={printBlocked} />
        </div>
        <p class="hint">In the print dialog you can also choose “Save as PDF”.</p>
      </div>
      <div class="documents">
        {chosen.length === 0 && <p class="no-print empty">Choose at least one handout above.</p>}
        {chosen.map((h) => (
          <HandoutDoc key={h.id} handout={h} profile={profile} patientFirstName={nameError ? '' : firstName} date={date} />
        ))}
      </div>
    </>
  );
}
