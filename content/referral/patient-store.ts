import { DAMAGED_NOTICE, EXPIRED_NOTICE, restorePatient, type Patient } from './patient';
import { PATIENT_KEY } from './patient-expiry';
import { storedItem, type StoredChange } from './stored-item';

export type RestoredPatient = { patient: Patient; lastUsed: number; notice?: string };

export interface PatientStore {
  load(now: number): Promise<RestoredPatient>;
  save(patient: Patient, now: number): Promise<void>;
  clear(): Promise<void>;
  /**
   * Follows the stored record as other windows (another popup, the background worker's expiry)
   * change it; returns the unsubscribe function. Optional so a test can leave it out.
   */
  watch?(now: () => number, listener: (change: StoredChange<RestoredPatient>) => void): () => void;
}

/** Session storage only: never storage.local or storage.sync. Expired or damaged data is removed on read. */
export { PATIENT_KEY };
const item = storedItem('session', PATIENT_KEY);

/** Expired or wholly unreadable: removed. One detail reset: the rest written back, with the same last use. */
const repair = (r: RestoredPatient) =>
  r.notice === EXPIRED_NOTICE || r.notice === DAMAGED_NOTICE ? undefined : { v: 1, patient: r.patient, lastUsed: r.lastUsed };

export const sessionPatientStore: PatientStore = {
  load: (now) => item.load((raw) => restorePatient(raw, now), repair),
  save: (patient, now) => item.save({ v: 1, patient, lastUsed: now }),
  clear: () => item.clear(),
  watch: (now, listener) => item.watch((raw) => restorePatient(raw, now()), listener),
};
