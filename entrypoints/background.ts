import { browser } from 'wxt/browser';
import { PATIENT_KEY } from '../content/referral/patient-expiry';
import { EXPIRY_ALARM, enforcePatientLimit, scheduleExpiry } from '../content/referral/patient-limit';

// Keeps the 30-minute limit on patient details while no extension page is open: an alarm set for
// the moment the stored record expires, which wakes this worker to remove it. Nothing else.
export default defineBackground(() => {
  const check = async () => {
    await enforcePatientLimit();
    // If the record cannot be read, the alarm already set is kept (never cleared on a guess).
    const stored = await browser.storage.session.get(PATIENT_KEY).catch(() => null);
    if (stored) await scheduleExpiry(stored[PATIENT_KEY]).catch(() => undefined);
  };
  browser.alarms.onAlarm.addListener((alarm) => { if (alarm.name === EXPIRY_ALARM) void check(); });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && PATIENT_KEY in changes) void scheduleExpiry(changes[PATIENT_KEY]!.newValue).catch(() => undefined);
  });
  // The worker starts on install, on browser start and when woken: each time, check what is stored.
  void check();
});
