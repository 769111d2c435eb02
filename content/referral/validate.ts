/**
 * Field checks for the referrer profile and clinic details. Each returns an error message a
 * person can act on, or null when the value is acceptable. Empty optional fields are fine.
 */
export type Check = (value: string) => string | null;

/** Control characters have no place in a name or address and can upset printing. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const maxText = (max: number, required = false): Check => (value) => {
  if (required && value.trim() === '') return 'Required.';
  if (CONTROL.test(value)) return 'Remove the special (control) characters.';
  if (value.length > max) return `Too long: at most ${max} characters (now ${value.length}).`;
  return null;
};

export const phone: Check = (value) => {
  if (value.trim() === '') return null;
  if (!/^[+\d\s().-]+(\s*(x|ext\.?)\s*\d{1,6})?$/i.test(value.trim())) {
    return 'Use digits, spaces and + ( ) - only, for example (555) 123-4567.';
  }
  const digits = value.replace(/(x|ext\.?)\s*\d+$/i, '').replace(/\D/g, '').length;
  if (digits < 10 || digits > 15) return `A phone number has 10 to 15 digits (this has ${digits}).`;
  return null;
};

export const email: Check = (value) => {
  if (value.trim() === '') return null;
  if (value.length > 254 || !/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/.test(value.trim())) {
    return 'Enter an email address such as name@practice.com.';
  }
  return null;
};

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

export const npi: Check = (value) => {
  const v = value.trim();
  if (v === '') return null;
  if (!/^\d{10}$/.test(v)) return 'An NPI is exactly 10 digits.';
  if (!npiCheckDigitValid(v)) return 'This NPI’s last digit does not match the rest: check for a typo.';
  return null;
};

export const httpsUrl: Check = (value) => {
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
};
