import { collect, controlsOf, formSignature } from './collect';
import { PRINT_KEYS, type Expected, type FillItem } from './protocol';
import type { VisibilityOptions } from './visibility';

const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 60)}…` : s}”`;

/**
 * Checks, before anything is written, that the page is still the one the plan was made for: the
 * same origin and path, the same form, and each planned field the same (tag, type, name, id,
 * label, group label, choice value and form) and still visible to a person. Returns what changed,
 * or null when nothing did. Any change means nothing at all is written.
 */
export function verify(doc: Document, form: number | null, expected: Expected, items: readonly FillItem[], opts: VisibilityOptions): string | null {
  const where = doc.location;
  if (!where || where.origin !== expected.origin) return 'the tab is on another site';
  if (where.pathname !== expected.path) return `the page’s address is now ${quote(where.pathname)}`;
  if (form !== null && form >= 0) {
    const el = doc.forms[form];
    if (!el || formSignature(el) !== expected.signature) return 'the form is not the one the plan was made for';
  }
  const controls = controlsOf(doc);
  const planned = new Set(items.map((i) => controls[i.key]));
  // The same reading the plan came from, for the planned fields only: labels, groups, visibility.
  const byKey = new Map(collect(doc, opts, (el) => planned.has(el)).fields.map((f) => [f.key, f]));
  for (const item of items) {
    const now = byKey.get(item.key);
    if (!now) return `${quote(item.label)} is no longer on the page`;
    const key = PRINT_KEYS.find((k) => now[k] !== item.field[k]);
    if (key === 'label' || key === 'groupLabel') return `${quote(item.label)} is now labelled ${quote(now[key])}`;
    if (key || now.form !== item.field.form) return `${quote(item.label)} is not the field it was`;
    if (now.hidden) return `${quote(item.label)} is now hidden (${now.hidden})`;
  }
  return null;
}
