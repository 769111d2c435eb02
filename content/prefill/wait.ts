/** A form counts as present once the page has this many controls a person could fill. */
const ENOUGH_CONTROLS = 3;

function enoughControls(doc: Document): boolean {
  return doc.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea').length >= ENOUGH_CONTROLS;
}

/**
 * Waits for a form that the page adds after load (AJAX), up to `timeoutMs`. Resolves true when
 * one is there, false when time ran out. The observer and the timer are always removed.
 */
export function waitForForm(doc: Document, timeoutMs: number): Promise<boolean> {
  if (enoughControls(doc)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (enoughControls(doc)) finish(true);
    });
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(found: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}
