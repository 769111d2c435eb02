import { render } from 'preact';
import { FormOrigins } from '../../components/FormOrigins';
import { SettingsContainer } from '../../components/SettingsContainer';
import { localPrefillSettingsStore } from '../../content/prefill/settings-store';
import { localProfileStore } from '../../content/referral/profile-store';
import { enforcePatientLimit } from '../../content/referral/patient-limit';
import '../../components/page.css';

// Patient details past their 30 idle minutes are removed as any extension page loads (issue 9).
void enforcePatientLimit();

render(
  <>
    <SettingsContainer store={localProfileStore} />
    <FormOrigins store={localPrefillSettingsStore} />
  </>,
  document.getElementById('app')!,
);
