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

/**
 * What the plan saw of a field: the script finds it again by key and refuses to write anything
 * unless each of these is still the same (and the field is still visible).
 */
export type FieldPrint = Pick<FieldRecord, 'tag' | 'type' | 'name' | 'id' | 'label' | 'groupLabel' | 'value' | 'form'>;
export const PRINT_KEYS = ['tag', 'type', 'name', 'id', 'label', 'groupLabel', 'value'] as const;
export type FillItem = PlanItem & { readonly field: FieldPrint };
/** The page the plan was made for: its origin, path and the chosen form's signature (null: no form). */
export interface Expected {
  readonly origin: string;
  readonly path: string;
  readonly signature: string | null;
}
export type PrefillRequest =
  | { readonly type: 'collect'; readonly waitMs: number }
  | { readonly type: 'fill'; readonly form: number | null; readonly expect: Expected; readonly items: readonly FillItem[] };

/** Why the page no longer matches its plan, or that the page sent the form during Fill. */
export interface Changed {
  readonly ok: true;
  readonly type: 'changed';
  readonly reason: string;
}

export type PrefillResponse =
  | { readonly ok: true; readonly type: 'collected'; readonly collection: Collection; readonly timedOut: boolean }
  | { readonly ok: true; readonly type: 'filled'; readonly outcome: FillOutcome; readonly requiredEmpty: readonly string[]; readonly sent?: string }
  | Changed
  | { readonly ok: false; readonly error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.length <= 10_000;

function isFillItem(v: unknown): v is FillItem {
  if (!isObject(v) || !Number.isInteger(v.key) || !isString(v.target) || !isString(v.label)) return false;
  const value = v.value;
  const field = v.field;
  const valueOk = isObject(value) && (value.checked === true || isString(value.text));
  return valueOk && isObject(field) && PRINT_KEYS.every((k) => isString(field[k])) && Number.isInteger(field.form);
}

/**
 * Chromium's scripting.executeScript drops properties whose value is null from the objects in its
 * `args` (found by Form.io's page, whose fields sit outside any <form>: every fill was refused as
 * malformed). So a missing signature or form is read as the null the popup sent.
 */
const orNull = (v: unknown) => (v === undefined ? null : v);

function readExpected(v: unknown): Expected | null {
  if (!isObject(v)) return null;
  const signature = orNull(v.signature);
  if (!isString(v.origin) || !isString(v.path) || !(signature === null || isString(signature))) return null;
  return { origin: v.origin, path: v.path, signature };
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
    const given = orNull(raw.form);
    const form = given === null || Number.isInteger(given) ? (given as number | null) : undefined;
    const expected = readExpected(raw.expect);
    return form === undefined || !expected ? null : { type: 'fill', form, expect: expected, items: raw.items };
  }
  return null;
}
