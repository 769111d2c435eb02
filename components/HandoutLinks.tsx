import { PRINT_TITLES } from '../content/handouts/catalog';
import { selectionQuery } from '../content/handouts/selection';
import type { PrintId } from '../content/handouts/types';

interface Props {
  /** Handouts that fit the current outcome (may be empty). */
  suggested: readonly PrintId[];
  /** Address of the print page, e.g. "handouts.html". */
  pageUrl: string;
}

/** Links to the print page: the suggested handouts preselected, or all of them. Plain links open a tab. */
export function HandoutLinks({ suggested, pageUrl }: Props) {
  return (
    <section class="handout-links" aria-labelledby="handouts-title">
      <h2 id="handouts-title">Patient handouts</h2>
      {suggested.length > 0 ? (
        <>
          <p class="hint">Suggested for this outcome:</p>
          <ul>{suggested.map((id) => <li key={id}>{PRINT_TITLES[id]}</li>)}</ul>
          <a class="button-link primary" href={`${pageUrl}${selectionQuery(suggested)}`} target="_blank" rel="noopener">
            Print suggested handouts
          </a>{' '}
        </>
      ) : (
        <p class="hint">No handout is suggested for this outcome.</p>
      )}
      <a class="button-link" href={pageUrl} target="_blank" rel="noopener">All handouts</a>
    </section>
  );
}
