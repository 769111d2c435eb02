import { render } from 'preact';
import privacy from '../../PRIVACY.md?raw';
import { SimpleMarkdown } from '../../components/SimpleMarkdown';
import '../../components/page.css';

// The same text as PRIVACY.md in the repository, bundled at build time.
render(<SimpleMarkdown source={privacy} />, document.getElementById('app')!);
