/**
 * When stored patient details expire, read from the raw record without a schema library: the
 * background worker imports this, and it must stay a few hundred bytes. No DOM, no `browser`.
 */

/** Patient details are PHI: they live in storage.session only, and expire after 30 idle minutes. */
export const IDLE_LIMIT_MS = 30 * 60 * 1000;
/** The storage.session key of the patient record. */
export const PATIENT_KEY = 'patient';

/**
 * What replaces an expired record: no patient data, only the fact, so the Referral form can still
 * say "cleared after 30 minutes" when it next opens (it then removes this too).
 */
export const EXPIRED_MARK = Object.freeze({ v: 1, expired: true });
export const isExpiredMark = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && (raw as { expired?: unknown }).expired === true && Object.keys(raw).length === 2;

/**
 * The moment a stored record must be gone: 30 minutes after its last use. A record whose age
 * cannot be read (no number `lastUsed`), or that claims to be used in the future, is due now:
 * PHI whose age is unknown cannot be shown to be within its limit, so the safer route is to drop it.
 * Nothing stored (undefined), or the mark an expired record leaves, is never due.
 */
export function expiresAt(raw: unknown, now: number): number | null {
  if (raw === undefined || raw === null || isExpiredMark(raw)) return null;
  const lastUsed = typeof raw === 'object' ? (raw as { lastUsed?: unknown }).lastUsed : undefined;
  if (typeof lastUsed !== 'number' || !Number.isFinite(lastUsed) || lastUsed > now) return now;
  return lastUsed + IDLE_LIMIT_MS;
}

/** True when a stored record is at or past its limit (and so must be removed before anything shows it). */
export const isExpired = (raw: unknown, now: number): boolean => {
  const at = expiresAt(raw, now);
  return at !== null && at <= now;
};
