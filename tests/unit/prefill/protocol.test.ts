import { describe, expect, it } from 'vitest';
import { readRequest } from '../../../content/prefill/protocol';

const item = {
  key: 3, target: 'patient.email', label: 'Email', value: { text: 'a@b.co' },
  field: { tag: 'input', type: 'email', name: 'input_4', id: 'input_1_4', label: 'Email', groupLabel: '', value: '', form: 0 },
};
const expected = { origin: 'https://clinic.example', path: '/refer', signature: 'gform_1' };

describe('readRequest', () => {
  it.each([
    [{ type: 'collect', waitMs: 3000 }],
    [{ type: 'fill', form: 0, expect: expected, items: [item, { ...item, key: 4, value: { checked: true } }] }],
    [{ type: 'fill', form: null, expect: { ...expected, signature: null }, items: [] }],
  ])('accepts %j', (raw) => {
    expect(readRequest(raw)).toEqual(raw);
  });

  it('reads a null that Chromium dropped on the way (a form-less page: no signature, form -1) as null', () => {
    const sent = { type: 'fill', form: -1, expect: { ...expected, signature: null }, items: [{ ...item, field: { ...item.field, form: -1 } }] };
    const { signature: _dropped, ...arrived } = sent.expect;
    expect(readRequest({ ...sent, expect: arrived })).toEqual(sent);
    const { form: _alsoDropped, ...withoutForm } = { ...sent, form: null };
    expect(readRequest(withoutForm)).toEqual({ ...sent, form: null });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'collect'],
    ['an unknown type', { type: 'submit' }],
    ['collect with a silly wait', { type: 'collect', waitMs: 1e9 }],
    ['fill without items', { type: 'fill', form: 0 }],
    ['a bad item key', { type: 'fill', form: 0, items: [{ ...item, key: '3' }] }],
    ['a value that is neither text nor a tick', { type: 'fill', form: 0, items: [{ ...item, value: { checked: false } }] }],
    ['a huge value', { type: 'fill', form: 0, items: [{ ...item, value: { text: 'x'.repeat(10_001) } }] }],
    ['a missing field identity', { type: 'fill', form: 0, expect: expected, items: [{ ...item, field: null }] }],
    ['a field print without its label', { type: 'fill', form: 0, expect: expected, items: [{ ...item, field: { ...item.field, label: undefined } }] }],
    ['no expected page', { type: 'fill', form: 0, items: [item] }],
    ['an expected page without a path', { type: 'fill', form: 0, expect: { origin: expected.origin, signature: null }, items: [item] }],
    ['a fractional form', { type: 'fill', form: 0.5, items: [] }],
    // eslint-disable-next-line no-sparse-arrays
    ['a sparse item list', { type: 'fill', form: 0, items: [, item] }],
    ['prototype pollution', JSON.parse('{"type":"collect","waitMs":10,"__proto__":{"polluted":1}}')],
  ])('refuses %s', (_name, raw) => {
    const parsed = readRequest(raw);
    if (_name === 'prototype pollution') expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    else expect(parsed).toBeNull();
  });
});
