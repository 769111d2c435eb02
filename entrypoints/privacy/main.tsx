import { render } from 'preact';
import privacy from '../../PRIVACY.md?raw';
import { SimpleMarkdown } from '../../components/SimpleMarkdown';
import { enforcePatientLimit } from '../../content/referral/patient-limit';
import '../../components/page.css';

// Patient details past their 30 idle minutes are removed as any extension page loads (issue 9).
void enforcePatientLimit();

// The same text as PRIVACY.md in the repository, bundled at build time.
render(<SimpleMarkdown source={privacy} />, document.getElementById('app')!);
