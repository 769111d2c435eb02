import { render } from 'preact';
import { ChecklistContainer } from '../../components/ChecklistContainer';
import { Lazy } from '../../components/Lazy';
import { Tabs } from '../../components/Tabs';
import { sessionChecklistStore } from '../../content/referral/checklist-store';
import { enforcePatientLimit } from '../../content/referral/patient-limit';
import '../../components/popup.css';

// Patient details past their 30 idle minutes are removed as any extension page loads (issue 9).
void enforcePatientLimit();

// Wiring only: containers own state, stores own storage, the tab adapter owns scripting.
render(
  <Tabs
    initial={new URLSearchParams(location.search).get('view') === 'prefill' ? 'prefill' : 'checklist'}
    tabs={[
      {
        id: 'checklist',
        label: 'Checklist',
        panel: (
          <ChecklistContainer store={sessionChecklistStore} copyText={(text) => navigator.clipboard.writeText(text)}
            readText={() => navigator.clipboard.readText()} />
        ),
      },
      {
        id: 'prefill',
        label: 'Referral form',
        panel: <Lazy load={() => import('./prefill-panel')}>{(m) => <m.PrefillPanel />}</Lazy>,
      },
    ]}
  />,
  document.getElementById('app')!,
);
