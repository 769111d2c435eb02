import { render } from 'preact';
import privacy from '../../PRIVACY.md?raw';
import { PrivacySummary } from '../../components/PrivacySummary';
import { SimpleMarkdown } from '../../components/SimpleMarkdown';
import { enforcePatientLimit } from '../../content/referral/patient-limit';
import '../../components/page.css';

// Patient details past their 30 idle minutes are removed as any extension page loads (issue 9).
void enforcePatientLimit();

// Plain words first; the technical text of PRIVACY.md, bundled at build time, on demand below it.
render(
  <PrivacySummary>
    <SimpleMarkdown source={privacy} />
  </PrivacySummary>,
  document.getElementById('app')!,
);
