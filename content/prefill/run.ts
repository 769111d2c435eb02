import { collect } from './collect';
import { requiredStillEmpty } from './field';
import { fill } from './fill';
import { REQUEST_KEY, readRequest, type PrefillResponse } from './protocol';
import type { VisibilityOptions } from './visibility';
import { SETTLE_MS, watchLeaving } from './leaving';
import { verify } from './verify';
import { waitForForm } from './wait';

/** Takes the one-shot request out of the isolated world's global scope (never leaving it behind). */
function takeRequest(scope: Record<string, unknown>): unknown {
  const raw = scope[REQUEST_KEY];
  delete scope[REQUEST_KEY];
  return raw;
}

/** What the injected script does, given the page, its own global scope and how to judge visibility. */
export async function runRequest(doc: Document, scope: Record<string, unknown>, opts: VisibilityOptions): Promise<PrefillResponse> {
  const request = readRequest(takeRequest(scope));
  if (!request) return { ok: false, error: 'The request to the page was malformed, so nothing was read or filled.' };
  try {
    if (request.type === 'collect') {
      const waited = await waitForForm(doc, request.waitMs);
      return { ok: true, type: 'collected', collection: collect(doc, opts), timedOut: waited === 'timed-out' };
    }
    const changed = verify(doc, request.form, request.expect, request.items, opts);
    if (changed) return { ok: true, type: 'changed', reason: changed };
    // Watched, never prevented: if the page sends the form while it is being filled, say so.
    const watch = doc.defaultView ? watchLeaving(doc.defaultView) : null;
    let outcome;
    let sent: string | null = null;
    try {
      outcome = fill(doc, request.items);
      await watch?.settle(SETTLE_MS);
    } finally {
      sent = watch?.stop() ?? null;
    }
    // Only the chosen form's required controls need a record (labels and visibility are the
    // costly part of collect on a large page).
    const form = request.form === null ? undefined : doc.forms[request.form];
    const required = (el: Element) => form !== undefined && (el as HTMLInputElement).form === form
      && ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true');
    const requiredEmpty = requiredStillEmpty(collect(doc, opts, required).fields);
    return sent ? { ok: true, type: 'filled', outcome, requiredEmpty, sent } : { ok: true, type: 'filled', outcome, requiredEmpty };
  } catch (error) {
    return { ok: false, error: `The page could not be read (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}
