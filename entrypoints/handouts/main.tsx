import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HandoutsContainer } from '../../components/HandoutsContainer';
import { parseSelection } from '../../content/handouts/selection';
import { localProfileStore } from '../../content/referral/profile-store';
import '../../components/handouts.css';

render(
  <HandoutsContainer
    store={localProfileStore}
    initial={parseSelection(location.search)}
    onPrint={() => window.print()}
    settingsUrl={browser.runtime.getURL('/options.html')}
  />,
  document.getElementById('app')!,
);
