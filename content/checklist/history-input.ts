import { AGE_TOP, MAX_INJECTIONS, MAX_VISITS } from './answers';
import { MAX_WEEKS, type NumberRule } from './input';

/** Limits and month parsing for the history details; loaded with them, not at popup open. */
/** The whole-number fields of the history, with their limits. */
export const NUMBER_RULES = {
  age: { unit: 'years', example: '47', min: 0, max: AGE_TOP, integer: true,
    tooHigh: 'For ages over 89 enter 90: it stands for “90 or older”.' },
  nprs: { unit: 'points', example: '6', min: 0, max: 10, integer: true, tooHigh: 'The pain scale runs from 0 to 10.' },
  odi: { unit: 'percent', example: '42', min: 0, max: 100, integer: true, tooHigh: 'The ODI runs from 0 to 100%.' },
  visits: { unit: 'visits', example: '12', min: 0, max: MAX_VISITS, integer: true },
  injections: { unit: 'injections', example: '2', min: 0, max: MAX_INJECTIONS, integer: true },
  weeks: { unit: 'weeks', example: '6', min: 0, max: MAX_WEEKS },
} as const satisfies Record<string, NumberRule>;

export type MonthParse =
  | { ok: true; value: string | null }
  | { ok: false; message: string };

/**
 * Reads a month as `yyyy-mm`, `mm/yyyy` or `mm-yyyy`; refuses months in the future (after
 * `today`'s month) or before 1950, and anything else, such as a full date or a two-digit year.
 */
export function parseMonth(input: string, today: Date): MonthParse {
  const t = input.trim();
  if (t === '') return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
  const us = /^(\d{1,2})[/-](\d{4})$/.exec(t);
  const year = Number(iso?.[1] ?? us?.[2]);
  const monthNo = Number(iso?.[2] ?? us?.[1]);
  if (!(iso || us) || monthNo < 1 || monthNo > 12) {
    return { ok: false, message: 'Enter a month as 2025-03 or 03/2025.' };
  }
  if (year < 1950) return { ok: false, message: 'That year is too early. Check it.' };
  const value = `${year}-${String(monthNo).padStart(2, '0')}`;
  if (monthInFuture(value, today)) return { ok: false, message: 'That month is in the future.' };
  return { ok: true, value };
}

/** Whether a stored month lies after `today`'s month (a stored value is re-checked on every use). */
export const monthInFuture = (value: string, today: Date) =>
  Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1 > today.getFullYear() * 12 + today.getMonth();
