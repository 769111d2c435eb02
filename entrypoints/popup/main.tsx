import { render } from 'preact';
import { ChecklistContainer } from '../../components/ChecklistContainer';
import { sessionChecklistStore } from '../../content/referral/checklist-store';
import '../../components/popup.css';

// Wiring only: the container owns state, the store owns storage.session.
render(
  <ChecklistContainer store={sessionChecklistStore} copyText={(text) => navigator.clipboard.writeText(text)} />,
  document.getElementById('app')!,
);
