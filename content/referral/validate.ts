import { z } from 'zod/mini';

/**
 * Field checks for the referrer profile, clinic details and patient details. Each returns an
 * error message a person can act on, or null when the value is acceptable. Empty optional fields
 * are fine.
 */
export type Check = (value: string) => string | null;

/**
 * A check that also states the longest value it accepts. The limit is part of the check itself,
 * and the stored profile is read back through the same checks, so the settings page and the
 * reader can never disagree on a length.
 */
export type LimitedCheck = Check & { readonly max: number };

/** Longest phone or fax number, with room for spacing and an extension: "+1 (555) 123-4567 ext. 123456" is 29. */
export const PHONE_MAX = 40;
/** RFC 5321 allows at most 254 characters in an address that can actually be delivered. */
export const EMAIL_MAX = 254;
/**
 * Longest clinic website. It is printed as a QR code 0.8 inch wide: at 200 characters each dot is
 * about a third of a millimetre, still readable by a phone camera; longer gets hard to scan.
 */
export const URL_MAX = 200;
const NPI_LENGTH = 10;

/** Control characters have no place in a name or address and can upset printing. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const tooLong = (what: string, max: number, length: number) =>
  `Keep ${what} to ${max} characters or fewer (it has ${length}).`;

/**
 * Adds a length limit to a format check. The length is checked first, which also keeps the
 * format's regular expression away from very long input.
 */
function limited(max: number, what: string, check: Check): LimitedCheck {
  const run: Check = (value) => (value.length > max ? tooLong(what, max, value.length) : check(value));
  return Object.assign(run, { max });
}

/**
 * Free text of at most `max` characters. `what` names the field in the message, for example
 * "the practice name"; `required` refuses an empty value.
 */
export const maxText = (max: number, options: { required?: boolean; what?: string } = {}): LimitedCheck =>
  limited(max, options.what ?? 'this', (value) => {
    if (options.required && value.trim() === '') return 'Required.';
    if (CONTROL.test(value)) return 'Remove the special (control) characters.';
    return null;
  });

export const phone: LimitedCheck = limited(PHONE_MAX, 'the number', (value) => {
  if (value.trim() === '') return null;
  if (!/^[+\d\s().-]+(\s*(x|ext\.?)\s*\d{1,6})?$/i.test(value.trim())) {
    return 'Use digits, spaces and + ( ) - only, for example (555) 123-4567.';
  }
  const digits = value.replace(/(x|ext\.?)\s*\d+$/i, '').replace(/\D/g, '').length;
  if (digits < 10 || digits > 15) return `A phone number has 10 to 15 digits (this has ${digits}).`;
  return null;
});

export const email: LimitedCheck = limited(EMAIL_MAX, 'the email address', (value) => {
  if (value.trim() === '') return null;
  if (!/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/.test(value.trim())) {
    return 'Enter an email address such as name@practice.com.';
  }
  return null;
});

/**
 * NPI check digit: the Luhn formula over the first nine digits with the card-issuer prefix
 * 80840 in front (CMS, "Requirements for the NPI check digit").
 */
export function npiCheckDigitValid(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi.slice(0, 9)}`.split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits[i]!;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}

/** Not built with `limited`: "An NPI is exactly 10 digits" says more than a length message would. */
export const npi: LimitedCheck = Object.assign(
  (value: string) => {
    const v = value.trim();
    if (v === '') return null;
    if (value.length > NPI_LENGTH || !/^\d{10}$/.test(v)) return 'An NPI is exactly 10 digits.';
    if (!npiCheckDigitValid(v)) return 'This NPI’s last digit does not match the rest: check for a typo.';
    return null;
  },
  { max: NPI_LENGTH },
);

export const httpsUrl: LimitedCheck = limited(URL_MAX, 'the web address', (value) => {
  if (value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter a full web address starting with https://';
  }
  if (url.protocol !== 'https:') return 'The address must start with https://';
  if (url.username || url.password) return 'The address must not contain a user name or password.';
  return null;
});

/** Runs each field's check over `values`: the message of every field that fails. */
export function runChecks<T extends object>(values: T, checks: Readonly<Record<keyof T, Check>>): Partial<Record<keyof T, string>> {
  const errors: Partial<Record<keyof T, string>> = {};
  for (const key of Object.keys(checks) as (keyof T)[]) {
    const message = checks[key](String(values[key]));
    if (message) errors[key] = message;
  }
  return errors;
}

/**
 * Reads stored fields back through the same checks the form uses: a string that passes is kept,
 * anything else falls back to its default and is named in `reset`, so one bad value costs only
 * itself and the user is told which.
 */
export function repairFields<T extends Record<keyof T, string>>(
  stored: Readonly<Record<string, unknown>>, checks: Readonly<Record<keyof T, Check>>, defaults: T, names: Readonly<Record<keyof T, string>>,
  drafts: Partial<Record<keyof T, Draft>> = {},
): { values: T; reset: string[] } {
  const values = { ...defaults };
  const reset: string[] = [];
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    const value = stored[key];
    if (typeof value === 'string' && (checks[key](value) === null || drafts[key]?.(value))) values[key] = value as T[keyof T & string];
    else reset.push(names[key]);
  }
  return { values, reset };
}

/**
 * Whether a value that fails its check is still a draft worth keeping: a half-typed phone number
 * or email is unfinished, not damaged. It must be text a person could have typed into the field
 * (within the field's length, no control characters); the form then shows it with its message,
 * as an entry to finish.
 */
export type Draft = (value: string) => boolean;
export const draftUpTo = (max: number): Draft => (value) => value.length <= max && !CONTROL.test(value);

/**
 * The stored shape of a record whose fields repairFields judges one by one: exactly these keys
 * (an unknown key means it is not our record), each holding anything.
 */
export const looseFields = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.optional(z.unknown())])) as Record<K, z.ZodMiniOptional<z.ZodMiniUnknown>>);

/** "(a, b)": how notices list the fields they had to reset. */
export const fieldList = (names: readonly string[]) => `(${names.join(', ')})`;
