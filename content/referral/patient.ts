import { z } from 'zod/mini';
import { email, maxText, phone, type Check } from './validate';

/** Patient details are PHI: they live in storage.session only, and expire after 30 idle minutes. */
export const IDLE_LIMIT_MS = 30 * 60 * 1000;
/** The popup warns this long before clearing, with a button to keep the details. */
export const IDLE_WARNING_MS = 60 * 1000;

export const CONTACT_METHODS = ['phone', 'email', 'text'] as const;

export const patientSchema = z.strictObject({
  firstName: z.string().check(z.maxLength(100)),
  lastName: z.string().check(z.maxLength(100)),
  /** yyyy-mm-dd as an <input type=date> gives it, or '' */
  dob: z.string().check(z.maxLength(10)),
  phone: z.string().check(z.maxLength(40)),
  email: z.string().check(z.maxLength(254)),
  preferredContact: z.enum(['', ...CONTACT_METHODS]),
  insurance: z.string().check(z.maxLength(120)),
});
export type Patient = z.infer<typeof patientSchema>;

export const EMPTY_PATIENT: Patient = Object.freeze({
  firstName: '', lastName: '', dob: '', phone: '', email: '', preferredContact: '', insurance: '',
});

const storedSchema = z.strictObject({ v: z.literal(1), patient: patientSchema, lastUsed: z.number() });
export type StoredPatient = z.infer<typeof storedSchema>;

/** Reads yyyy-mm-dd into numbers; null when empty or not a real date. */
export function parseDob(dob: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dob);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

const dobCheck = (today: Date): Check => (value) => {
  if (value === '') return null;
  const d = parseDob(value);
  if (!d) return 'Enter the date of birth as a full date.';
  if (d.year < 1900) return 'That date of birth is before 1900: check the year.';
  if (new Date(d.year, d.month - 1, d.day) > today) return 'The date of birth is in the future.';
  return null;
};

export type PatientErrors = Partial<Record<keyof Patient, string>>;

export function validatePatient(p: Patient, today: Date): PatientErrors {
  const checks: Partial<Record<keyof Patient, Check>> = {
    firstName: maxText(60), lastName: maxText(60), dob: dobCheck(today), phone, email, insurance: maxText(120),
  };
  const errors: PatientErrors = {};
  for (const [key, check] of Object.entries(checks) as [keyof Patient, Check][]) {
    const message = check(p[key]);
    if (message) errors[key] = message;
  }
  return errors;
}

export const EXPIRED_NOTICE = 'Patient details were cleared after 30 minutes without use.';
export const DAMAGED_NOTICE = 'Saved patient details could not be read, so they were cleared.';

/** What storage held: valid and recent, expired (cleared with a notice), or damaged (cleared too). */
export function restorePatient(raw: unknown, now: number): { patient: Patient; lastUsed: number; notice?: string } {
  if (raw === undefined || raw === null) return { patient: EMPTY_PATIENT, lastUsed: now };
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return { patient: EMPTY_PATIENT, lastUsed: now, notice: DAMAGED_NOTICE };
  if (now - parsed.data.lastUsed >= IDLE_LIMIT_MS || parsed.data.lastUsed > now) {
    return { patient: EMPTY_PATIENT, lastUsed: now, notice: EXPIRED_NOTICE };
  }
  return { patient: parsed.data.patient, lastUsed: parsed.data.lastUsed };
}

