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
 * How long to wait for a form the page may still add (an AJAX embed arrives while the page loads or
 * soon after): the whole `timeoutMs` while the page is loading, then only what is left of
 * `timeoutMs` after its load event. A page that finished loading longer ago is read as it is, at
 * once, so a tab with only a login or search form gets its answer without a pause (issue 12). When
 * the page's timing cannot be read, the full wait is the safer choice: it only costs time.
 */
export function lateFormBudget(loading: boolean, msSinceLoad: number, timeoutMs: number): number {
  if (loading || !Number.isFinite(msSinceLoad)) return timeoutMs;
  return Math.min(timeoutMs, Math.max(0, timeoutMs - msSinceLoad));
}

/** Milliseconds since the document's load event ended; NaN if the browser does not say. */
function msSinceLoad(doc: Document): number {
  const perf = doc.defaultView?.performance;
  const nav = perf?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return perf && nav && nav.loadEventEnd > 0 ? perf.now() - nav.loadEventEnd : NaN;
}

/** 'found': a form is there; 'timed-out': waited and none came; 'not-waited': the page is settled and has none. */
export type WaitResult = 'found' | 'timed-out' | 'not-waited';

/**
 * Waits for a form that the page adds after load (AJAX), for as long as `lateFormBudget` allows.
 * The observer and the timer are always removed.
 */
export function waitForForm(doc: Document, timeoutMs: number): Promise<WaitResult> {
  if (enoughControls(doc)) return Promise.resolve('found');
  const budget = lateFormBudget(doc.readyState !== 'complete', msSinceLoad(doc), timeoutMs);
  if (budget <= 0) return Promise.resolve('not-waited');
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (enoughControls(doc)) finish('found');
    });
    const timer = setTimeout(() => finish('timed-out'), budget);
    function finish(result: WaitResult) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}
