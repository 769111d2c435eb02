/** Hosts where plain http is acceptable: the user's own machine (local testing). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type OriginCheck = { ok: true; origin: string } | { ok: false; message: string };

/**
 * Turns what a person typed (an origin or any address on it) into an origin the filler may use:
 * https only, or http on this computer. Paths are dropped (normaliseAddress keeps them).
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

export type AddressCheck = { ok: true; address: string } | { ok: false; message: string };

/**
 * An allowed form address: an origin, optionally with a path prefix, so that only the clinic's
 * referral pages are targets, not every form on its site (a blog's comment form, say).
 * Normal form: the URL parser's (host lower-cased, punycode, dot segments resolved, percent
 * escapes normalised); query and fragment dropped; trailing and doubled slashes removed; a bare
 * "/" path means the whole origin. Paths stay case-sensitive, as URLs are.
 */
export function normaliseAddress(input: string): AddressCheck {
  const checked = normaliseOrigin(input);
  if (!checked.ok) return checked;
  const path = new URL(input.trim()).pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return { ok: true, address: checked.origin + path };
}

/**
 * Whether a page's address falls under an allowed address. Whole path segments only:
 * https://clinic.example/refer allows /refer, /refer/ and /refer/step-2, never /referral-other or
 * /refer.html (a prefix of characters would let a look-alike path through). Same origin always.
 */
export function addressMatches(address: string, pageUrl: string): boolean {
  let allowed: URL;
  let page: URL;
  try {
    allowed = new URL(address);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  if (allowed.origin !== page.origin || page.username || page.password) return false;
  const prefix = allowed.pathname.replace(/\/+$/, '');
  return prefix === '' || page.pathname === prefix || page.pathname.startsWith(`${prefix}/`);
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

/** Prefill runs only on a page under an address the user has set as the clinic's form address. */
export function checkTab(tabUrl: string | undefined, allowed: readonly string[]): Gate {
  const origin = tabOrigin(tabUrl);
  if (!origin) {
    const insecure = insecureOrigin(tabUrl);
    return insecure ? { allowed: false, origin: insecure, reason: 'not-secure' } : { allowed: false, origin: null, reason: 'not-a-web-page' };
  }
  return allowed.some((a) => addressMatches(a, tabUrl!)) ? { allowed: true, origin } : { allowed: false, origin, reason: 'not-the-clinic' };
}
