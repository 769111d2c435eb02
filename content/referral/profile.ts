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
 * The stored shape, with each field's length limit taken from its check. A separate limit here
 * once drifted from the checks: a 420-character website could be saved but not read back.
 */
function fieldsSchema<K extends string>(checks: Readonly<Record<K, LimitedCheck>>) {
  const shape = {} as Record<K, z.ZodMiniString<string>>;
  for (const key of Object.keys(checks) as K[]) shape[key] = z.string().check(z.maxLength(checks[key].max));
  return z.strictObject(shape);
}

const profileShape = z.strictObject({
  v: z.literal(PROFILE_VERSION),
  referrer: fieldsSchema(REFERRER_CHECKS),
  clinic: fieldsSchema(CLINIC_CHECKS),
});

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

/** Validates what storage returned: nothing stored gives the defaults; anything invalid resets. */
export function restoreProfile(raw: unknown): { profile: Profile; notice?: string } {
  if (raw === undefined || raw === null) return { profile: DEFAULT_PROFILE };
  const parsed = profileShape.safeParse(raw);
  if (!parsed.success || hasErrors(validateProfile(parsed.data))) {
    return { profile: DEFAULT_PROFILE, notice: PROFILE_RESET_NOTICE };
  }
  return { profile: parsed.data };
}
