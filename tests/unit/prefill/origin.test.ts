import { describe, expect, it } from 'vitest';
import { checkTab, normaliseOrigin } from '../../../content/prefill/origin';
import {
  DEFAULT_PREFILL_SETTINGS, PREFILL_RESET_NOTICE, restorePrefillSettings, withCorrection, withOrigin, withoutOrigin,
} from '../../../content/prefill/settings';

describe('normaliseOrigin', () => {
  it.each([
    ['https://valorspine.com/refer/?x=1', 'https://valorspine.com'],
    ['https://forms.clinic.example:8443', 'https://forms.clinic.example:8443'],
    ['http://localhost:4173/forms/gf25-referral.html', 'http://localhost:4173'],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:4173'],
  ])('accepts %s as %s', (input, origin) => expect(normaliseOrigin(input)).toEqual({ ok: true, origin }));

  it.each([
    ['http://valorspine.com', 'Only https'],
    ['valorspine.com', 'Enter a web address'],
    ['file:///etc/passwd', 'Only web pages'],
    ['chrome://extensions', 'Only web pages'],
    ['javascript:alert(1)', 'Only web pages'],
    ['https://user:pw@valorspine.com', 'user name'],
  ])('refuses %s', (input, message) => {
    const checked = normaliseOrigin(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(message);
  });
});

describe('checkTab', () => {
  const allowed = ['https://valorspine.com', 'http://localhost:4173'];
  it.each([
    ['https://valorspine.com/referral-form/', { allowed: true, origin: 'https://valorspine.com' }],
    ['http://localhost:4173/forms/x.html', { allowed: true, origin: 'http://localhost:4173' }],
    ['http://127.0.0.1:4173/forms/x.html', { allowed: false, origin: 'http://127.0.0.1:4173', reason: 'not-the-clinic' }],
    ['https://valorspine.com.evil.example/', { allowed: false, origin: 'https://valorspine.com.evil.example', reason: 'not-the-clinic' }],
    ['chrome://newtab/', { allowed: false, origin: null, reason: 'not-a-web-page' }],
    ['http://valorspine.com/referral-form/', { allowed: false, origin: 'http://valorspine.com', reason: 'not-secure' }],
    [undefined, { allowed: false, origin: null, reason: 'not-a-web-page' }],
  ])('%s', (url, gate) => expect(checkTab(url, allowed)).toEqual(gate));
});

describe('prefill settings', () => {
  it('defaults to the clinic’s https origin with no corrections', () => {
    expect(DEFAULT_PREFILL_SETTINGS).toEqual({ v: 1, origins: ['https://valorspine.com'], corrections: {} });
  });

  it.each([
    ['a non-origin', { v: 1, origins: ['https://valorspine.com/path'], corrections: {} }],
    ['plain http elsewhere', { v: 1, origins: ['http://valorspine.com'], corrections: {} }],
    ['an unknown target', { v: 1, origins: [], corrections: { 'https://a.example': { f1: 'patient.ssn' } } }],
    ['another version', { v: 2, origins: [], corrections: {} }],
    ['a correction for a non-origin', { v: 1, origins: [], corrections: { nope: { f1: 'none' } } }],
  ])('resets %s with a notice', (_name, raw) => {
    expect(restorePrefillSettings(raw)).toEqual({ settings: DEFAULT_PREFILL_SETTINGS, notice: PREFILL_RESET_NOTICE });
  });

  it('keeps a __proto__ field id as data, without polluting objects', () => {
    const raw = JSON.parse('{"v":1,"origins":[],"corrections":{"https://a.example":{"__proto__":"none"}}}');
    restorePrefillSettings(raw);
    expect(({} as Record<string, unknown>).none).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('none');
  });

  it('adds and removes origins and corrections', () => {
    const added = withCorrection(withOrigin(DEFAULT_PREFILL_SETTINGS, 'http://localhost:1'), 'http://localhost:1', 'input_2', 'patient.dob');
    expect(added.origins).toEqual(['https://valorspine.com', 'http://localhost:1']);
    expect(added.corrections).toEqual({ 'http://localhost:1': { input_2: 'patient.dob' } });
    expect(withCorrection(added, 'http://localhost:1', 'input_2', null).corrections).toEqual({ 'http://localhost:1': {} });
    expect(withoutOrigin(added, 'http://localhost:1')).toEqual(DEFAULT_PREFILL_SETTINGS);
  });
});
