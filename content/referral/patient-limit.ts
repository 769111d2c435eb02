import { browser } from 'wxt/browser';
import { EXPIRED_MARK, PATIENT_KEY, expiresAt, isExpired } from './patient-expiry';

/** The one alarm the background worker keeps: when the stored patient record is due to expire. */
export const EXPIRY_ALARM = 'patient-expiry';

/**
 * Replaces the stored patient record with EXPIRED_MARK (no patient data) if it is past its
 * 30-minute limit. Every extension page calls this as it loads (the Referral form reads patient
 * details only after its own expiry check too), and the background worker calls it when its alarm
 * fires, so the limit holds whether or not any page is open. Returns whether a record was removed.
 * Never throws: if the browser refuses the write, the record is removed outright.
 */
export async function enforcePatientLimit(now = Date.now()): Promise<boolean> {
  try {
    const raw = (await browser.storage.session.get(PATIENT_KEY))[PATIENT_KEY];
    if (!isExpired(raw, now)) return false;
    await browser.storage.session.set({ [PATIENT_KEY]: EXPIRED_MARK }).catch(() => browser.storage.session.remove(PATIENT_KEY));
    return true;
  } catch {
    return false;
  }
}

/** Sets (or clears) the alarm for the record as it is now stored. */
export async function scheduleExpiry(raw: unknown, now = Date.now()): Promise<void> {
  const at = expiresAt(raw, now);
  if (at === null) await browser.alarms.clear(EXPIRY_ALARM);
  else browser.alarms.create(EXPIRY_ALARM, { when: Math.max(at, now) });
}
