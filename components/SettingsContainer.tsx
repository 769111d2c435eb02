import { useEffect, useState } from 'preact/hooks';
import { hasErrors, trimProfile, validateProfile, type Profile, type ProfileErrors } from '../content/referral/profile';
import type { ProfileStore } from '../content/referral/profile-store';
import { MissingPhoneBanner } from './MissingPhoneBanner';
import { SettingsForm, type SaveStatus } from './SettingsForm';

const NO_ERRORS: ProfileErrors = { referrer: {}, clinic: {} };

/** Loads and saves the profile; an invalid profile is never saved. */
export function SettingsContainer({ store }: { store: ProfileStore }) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<ProfileErrors>(NO_ERRORS);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    store.load().then((r) => { setProfile(r.profile); setNotice(r.notice ?? null); });
  }, [store]);
  // After a refused save, move focus to the first field that needs fixing.
  useEffect(() => {
    if (status.kind === 'invalid') document.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [status]);
  if (!profile) return <p>Loading…</p>;

  const onChange = (next: Profile) => {
    setProfile(next);
    setStatus({ kind: 'idle' });
    // Once a field has shown an error, re-check as the user types so the message clears promptly.
    if (hasErrors(errors)) setErrors(validateProfile(trimProfile(next)));
  };
  const onSave = () => {
    const trimmed = trimProfile(profile);
    const found = validateProfile(trimmed);
    setErrors(found);
    if (hasErrors(found)) {
      setStatus({ kind: 'invalid', count: Object.keys(found.referrer).length + Object.keys(found.clinic).length });
      return;
    }
    setProfile(trimmed);
    store.save(trimmed).then(() => setStatus({ kind: 'saved' }), () => setStatus({ kind: 'failed' }));
  };

  return (
    <>
      {notice && <p class="notice" role="alert">{notice}</p>}
      <MissingPhoneBanner profile={profile} />
      <SettingsForm profile={profile} errors={errors} status={status} onChange={onChange} onSave={onSave} />
    </>
  );
}
