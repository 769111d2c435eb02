import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HandoutsContainer } from '../../components/HandoutsContainer';
import { parseSelection } from '../../content/handouts/selection';
import { localProfileStore } from '../../content/referral/profile-store';
import { enforcePatientLimit } from '../../content/referral/patient-limit';
import '../../components/handouts.css';

// Patient details past their 30 idle minutes are removed as any extension page loads (issue 9).
void enforcePatientLimit();

render(
  <HandoutsContainer
    store={localProfileStore}
    initial={parseSelection(location.search)}
    onPrint={() => window.print()}
    settingsUrl={browser.runtime.getURL('/options.html')}
  />,
  document.getElementById('app')!,
);
