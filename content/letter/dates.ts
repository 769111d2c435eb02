import { parseDob } from '../referral/patient';

const LONG: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

/** The letter's date in words ("December 2, 2026"): month names cannot be misread as 2/12 or 12/2. */
export const longDate = (d: Date): string => d.toLocaleDateString('en-US', LONG);

/**
 * A yyyy-mm-dd date of birth in words, or '' when it is empty or not a real date (the letter
 * then leaves a blank, never a guessed date). Read as a calendar day, so no time zone shifts it.
 */
export function dobInWords(dob: string): string {
  const d = parseDob(dob);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)).toLocaleDateString('en-US', { ...LONG, timeZone: 'UTC' }) : '';
}
