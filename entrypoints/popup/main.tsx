import { render } from 'preact';
import { ChecklistContainer } from '../../components/ChecklistContainer';
import { PrefillContainer } from '../../components/PrefillContainer';
import { Tabs } from '../../components/Tabs';
import { localPrefillSettingsStore } from '../../content/prefill/settings-store';
import { browserTabAccess } from '../../content/prefill/tab-access';
import { sessionChecklistStore } from '../../content/referral/checklist-store';
import { sessionPatientStore } from '../../content/referral/patient-store';
import { localProfileStore } from '../../content/referral/profile-store';
import '../../components/popup.css';

// Wiring only: containers own state, stores own storage, the tab adapter owns scripting.
const stores = {
  patient: sessionPatientStore,
  settings: localPrefillSettingsStore,
  profile: localProfileStore,
  checklist: sessionChecklistStore,
};

render(
  <Tabs
    initial={new URLSearchParams(location.search).get('view') === 'prefill' ? 'prefill' : 'checklist'}
    tabs={[
      {
        id: 'checklist',
        label: 'Checklist',
        panel: <ChecklistContainer store={sessionChecklistStore} copyText={(text) => navigator.clipboard.writeText(text)} />,
      },
      { id: 'prefill', label: 'Referral form', panel: <PrefillContainer stores={stores} tabs={browserTabAccess(location.search)} /> },
    ]}
  />,
  document.getElementById('app')!,
);
