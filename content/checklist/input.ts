/**
 * Reading numbers and months typed by a person. A wrong value is worse than none: anything that
 * could be read two ways ("1,000" is a thousand in one country and one in another) is refused with
 * a message that says what to type instead, never guessed.
 */

export type NumberParse =
  | { ok: true; value: number | null }
  | { ok: false; message: string };

interface NumberRule {
  /** Noun for messages, e.g. "weeks". */
  unit: string;
  example: string;
  min: number;
  max: number;
  /** Whole numbers only (counts, scores, ages). */
  integer?: boolean;
  /** Message when above `max`. */
  tooHigh?: string;
}

/** "1,000", "1.000", "12,500": three digits after one separator read as thousands in some places. */
const AMBIGUOUS_SEPARATOR = /^\d{1,3}([.,]\d{3})+$/;

export function parseNumber(input: string, rule: NumberRule): NumberParse {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (AMBIGUOUS_SEPARATOR.test(trimmed)) {
    return {
      ok: false,
      message: `“${trimmed}” could be read two ways. Type the number without separators, for example ${rule.example}${rule.integer ? '' : ', or a decimal like 1.5'}.`,
    };
  }
  const pattern = rule.integer ? /^-?\d+$/ : /^-?\d+([.,]\d+)?$/;
  if (!pattern.test(trimmed)) {
    return { ok: false, message: `Enter ${rule.integer ? 'a whole number of' : 'a number of'} ${rule.unit}, for example ${rule.example}.` };
  }
  const value = Number(trimmed.replace(',', '.'));
  if (value < rule.min) {
    return { ok: false, message: rule.min === 0 ? `${capital(rule.unit)} cannot be negative.` : `The lowest is ${rule.min}.` };
  }
  if (value > rule.max) return { ok: false, message: rule.tooHigh ?? `The highest is ${rule.max}. Check the number.` };
  return { ok: true, value };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type WeeksParse =
  | { ok: true; weeks: number | null }
  | { ok: false; message: string };

/** 50 years: anything longer is a typing mistake, not a history. */
const MAX_WEEKS = 2609;

/**
 * Reads a number of weeks. Empty means "not answered". Accepts a decimal point or comma
 * ("12.5", "12,5"); refuses thousands separators and anything else with a message.
 */
export function parseWeeks(text: string): WeeksParse {
  const r = parseNumber(text, {
    unit: 'weeks', example: '14', min: 0, max: MAX_WEEKS,
    tooHigh: `That is more than 50 years (${MAX_WEEKS} weeks). Check the number.`,
  });
  return r.ok ? { ok: true, weeks: r.value } : r;
}

/** The whole-number fields of the history, with their limits. */
export const NUMBER_RULES = {
  age: { unit: 'years', example: '47', min: 0, max: 90, integer: true,
    tooHigh: 'For ages over 89 enter 90: it stands for “90 or older”.' },
  nprs: { unit: 'points', example: '6', min: 0, max: 10, integer: true, tooHigh: 'The pain scale runs from 0 to 10.' },
  odi: { unit: 'percent', example: '42', min: 0, max: 100, integer: true, tooHigh: 'The ODI runs from 0 to 100%.' },
  visits: { unit: 'visits', example: '12', min: 0, max: 200, integer: true },
  injections: { unit: 'injections', example: '2', min: 0, max: 50, integer: true },
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
  const thisMonth = today.getFullYear() * 12 + today.getMonth();
  if (year * 12 + monthNo - 1 > thisMonth) return { ok: false, message: 'That month is in the future.' };
  return { ok: true, value: `${year}-${String(monthNo).padStart(2, '0')}` };
}

/** Whether a stored month lies after `today`'s month (a stored value is re-checked on every use). */
export const monthInFuture = (value: string, today: Date) =>
  Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1 > today.getFullYear() * 12 + today.getMonth();
