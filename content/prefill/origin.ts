/** Hosts where plain http is acceptable: the user's own machine (local testing). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type OriginCheck = { ok: true; origin: string } | { ok: false; message: string };

/**
 * Turns what a person typed (an origin or any address on it) into an origin the filler may use:
 * https only, or http on this computer. Paths are dropped: the permission is for the whole site.
 */
export function normaliseOrigin(input: string): OriginCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'Enter a web address such as https://clinic.example.' };
  }
  if (url.username || url.password) return { ok: false, message: 'The address must not contain a user name or password.' };
  if (url.protocol === 'https:') return { ok: true, origin: url.origin };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, origin: url.origin };
  if (url.protocol === 'http:') return { ok: false, message: 'Only https addresses are allowed (plain http only for localhost or 127.0.0.1).' };
  return { ok: false, message: 'Only web pages (https) can be prefilled.' };
}

/** The origin of a tab's address, when it is one the filler could ever work on. */
function tabOrigin(tabUrl: string | undefined): string | null {
  if (!tabUrl) return null;
  const checked = normaliseOrigin(tabUrl);
  return checked.ok ? checked.origin : null;
}

export type Gate =
  | { allowed: true; origin: string }
  | { allowed: false; origin: string | null; reason: 'not-a-web-page' | 'not-secure' | 'not-the-clinic' };

/** A plain-http page elsewhere than this computer: a web page, but never one to prefill. */
function insecureOrigin(tabUrl: string | undefined): string | null {
  try {
    const url = new URL(tabUrl ?? '');
    return url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Prefill runs only on an origin the user has set as the clinic's form address. */
export function checkTab(tabUrl: string | undefined, allowed: readonly string[]): Gate {
  const origin = tabOrigin(tabUrl);
  if (!origin) {
    const insecure = insecureOrigin(tabUrl);
    return insecure ? { allowed: false, origin: insecure, reason: 'not-secure' } : { allowed: false, origin: null, reason: 'not-a-web-page' };
  }
  return allowed.includes(origin) ? { allowed: true, origin } : { allowed: false, origin, reason: 'not-the-clinic' };
}
