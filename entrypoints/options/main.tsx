import { render } from 'preact';
import { FormOrigins } from '../../components/FormOrigins';
import { SettingsContainer } from '../../components/SettingsContainer';
import { localPrefillSettingsStore } from '../../content/prefill/settings-store';
import { localProfileStore } from '../../content/referral/profile-store';
import '../../components/page.css';

render(
  <>
    <SettingsContainer store={localProfileStore} />
    <FormOrigins store={localPrefillSettingsStore} />
  </>,
  document.getElementById('app')!,
);
