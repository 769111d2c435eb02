import { z } from 'zod/mini';
import type { PrefillResponse } from './protocol';

const text = (max = 2000) => z.string().check(z.maxLength(max));
const int = z.number().check(z.int());

const fieldSchema = z.strictObject({
  key: int, tag: z.enum(['input', 'select', 'textarea']), type: text(40), name: text(), id: text(), autocomplete: text(200),
  label: text(), groupLabel: text(), section: text(), placeholder: text(), hints: text(), value: text(10_000),
  options: z.array(z.strictObject({ value: text(10_000), label: text() })).check(z.maxLength(1000)),
  required: z.boolean(), maxLength: z.nullable(int), readOnly: z.boolean(), disabled: z.boolean(),
  hidden: z.nullable(text(200)), form: int, filled: z.boolean(),
});

const noteSchema = z.strictObject({ key: int, label: text(), reason: text() });

/** The collection's envelope; each field is checked on its own below, so one odd field cannot sink the rest. */
const collectionSchema = z.strictObject({
  fields: z.array(z.unknown()).check(z.maxLength(5000)),
  notes: z.optional(z.array(noteSchema).check(z.maxLength(5000))),
  forms: z.array(z.strictObject({ index: int, id: text(), signature: text(10_000) })).check(z.maxLength(500)),
  frames: z.array(text()).check(z.maxLength(100)),
});

const labelled = z.strictObject({ key: int, label: text() });

/** Everything the page sends back is checked here before the popup uses it. */
const responseSchema = z.union([
  z.strictObject({ ok: z.literal(true), type: z.literal('collected'), collection: collectionSchema, timedOut: z.boolean() }),
  z.strictObject({
    ok: z.literal(true), type: z.literal('filled'),
    outcome: z.strictObject({
      filled: z.array(labelled).check(z.maxLength(5000)),
      failed: z.array(z.strictObject({ key: int, label: text(), reason: text() })).check(z.maxLength(5000)),
    }),
    requiredEmpty: z.array(text()).check(z.maxLength(5000)),
    sent: z.optional(text(40)),
  }),
  z.strictObject({ ok: z.literal(true), type: z.literal('changed'), reason: text() }),
  z.strictObject({ ok: z.literal(false), error: text() }),
]);

/** A name for a field that failed its check, from whatever of it can be read. */
function nameOf(raw: unknown): string {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const name = [r.name, r.id, r.label].find((v) => typeof v === 'string' && v !== '');
  return typeof name === 'string' ? name.slice(0, 100) : 'a form control';
}

export function readResponse(raw: unknown): PrefillResponse | null {
  const parsed = responseSchema.safeParse(raw);
  if (!parsed.success) return null;
  const answer = parsed.data;
  if (!answer.ok || answer.type !== 'collected') return answer;
  // Validate per field: a bad one is dropped with a note, and the others are kept.
  const fields: z.infer<typeof fieldSchema>[] = [];
  const notes = [...(answer.collection.notes ?? [])];
  answer.collection.fields.forEach((f, i) => {
    const one = fieldSchema.safeParse(f);
    if (one.success) fields.push(one.data);
    else {
      const key = (f as { key?: unknown } | null)?.key;
      notes.push({ key: Number.isInteger(key) ? (key as number) : -1 - i, label: nameOf(f), reason: 'this field could not be read (the page sent something unexpected for it)' });
    }
  });
  const collection = answer.collection.notes || notes.length ? { ...answer.collection, fields, notes } : { ...answer.collection, fields };
  return { ...answer, collection };
}
