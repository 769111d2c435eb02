import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LetterContainer } from '../../components/LetterContainer';
import { defaultPageSize } from '../../content/letter/page-size';
import { readOnlyChecklistStore } from '../../content/referral/checklist-store';
import { sessionPatientStore } from '../../content/referral/patient-store';
import { enforcePatientLimit } from '../../content/referral/patient-limit';
import { localProfileStore } from '../../content/referral/profile-store';
import '../../components/letter.css';

// Patient details past their 30 idle minutes are removed as any extension page loads (issue 9).
void enforcePatientLimit();

// Wiring only. The patient store is passed for reading: the letter page never saves to it.
render(
  <LetterContainer
    stores={{ profile: localProfileStore, patient: sessionPatientStore, checklist: readOnlyChecklistStore }}
    initialSize={defaultPageSize(navigator.language)}
    onPrint={() => window.print()}
    settingsUrl={browser.runtime.getURL('/options.html')}
  />,
  document.getElementById('app')!,
);
