import { z } from 'zod/mini';
import { CLINIC_SITE } from '../checklist/sources';
import { email, httpsUrl, maxText, npi, phone, type Check, type LimitedCheck } from './validate';

/** The referrer's own details, printed on handouts. Not patient data: may persist in storage.local. */
export interface Referrer {
  name: string;
  credentials: string;
  practice: string;
  phone: string;
  fax: string;
  email: string;
  npi: string;
}

/** The clinic's details, printed on handouts; defaults from the clinic preset in clinic-facts.md. */
export interface Clinic {
  name: string;
  website: string;
  phone: string;
  fax: string;
}

export const PROFILE_VERSION = 1;
export interface Profile {
  v: typeof PROFILE_VERSION;
  referrer: Referrer;
  clinic: Clinic;
}

/** The clinic preset. Phone and fax are not published in our sources, so they start empty. */
export const DEFAULT_PROFILE: Profile = Object.freeze({
  v: PROFILE_VERSION,
  referrer: { name: '', credentials: '', practice: '', phone: '', fax: '', email: '', npi: '' },
  clinic: { name: 'ValorSpine', website: CLINIC_SITE, phone: '', fax: '' },
});

export const REFERRER_CHECKS: Readonly<Record<keyof Referrer, LimitedCheck>> = {
  name: maxText(80, { what: 'your name' }),
  credentials: maxText(40, { what: 'the credentials' }),
  practice: maxText(120, { what: 'the practice name' }),
  phone,
  fax: phone,
  email,
  npi,
};

export const CLINIC_CHECKS: Readonly<Record<keyof Clinic, LimitedCheck>> = {
  name: maxText(80, { required: true, what: 'the clinic name' }),
  website: httpsUrl,
  phone,
  fax: phone,
};

/**
 * The stored shape: the version and exactly these fields. Each field's value is judged on its own
 * by the same check the settings page uses (limits included), so a value that can be saved can be
 * read back, and one bad value costs only itself.
 */
const fieldsOf = <K extends string>(checks: Readonly<Record<K, LimitedCheck>>) =>
  z.strictObject(Object.fromEntries(Object.keys(checks).map((k) => [k, z.optional(z.unknown())])) as Record<K, z.ZodMiniOptional<z.ZodMiniUnknown>>);
const profileShape = z.strictObject({
  v: z.literal(PROFILE_VERSION),
  referrer: fieldsOf(REFERRER_CHECKS),
  clinic: fieldsOf(CLINIC_CHECKS),
});

/** How the notice names each field that had to be reset. */
const FIELD_NAMES: { referrer: Record<keyof Referrer, string>; clinic: Record<keyof Clinic, string> } = {
  referrer: { name: 'your name', credentials: 'credentials', practice: 'practice', phone: 'your phone', fax: 'your fax', email: 'your email', npi: 'NPI' },
  clinic: { name: 'clinic name', website: 'clinic website', phone: 'clinic phone', fax: 'clinic fax' },
};

export type ProfileErrors = {
  referrer: Partial<Record<keyof Referrer, string>>;
  clinic: Partial<Record<keyof Clinic, string>>;
};

function run<T extends object>(values: T, checks: Readonly<Record<keyof T, Check>>): Partial<Record<keyof T, string>> {
  const errors: Partial<Record<keyof T, string>> = {};
  for (const key of Object.keys(checks) as (keyof T)[]) {
    const message = checks[key](String(values[key]));
    if (message) errors[key] = message;
  }
  return errors;
}

export function validateProfile(p: Profile): ProfileErrors {
  return { referrer: run(p.referrer, REFERRER_CHECKS), clinic: run(p.clinic, CLINIC_CHECKS) };
}

export const hasErrors = (e: ProfileErrors) => Object.keys(e.referrer).length + Object.keys(e.clinic).length > 0;

/** Trims surrounding space from every field before checking and saving. */
export function trimProfile(p: Profile): Profile {
  const trim = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as T;
  return { v: p.v, referrer: trim(p.referrer), clinic: trim(p.clinic) };
}

export const PROFILE_RESET_NOTICE =
  'Your saved settings could not be read (damaged or from another version), so the defaults were restored. Please check them.';

/** The notice when only some fields were unreadable: names them, so the user knows what to re-enter. */
export const fieldsResetNotice = (names: readonly string[]) =>
  `Some saved settings could not be read (${names.join(', ')}), so ${names.length > 1 ? 'those were' : 'that was'} reset to the default. Please check ${names.length > 1 ? 'them' : 'it'}.`;

/** Each stored value that passes its field's check, else the default; names the fields reset. */
function repair<T extends object>(stored: Record<string, unknown>, checks: Readonly<Record<keyof T, Check>>, defaults: T, names: Record<keyof T, string>) {
  const values = { ...defaults };
  const reset: string[] = [];
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    const value = stored[key];
    if (typeof value === 'string' && checks[key](value) === null) (values as Record<string, unknown>)[key] = value;
    else reset.push(names[key]);
  }
  return { values, reset };
}

/**
 * Validates what storage returned. Nothing stored gives the defaults; a wrong version or shape
 * resets everything; a field whose value fails its check is reset alone, and the notice names it.
 */
export function restoreProfile(raw: unknown): { profile: Profile; notice?: string } {
  if (raw === undefined || raw === null) return { profile: DEFAULT_PROFILE };
  const parsed = profileShape.safeParse(raw);
  if (!parsed.success) return { profile: DEFAULT_PROFILE, notice: PROFILE_RESET_NOTICE };
  const referrer = repair<Referrer>(parsed.data.referrer, REFERRER_CHECKS, DEFAULT_PROFILE.referrer, FIELD_NAMES.referrer);
  const clinic = repair<Clinic>(parsed.data.clinic, CLINIC_CHECKS, DEFAULT_PROFILE.clinic, FIELD_NAMES.clinic);
  const profile: Profile = { v: PROFILE_VERSION, referrer: referrer.values, clinic: clinic.values };
  const reset = [...referrer.reset, ...clinic.reset];
  return reset.length ? { profile, notice: fieldsResetNotice(reset) } : { profile };
}
