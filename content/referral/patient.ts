import { z } from 'zod/mini';
import { IDLE_LIMIT_MS, isExpired, isExpiredMark } from './patient-expiry';
import { draftUpTo, email, fieldList, looseFields, maxText, phone, repairFields, runChecks, type Check, type Draft } from './validate';

/** Patient details are PHI: they live in storage.session only, and expire after 30 idle minutes. */
export { IDLE_LIMIT_MS };
/** The popup warns this long before clearing, with a button to keep the details. */
export const IDLE_WARNING_MS = 60 * 1000;

const CONTACT_METHODS = ['phone', 'email', 'text'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
/** The preferred-contact choices as the form shows them. */
export const CONTACT_LABELS: Readonly<Record<ContactMethod, string>> = { phone: 'Phone', email: 'Email', text: 'Text message' };

export interface Patient {
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd as an <input type=date> gives it, or '' */
  dob: string;
  phone: string;
  email: string;
  preferredContact: '' | ContactMethod;
  insurance: string;
}

export const EMPTY_PATIENT: Patient = Object.freeze({
  firstName: '', lastName: '', dob: '', phone: '', email: '', preferredContact: '', insurance: '',
});

/** The stored record: the version, exactly these fields (each judged by its own check on reading), and when last used. */
const storedSchema = z.strictObject({
  v: z.literal(1),
  patient: looseFields(Object.keys(EMPTY_PATIENT) as (keyof Patient)[]),
  lastUsed: z.number(),
});

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

/** How messages and notices name each detail. */
const NAMES: Readonly<Record<keyof Patient, string>> = {
  firstName: 'the first name', lastName: 'the last name', dob: 'the date of birth', phone: 'the phone',
  email: 'the email', preferredContact: 'the preferred contact', insurance: 'the insurance',
};

/** Each detail's check. The form shows their messages, and stored details are read back through them. */
function patientChecks(today: Date): Readonly<Record<keyof Patient, Check>> {
  return {
    firstName: maxText(60, { what: NAMES.firstName }),
    lastName: maxText(60, { what: NAMES.lastName }),
    dob: dobCheck(today),
    phone,
    email,
    preferredContact: (v) => (v === '' || (CONTACT_METHODS as readonly string[]).includes(v) ? null : 'Choose phone, email or text.'),
    insurance: maxText(120, { what: NAMES.insurance }),
  };
}

export const validatePatient = (p: Patient, today: Date): PatientErrors => runChecks(p, patientChecks(today));

export const IDLE_MINUTES = IDLE_LIMIT_MS / 60_000;
export const EXPIRED_NOTICE = `Patient details were cleared after ${IDLE_MINUTES} minutes without use.`;
export const DAMAGED_NOTICE = 'Saved patient details could not be read, so they were cleared.';
export const detailsResetNotice = (names: readonly string[]) =>
  `Some saved patient details could not be read ${fieldList(names)}, so ${names.length > 1 ? 'they were' : 'it was'} cleared.`;

/**
 * Details that may be stored half-typed: the popup saves on every keystroke, and a popup closes
 * when it loses focus, so half a phone number is an entry to finish, shown with its message, not
 * damage. (Names and insurance accept any text their check allows; the contact choice is a menu.)
 * A date input gives a full date or nothing, so a stored date that fails (say, in the future) is
 * kept the same way for the user to correct.
 */
const DRAFTS: Partial<Record<keyof Patient, Draft>> = { phone: draftUpTo(phone.max), email: draftUpTo(email.max), dob: draftUpTo(10) };

/**
 * What storage held: valid and recent, expired (cleared with a notice), damaged (cleared too), or
 * with some details that fail their checks and are no draft (those cleared alone, and named).
 */
export function restorePatient(raw: unknown, now: number): { patient: Patient; lastUsed: number; notice?: string } {
  if (raw === undefined || raw === null) return { patient: EMPTY_PATIENT, lastUsed: now };
  if (isExpiredMark(raw)) return { patient: EMPTY_PATIENT, lastUsed: now, notice: EXPIRED_NOTICE };
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return { patient: EMPTY_PATIENT, lastUsed: now, notice: DAMAGED_NOTICE };
  if (isExpired(parsed.data, now)) {
    return { patient: EMPTY_PATIENT, lastUsed: now, notice: EXPIRED_NOTICE };
  }
  // One detail that fails its check (too long, say) is cleared alone, and the notice names it.
  const { values, reset } = repairFields<Patient>(parsed.data.patient, patientChecks(new Date(now)), EMPTY_PATIENT, NAMES, DRAFTS);
  const lastUsed = parsed.data.lastUsed;
  return reset.length ? { patient: values, lastUsed, notice: detailsResetNotice(reset) } : { patient: values, lastUsed };
}

