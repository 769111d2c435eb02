import type { Clinic, Profile, ProfileErrors, Referrer } from '../content/referral/profile';
import { TextField } from './TextField';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'failed' };

interface Props {
  profile: Profile;
  errors: ProfileErrors;
  status: SaveStatus;
  onChange: (profile: Profile) => void;
  onSave: () => void;
}

type FieldSpec<K extends string> = { key: K; label: string; type?: 'text' | 'email' | 'tel' | 'url'; autoComplete?: string; hint?: string };

const REFERRER_FIELDS: FieldSpec<keyof Referrer>[] = [
  { key: 'name', label: 'Your name', autoComplete: 'name' },
  { key: 'credentials', label: 'Credentials', hint: 'For example PT, DPT.' },
  { key: 'practice', label: 'Practice', autoComplete: 'organization' },
  { key: 'phone', label: 'Phone', type: 'tel', autoComplete: 'tel' },
  { key: 'fax', label: 'Fax', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  { key: 'npi', label: 'NPI', hint: '10 digits; the last one is a check digit.' },
];

const CLINIC_FIELDS: FieldSpec<keyof Clinic>[] = [
  { key: 'name', label: 'Clinic name' },
  { key: 'website', label: 'Clinic website', type: 'url', hint: 'Printed on handouts and as a QR code.' },
  { key: 'phone', label: 'Clinic phone', type: 'tel', hint: 'Not published in our sources: add it if you know it.' },
  { key: 'fax', label: 'Clinic fax', type: 'tel' },
];

/** The referrer profile and clinic details; no storage calls here. */
export function SettingsForm({ profile, errors, status, onChange, onSave }: Props) {
  const setReferrer = (key: keyof Referrer) => (value: string) =>
    onChange({ ...profile, referrer: { ...profile.referrer, [key]: value } });
  const setClinic = (key: keyof Clinic) => (value: string) =>
    onChange({ ...profile, clinic: { ...profile.clinic, [key]: value } });

  return (
    <form class="settings" noValidate onSubmit={(e) => { e.preventDefault(); onSave(); }}>
      <fieldset>
        <legend>About you (printed on handouts)</legend>
        {REFERRER_FIELDS.map((f) => (
          <TextField key={f.key} id={`referrer-${f.key}`} label={f.label} type={f.type} autoComplete={f.autoComplete}
            hint={f.hint} value={profile.referrer[f.key]} error={errors.referrer[f.key]} onInput={setReferrer(f.key)} />
        ))}
      </fieldset>
      <fieldset>
        <legend>The clinic</legend>
        {CLINIC_FIELDS.map((f) => (
          <TextField key={f.key} id={`clinic-${f.key}`} label={f.label} type={f.type} hint={f.hint}
            value={profile.clinic[f.key]} error={errors.clinic[f.key]} onInput={setClinic(f.key)} />
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">Save settings</button>
      </div>
      <p role="status" class="save-status">
        {status.kind === 'saved' && 'Settings saved.'}
        {status.kind === 'invalid' && `Not saved: ${status.count} field${status.count === 1 ? ' needs' : 's need'} fixing (see the messages above).`}
        {status.kind === 'failed' && 'Not saved: the browser refused to store the settings.'}
      </p>
    </form>
  );
}
