import { restorePatient, type Patient } from './patient';
import { storedItem } from './stored-item';

export interface PatientStore {
  load(now: number): Promise<{ patient: Patient; lastUsed: number; notice?: string }>;
  save(patient: Patient, now: number): Promise<void>;
  clear(): Promise<void>;
}

/** Session storage only: never storage.local or storage.sync. Expired or damaged data is removed on read. */
export const PATIENT_KEY = 'patient';
const item = storedItem('session', PATIENT_KEY);

export const sessionPatientStore: PatientStore = {
  load: (now) => item.load((raw) => restorePatient(raw, now)),
  save: (patient, now) => item.save({ v: 1, patient, lastUsed: now }),
  clear: () => item.clear(),
};
