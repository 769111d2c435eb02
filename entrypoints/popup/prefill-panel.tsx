import { PrefillContainer } from '../../components/PrefillContainer';
import { localPrefillSettingsStore } from '../../content/prefill/settings-store';
import { browserTabAccess } from '../../content/prefill/tab-access';
import { CHECKLIST_KEY, sessionChecklistStore } from '../../content/referral/checklist-store';
import { sessionPatientStore } from '../../content/referral/patient-store';
import { PROFILE_KEY, localProfileStore } from '../../content/referral/profile-store';
import { watchStored } from '../../content/referral/stored-item';

// Wiring for the Referral form tab, loaded only when that tab is first opened.
const stores = {
  patient: sessionPatientStore,
  settings: localPrefillSettingsStore,
  profile: localProfileStore,
  checklist: sessionChecklistStore,
  // A plan is built from the checklist and profile too: a change to either, in any window, removes it.
  inputsChanged: (listener: () => void) => watchStored([['session', CHECKLIST_KEY], ['local', PROFILE_KEY]], listener),
};

const tabs = browserTabAccess(location.search);

export function PrefillPanel() {
  return <PrefillContainer stores={stores} tabs={tabs} />;
}
