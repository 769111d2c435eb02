import { browser } from 'wxt/browser';
import { restorePatient, type Patient } from './patient';

export interface PatientStore {
  load(now: number): Promise<{ patient: Patient; lastUsed: number; notice?: string }>;
  save(patient: Patient, now: number): Promise<void>;
  clear(): Promise<void>;
}

/** Session storage only: never storage.local or storage.sync. Expired or damaged data is removed on read. */
export const PATIENT_KEY = 'patient';

export const sessionPatientStore: PatientStore = {
  async load(now) {
    const restored = restorePatient((await browser.storage.session.get(PATIENT_KEY))[PATIENT_KEY], now);
    if (restored.notice) await browser.storage.session.remove(PATIENT_KEY);
    return restored;
  },
  async save(patient, now) {
    await browser.storage.session.set({ [PATIENT_KEY]: { v: 1, patient, lastUsed: now } });
  },
  async clear() {
    await browser.storage.session.remove(PATIENT_KEY);
  },
};
