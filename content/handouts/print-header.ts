/**
 * The running header and page numbers of printed handouts, as CSS @page margin boxes (Chromium
 * 131+ prints them; tests/e2e/handouts.spec.ts reads them back from the PDF). Each handout prints
 * on its own named page so its header carries its own title. The text is escaped for a CSS string,
 * so a clinic name or first name can never end the rule.
 */

/** A CSS string literal holding `text` as plain characters. */
export function cssString(text: string): string {
  return `"${[...text.replace(/[\u0000-\u001f\u007f]/g, ' ')].map((c) => (c === '"' || c === '\\' ? `\\${c}` : c)).join('')}"`;
}

export interface HeaderSheet {
  /** `[data-handout]` id (or "safety-card") and the title to print for it. */
  readonly docs: readonly { id: string; title: string }[];
  readonly clinic: string;
  readonly firstName: string;
}

/** The print stylesheet text: one named page per document, header left, page X of Y right. */
export function headerCss({ docs, clinic, firstName }: HeaderSheet): string {
  const who = firstName.trim() ? ` · for ${firstName.trim()}` : '';
  return docs.map(({ id, title }) => {
    const name = `h-${id.replace(/[^a-z0-9-]/g, '')}`;
    return `[data-handout="${id.replace(/[^a-z0-9-]/g, '')}"] { page: ${name}; }\n`
      + `@page ${name} {\n`
      + `  @top-left { content: ${cssString(`${clinic} · ${title}${who}`)}; font-size: 10pt; color: #333; vertical-align: bottom; }\n`
      + `  @top-right { content: "Page " counter(page) " of " counter(pages); font-size: 10pt; color: #333; vertical-align: bottom; }\n`
      + `}\n`;
  }).join('');
}
