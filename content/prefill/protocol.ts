import type { Collection, FieldRecord } from './field';
import type { FillOutcome } from './fill';
import type { PlanItem } from './match';

/**
 * The popup talks to the injected script in two steps, each one `scripting.executeScript` call
 * into the tab's top frame: first it places a request under REQUEST_KEY in the isolated world
 * (invisible to the page), then it runs the prefill script, which takes the request, deletes
 * it, and returns its answer. Nothing stays behind in the page.
 */
export const REQUEST_KEY = '__spineReferralPrefillRequest';

export type FillItem = PlanItem & { readonly field: Pick<FieldRecord, 'tag' | 'name' | 'id'> };
export type PrefillRequest =
  | { readonly type: 'collect'; readonly waitMs: number }
  | { readonly type: 'fill'; readonly form: number | null; readonly items: readonly FillItem[] };

export type PrefillResponse =
  | { readonly ok: true; readonly type: 'collected'; readonly collection: Collection; readonly timedOut: boolean }
  | { readonly ok: true; readonly type: 'filled'; readonly outcome: FillOutcome; readonly requiredEmpty: readonly string[] }
  | { readonly ok: false; readonly error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= 10_000;

function isFillItem(v: unknown): v is FillItem {
  if (!isObject(v) || !Number.isInteger(v.key) || !isString(v.target) || !isString(v.label)) return false;
  const value = v.value;
  const field = v.field;
  const valueOk = isObject(value) && (value.checked === true || isString(value.text));
  return valueOk && isObject(field) && isString(field.tag) && isString(field.name) && isString(field.id);
}

/**
 * Checks a request by hand. The injected script stays free of zod (it must be small); the popup
 * validates everything it receives with schemas.
 */
export function readRequest(raw: unknown): PrefillRequest | null {
  if (!isObject(raw)) return null;
  if (raw.type === 'collect') {
    return typeof raw.waitMs === 'number' && raw.waitMs >= 0 && raw.waitMs <= 10_000 ? { type: 'collect', waitMs: raw.waitMs } : null;
  }
  // Array.from visits holes too: every() would skip them and let a sparse array through (found by fast-check).
  if (raw.type === 'fill' && Array.isArray(raw.items) && raw.items.length <= 2000 && Array.from(raw.items, isFillItem).every(Boolean)) {
    const form = raw.form === null || Number.isInteger(raw.form) ? (raw.form as number | null) : undefined;
    return form === undefined ? null : { type: 'fill', form, items: raw.items };
  }
  return null;
}
