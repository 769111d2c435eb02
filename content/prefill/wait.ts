import { formSignature } from './collect';
import { isExcludedForm } from './keywords';

/** A form counts as present once the page has this many controls a person could fill. */
const ENOUGH_CONTROLS = 3;
const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=search]):not([type=password]), select, textarea';

/**
 * Controls that could be a referral: a site search and a newsletter sign-up already on the page
 * must not end the wait for a referral form that arrives later.
 */
function enoughControls(doc: Document): boolean {
  const excluded = new Map<HTMLFormElement, boolean>();
  let count = 0;
  for (const el of doc.querySelectorAll<HTMLInputElement>(CONTROLS)) {
    const form = el.form;
    if (form && !excluded.has(form)) excluded.set(form, isExcludedForm(formSignature(form)));
    if (form && excluded.get(form)) continue;
    if (++count >= ENOUGH_CONTROLS) return true;
  }
  return false;
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
