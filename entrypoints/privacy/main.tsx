import { render } from 'preact';
import privacy from '../../PRIVACY.md?raw';
import { PrivacySummary } from '../../components/PrivacySummary';
import { SimpleMarkdown } from '../../components/SimpleMarkdown';
import '../../components/page.css';

// Plain words first; the technical text of PRIVACY.md, bundled at build time, on demand below it.
render(
  <PrivacySummary>
    <SimpleMarkdown source={privacy} />
  </PrivacySummary>,
  document.getElementById('app')!,
);
