import { z } from 'zod/mini';
import { CLINIC_SITE } from '../checklist/sources';
import { email, fieldList, httpsUrl, looseFields, maxText, npi, phone, repairFields, runChecks, type LimitedCheck } from './validate';

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

/** How messages and notices name each field. */
const FIELD_NAMES: { referrer: Record<keyof Referrer, string>; clinic: Record<keyof Clinic, string> } = {
  referrer: { name: 'your name', credentials: 'the credentials', practice: 'the practice name', phone: 'your phone', fax: 'your fax', email: 'your email', npi: 'the NPI' },
  clinic: { name: 'the clinic name', website: 'the clinic website', phone: 'the clinic phone', fax: 'the clinic fax' },
};

export const REFERRER_CHECKS: Readonly<Record<keyof Referrer, LimitedCheck>> = {
  name: maxText(80, { what: FIELD_NAMES.referrer.name }),
  credentials: maxText(40, { what: FIELD_NAMES.referrer.credentials }),
  practice: maxText(120, { what: FIELD_NAMES.referrer.practice }),
  phone,
  fax: phone,
  email,
  npi,
};

export const CLINIC_CHECKS: Readonly<Record<keyof Clinic, LimitedCheck>> = {
  name: maxText(80, { required: true, what: FIELD_NAMES.clinic.name }),
  website: httpsUrl,
  phone,
  fax: phone,
};

/**
 * The stored shape: the version and exactly these fields. Each field's value is judged on its own
 * by the same check the settings page uses (limits included), so a value that can be saved can be
 * read back, and one bad value costs only itself.
 */
const fieldsOf = <K extends string>(checks: Readonly<Record<K, LimitedCheck>>) => looseFields(Object.keys(checks) as K[]);
const profileShape = z.strictObject({
  v: z.literal(PROFILE_VERSION),
  referrer: fieldsOf(REFERRER_CHECKS),
  clinic: fieldsOf(CLINIC_CHECKS),
});

export type ProfileErrors = {
  referrer: Partial<Record<keyof Referrer, string>>;
  clinic: Partial<Record<keyof Clinic, string>>;
};

export function validateProfile(p: Profile): ProfileErrors {
  return { referrer: runChecks(p.referrer, REFERRER_CHECKS), clinic: runChecks(p.clinic, CLINIC_CHECKS) };
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
  `Some saved settings could not be read ${fieldList(names)}, so ${names.length > 1 ? 'those were' : 'that was'} reset to the default. Please check ${names.length > 1 ? 'them' : 'it'}.`;

/**
 * Validates what storage returned. Nothing stored gives the defaults; a wrong version or shape
 * resets everything; a field whose value fails its check is reset alone, and the notice names it.
 */
export function restoreProfile(raw: unknown): { profile: Profile; notice?: string } {
  if (raw === undefined || raw === null) return { profile: DEFAULT_PROFILE };
  const parsed = profileShape.safeParse(raw);
  if (!parsed.success) return { profile: DEFAULT_PROFILE, notice: PROFILE_RESET_NOTICE };
  const referrer = repairFields<Referrer>(parsed.data.referrer, REFERRER_CHECKS, DEFAULT_PROFILE.referrer, FIELD_NAMES.referrer);
  const clinic = repairFields<Clinic>(parsed.data.clinic, CLINIC_CHECKS, DEFAULT_PROFILE.clinic, FIELD_NAMES.clinic);
  const profile: Profile = { v: PROFILE_VERSION, referrer: referrer.values, clinic: clinic.values };
  const reset = [...referrer.reset, ...clinic.reset];
  return reset.length ? { profile, notice: fieldsResetNotice(reset) } : { profile };
}
