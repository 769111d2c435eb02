import type { Profile } from '../content/referral/profile';

/** Which phone numbers a patient would need and the settings do not hold yet. */
function missingPhones(profile: Profile): string[] {
  const out: string[] = [];
  if (!profile.clinic.phone.trim()) out.push('the clinic’s phone');
  if (!profile.referrer.phone.trim()) out.push('your phone');
  return out;
}

interface Props {
  profile: Profile;
  /** Link to settings; omitted on the settings page itself. */
  settingsUrl?: string;
}

/**
 * Shown on the print page and in settings: without a phone number a handout cannot tell the
 * patient whom to call. Never printed.
 */
export function MissingPhoneBanner({ profile, settingsUrl }: Props) {
  const missing = missingPhones(profile);
  if (missing.length === 0) return null;
  return (
    <p class="notice no-print missing-phone" role="status">
      Handouts will print without {missing.join(' or ')}, so patients will not know whom to call.{' '}
      {settingsUrl ? <>Add {missing.length > 1 ? 'them' : 'it'} in <a href={settingsUrl} target="_blank" rel="noopener">settings</a>.</> : <>Add {missing.length > 1 ? 'them' : 'it'} below and save.</>}
    </p>
  );
}
