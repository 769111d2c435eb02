import { render } from 'preact';
import { SettingsContainer } from '../../components/SettingsContainer';
import { localProfileStore } from '../../content/referral/profile-store';
import '../../components/page.css';

render(<SettingsContainer store={localProfileStore} />, document.getElementById('app')!);
