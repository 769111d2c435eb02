import type { Source } from '../content/checklist/sources';

/** A citation rendered as a plain link; it opens in a new tab and is never fetched by the extension. */
export function SourceLink({ source }: { source: Source }) {
  return (
    <a class="source" href={source.url} target="_blank" rel="noreferrer noopener">
      {source.label}
    </a>
  );
}
