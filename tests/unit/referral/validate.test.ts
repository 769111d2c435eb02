import { describe, expect, it } from 'vitest';
import {
  EMAIL_MAX, PHONE_MAX, URL_MAX, email, httpsUrl, maxText, npi, npiCheckDigitValid, phone,
} from '../../../content/referral/validate';

describe('npi', () => {
  // 1234567893 is the worked example in the CMS check-digit paper.
  it.each(['1234567893', '1245319599', ''])('accepts %j', (v) => expect(npi(v)).toBeNull());
  it.each([
    ['1234567890', 'last digit'],
    ['123456789', 'exactly 10 digits'],
    ['12345678931', 'exactly 10 digits'],
    ['12345-6789', 'exactly 10 digits'],
    ['abcdefghij', 'exactly 10 digits'],
  ])('rejects %j', (v, message) => expect(npi(v)).toContain(message));
  it('checks every possible last digit, and only one is right', () => {
    expect([...'0123456789'].filter((d) => npiCheckDigitValid(`123456789${d}`))).toEqual(['3']);
  });
});

describe('phone', () => {
  it.each(['(555) 123-4567', '+1 555 123 4567', '555.123.4567', '555-123-4567 ext. 12', ''])('accepts %j', (v) =>
    expect(phone(v)).toBeNull());
  it.each([
    ['123-4567', '10 to 15 digits'],
    ['+1 555 123 4567 8901 2', '10 to 15 digits'],
    ['call me', 'Use digits'],
    ['<b>555</b>', 'Use digits'],
  ])('rejects %j', (v, message) => expect(phone(v)).toContain(message));
});

describe('email', () => {
  it.each(['pt@clinic.org', 'first.last+ref@example.co.uk', ''])('accepts %j', (v) => expect(email(v)).toBeNull());
  it.each(['pt@clinic', 'no-at.example.com', 'a b@c.com', '<script>@x.com', `${'a'.repeat(250)}@x.com`])(
    'rejects %j', (v) => expect(email(v)).toContain('email address'));
});

describe('httpsUrl', () => {
  it.each(['https://valorspine.com', 'https://valorspine.com/refer/', ''])('accepts %j', (v) => expect(httpsUrl(v)).toBeNull());
  it.each([
    ['http://valorspine.com', 'https://'],
    ['javascript:alert(1)', 'https://'],
    ['valorspine.com', 'full web address'],
    ['https://user:pw@valorspine.com', 'user name'],
  ])('rejects %j', (v, message) => expect(httpsUrl(v)).toContain(message));
});

describe('maxText', () => {
  it('limits length, refuses control characters and can require a value', () => {
    expect(maxText(5)('abcde')).toBeNull();
    expect(maxText(5)('abcdef')).toBe('Keep this to 5 characters or fewer (it has 6).');
    expect(maxText(5, { what: 'your name' })('abcdef')).toContain('Keep your name to 5');
    expect(maxText(5)('a\u0007b')).toContain('control');
    expect(maxText(5, { required: true })('  ')).toBe('Required.');
    expect(maxText(80)('<img src=x onerror=alert(1)>')).toBeNull(); // stored as text, shown as text
  });
});

describe('length limits', () => {
  // Each check states its limit, and refuses anything longer even when the format is fine:
  // the storage schema uses the same number, so a saved value can always be read back.
  const url = (length: number) => `https://valorspine.com/${'a'.repeat(length - 23)}`;
  const spacedPhone = (length: number) => `555${'-'.repeat(length - 10)}1234567`;
  const longEmail = (length: number) => `${'a'.repeat(length - 13)}@practice.com`;
  it.each([
    ['httpsUrl', httpsUrl, URL_MAX, url, 'Keep the web address to 200 characters'],
    ['phone', phone, PHONE_MAX, spacedPhone, 'Keep the number to 40 characters'],
    ['email', email, EMAIL_MAX, longEmail, 'Keep the email address to 254 characters'],
  ])('%s accepts %i characters and no more', (_name, check, max, make, message) => {
    expect(check.max).toBe(max);
    expect(make(max)).toHaveLength(max);
    expect(check(make(max))).toBeNull();
    expect(check(make(max + 1))).toContain(message);
  });

  it('the reported examples are refused', () => {
    expect(httpsUrl(url(420))).toBe('Keep the web address to 200 characters or fewer (it has 420).');
    expect(phone(`555${'-'.repeat(320)}1234567`)).toContain('Keep the number to 40 characters');
  });

  it('npi and maxText carry their limits too', () => {
    expect(npi.max).toBe(10);
    expect(npi(' 1234567893')).toContain('exactly 10 digits');
    expect(maxText(80).max).toBe(80);
  });
});
