import { describe, expect, it } from 'vitest';
import type { FieldRecord } from '../../../content/prefill/field';
import { readResponse } from '../../../content/prefill/response-schema';

const field = (key: number, over: Partial<Record<keyof FieldRecord, unknown>> = {}) => ({
  key, tag: 'input', type: 'text', name: `n${key}`, id: `i${key}`, autocomplete: '', label: `Field ${key}`, groupLabel: '', section: '',
  placeholder: '', hints: '', value: '', options: [], required: false, maxLength: null, readOnly: false, disabled: false, hidden: null,
  form: 0, filled: false, ...over,
});
const answer = (fields: unknown[]) => ({ ok: true, type: 'collected', collection: { fields, forms: [], frames: [] }, timedOut: false });

describe('readResponse checks each field on its own (issue 9, point 7)', () => {
  it.each<[string, Partial<Record<keyof FieldRecord, unknown>>]>([
    ['a 2,000-character label', { label: 'x'.repeat(2001) }],
    ['a select with over 1,000 options', { tag: 'select', type: 'select', options: Array.from({ length: 1001 }, (_, i) => ({ value: `${i}`, label: `${i}` })) }],
    ['a 10,000-character value', { value: 'A'.repeat(10_001) }],
    ['an unknown tag', { tag: 'button' }],
    ['a missing property', { filled: undefined }],
  ])('%s: that field is dropped with a reason, the rest kept', (_, bad) => {
    const read = readResponse(answer([field(0), field(1, bad), field(2)]));
    expect(read).not.toBeNull();
    if (!read || !read.ok || read.type !== 'collected') throw new Error('not collected');
    expect(read.collection.fields.map((f) => f.key)).toEqual([0, 2]);
    expect(read.collection.notes).toEqual([{ key: 1, label: 'n1', reason: expect.stringContaining('could not be read') }]);
  });

  it('still refuses an answer whose envelope is wrong', () => {
    expect(readResponse({ ok: true, type: 'collected', collection: { fields: 'x', forms: [], frames: [] }, timedOut: false })).toBeNull();
    expect(readResponse({ ok: 'yes' })).toBeNull();
  });
});
