import type { ComponentChildren } from 'preact';

/** **bold**, `code` and [text](url) inside a line, as Preact elements (never as HTML). */
function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(text.slice(last, m.index));
    if (m[1]) out.push(<strong>{m[1]}</strong>);
    else if (m[2]) out.push(<code>{m[2]}</code>);
    else out.push(<span>{m[3]}</span>); // links to repository files mean nothing inside the extension
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/**
 * Renders the small Markdown subset PRIVACY.md uses (headings, paragraphs, one-level tables) so
 * the extension shows the same text as the repository, without an HTML string in between.
 */
export function SimpleMarkdown({ source }: { source: string }) {
  const blocks = source.trim().split(/\n\s*\n/);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (block.startsWith('# ')) return <h1 key={i}>{inline(block.slice(2))}</h1>;
        if (block.startsWith('## ')) return <h2 key={i}>{inline(block.slice(3))}</h2>;
        if (lines.every((l) => l.trim().startsWith('|'))) {
          const [head, , ...rows] = lines;
          return (
            <table key={i}>
              <thead><tr>{cells(head!).map((c) => <th key={c} scope="col">{inline(c)}</th>)}</tr></thead>
              <tbody>{rows.map((r) => <tr key={r}>{cells(r).map((c, j) => <td key={j}>{inline(c)}</td>)}</tr>)}</tbody>
            </table>
          );
        }
        return <p key={i}>{inline(lines.join(' '))}</p>;
      })}
    </>
  );
}
