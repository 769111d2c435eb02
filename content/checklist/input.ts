/**
 * Reading numbers and months typed by a person. A wrong value is worse than none: anything that
 * could be read two ways ("1,000" is a thousand in one country and one in another) is refused with
 * a message that says what to type instead, never guessed.
 */

export type NumberParse =
  | { ok: true; value: number | null }
  | { ok: false; message: string };

export interface NumberRule {
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

/** 50 years: anything longer is a typing mistake, not a history (the answers' schema uses it too). */
export const MAX_WEEKS = 2609;

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

