import { describe, expect, it } from 'vitest';
import { addressMatches, checkTab, normaliseAddress, normaliseOrigin } from '../../../content/prefill/origin';
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
    ['another version', { v: 2, origins: [], corrections: {} }],
    ['addresses that are not a list', { v: 1, origins: 'https://valorspine.com', corrections: {} }],
    ['corrections that are not a record', { v: 1, origins: [], corrections: ['none'] }],
    ['a string', 'https://valorspine.com'],
  ])('resets %s with a notice', (_name, raw) => {
    expect(restorePrefillSettings(raw)).toEqual({ settings: DEFAULT_PREFILL_SETTINGS, notice: PREFILL_RESET_NOTICE });
  });

  it.each([
    ['an address not in its normal form', ['https://valorspine.com/path/']],
    ['an address with a query', ['https://valorspine.com/path?x=1']],
    ['plain http elsewhere', ['http://valorspine.com']],
  ])('restores the clinic’s website, with a notice, when its only address is unreadable (%s)', (_name, origins) => {
    expect(restorePrefillSettings({ v: 1, origins, corrections: {} })).toEqual({ settings: DEFAULT_PREFILL_SETTINGS, notice: PREFILL_RESET_NOTICE });
  });

  it('one unreadable address costs only itself (issue 9, point 5): the others and every correction are kept', () => {
    const raw = { v: 1, origins: ['https://clinic.example/refer', 'http://valorspine.com', 'https://intake.example'], corrections: { 'https://clinic.example': { f1: 'none' } } };
    expect(restorePrefillSettings(raw)).toEqual({
      settings: { v: 1, origins: ['https://clinic.example/refer', 'https://intake.example'], corrections: raw.corrections },
      notice: '1 form address could not be read and was removed; the rest of your form settings were kept. Please check them in settings.',
    });
  });

  it('unreadable corrections cost only themselves: an unknown target, a non-origin, a field id too long', () => {
    const raw = {
      v: 1, origins: ['https://a.example'],
      corrections: { 'https://a.example': { f1: 'patient.ssn', f2: 'none', ['x'.repeat(301)]: 'none' }, nope: { f1: 'none' } },
    };
    expect(restorePrefillSettings(raw)).toEqual({
      settings: { v: 1, origins: ['https://a.example'], corrections: { 'https://a.example': { f2: 'none' } } },
      notice: '3 field corrections could not be read and were removed; the rest of your form settings were kept. Please check them in settings.',
    });
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

describe('allowed addresses with a path prefix (issue 9, point 9)', () => {
  it.each([
    ['https://valorspine.com', 'https://valorspine.com'],
    ['https://valorspine.com/', 'https://valorspine.com'],
    ['https://clinic.example/refer', 'https://clinic.example/refer'],
    ['https://clinic.example/refer/', 'https://clinic.example/refer'],
    ['https://clinic.example/refer/?step=2#top', 'https://clinic.example/refer'],
    ['https://clinic.example/a/../refer//', 'https://clinic.example/refer'],
    ['https://Clinic.Example/Refer', 'https://clinic.example/Refer'],
    ['http://localhost:4173/forms/', 'http://localhost:4173/forms'],
  ])('normalises %s to %s', (input, address) => {
    const checked = normaliseAddress(input);
    expect(checked).toEqual({ ok: true, address });
  });

  it.each([
    ['http://valorspine.com/refer', 'Only https'],
    ['https://user:pw@clinic.example/refer', 'user name'],
    ['clinic.example/refer', 'Enter a web address'],
  ])('refuses %s', (input, message) => {
    const checked = normaliseAddress(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(message);
  });

  it.each<[string, string, boolean]>([
    ['https://clinic.example/refer', 'https://clinic.example/refer', true],
    ['https://clinic.example/refer', 'https://clinic.example/refer/', true],
    ['https://clinic.example/refer', 'https://clinic.example/refer/step-2?x=1#a', true],
    ['https://clinic.example/refer', 'https://clinic.example/referral-other', false],
    ['https://clinic.example/refer', 'https://clinic.example/refer.html', false],
    ['https://clinic.example/refer', 'https://clinic.example/', false],
    ['https://clinic.example/refer', 'https://clinic.example/blog/refer', false],
    ['https://clinic.example/refer', 'https://clinic.example/Refer', false],
    ['https://clinic.example/refer', 'https://clinic.example/refer/../blog/', false],
    ['https://clinic.example/refer', 'https://other.example/refer', false],
    ['https://clinic.example/refer', 'http://clinic.example/refer', false],
    ['https://clinic.example', 'https://clinic.example/anything/at/all', true],
  ])('%s allows %s: %s', (address, url, allowed) => expect(addressMatches(address, url)).toBe(allowed));

  it('gates a tab by path, naming its origin either way', () => {
    const allowed = ['https://clinic.example/refer'];
    expect(checkTab('https://clinic.example/refer/new', allowed)).toEqual({ allowed: true, origin: 'https://clinic.example' });
    expect(checkTab('https://clinic.example/blog/2024/comment', allowed)).toEqual({ allowed: false, origin: 'https://clinic.example', reason: 'not-the-clinic' });
  });

  it('keeps addresses with paths in settings, and drops an origin’s corrections only with its last address', () => {
    const raw = { v: 1, origins: ['https://clinic.example/refer', 'https://clinic.example/intake'], corrections: { 'https://clinic.example': { f: 'none' } } };
    const restored = restorePrefillSettings(raw);
    expect(restored).toEqual({ settings: raw });
    const one = withoutOrigin(restored.settings, 'https://clinic.example/refer');
    expect(one.corrections).toEqual(raw.corrections);
    expect(withoutOrigin(one, 'https://clinic.example/intake')).toEqual({ v: 1, origins: [], corrections: {} });
  });
});
