import { PrefillContainer } from '../../components/PrefillContainer';
import { localPrefillSettingsStore } from '../../content/prefill/settings-store';
import { browserTabAccess } from '../../content/prefill/tab-access';
import { sessionChecklistStore } from '../../content/referral/checklist-store';
import { sessionPatientStore } from '../../content/referral/patient-store';
import { localProfileStore } from '../../content/referral/profile-store';

// Wiring for the Referral form tab, loaded only when that tab is first opened.
const stores = {
  patient: sessionPatientStore,
  settings: localPrefillSettingsStore,
  profile: localProfileStore,
  checklist: sessionChecklistStore,
};

const tabs = browserTabAccess(location.search);

export function PrefillPanel() {
  return <PrefillContainer stores={stores} tabs={tabs} />;
}
