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

const collectionSchema = z.strictObject({
  fields: z.array(fieldSchema).check(z.maxLength(5000)),
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
  }),
  z.strictObject({ ok: z.literal(false), error: text() }),
]);

export function readResponse(raw: unknown): PrefillResponse | null {
  const parsed = responseSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
