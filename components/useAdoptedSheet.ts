import { useEffect } from 'preact/hooks';

/**
 * Applies `css` to the document through a constructed stylesheet, for as long as the component is
 * mounted and `css` is the same: the pages' CSP (default-src 'self') refuses inline <style>, and
 * CSSOM is allowed. Without support (an old browser, a test DOM) nothing is applied.
 */
export function useAdoptedSheet(css: string) {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); };
  }, [css]);
}
