import { describe, expect, it } from 'vitest';
import { email, httpsUrl, maxText, npi, npiCheckDigitValid, phone } from '../../../content/referral/validate';

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
    expect(maxText(5)('abcdef')).toContain('at most 5');
    expect(maxText(5)('a\u0007b')).toContain('control');
    expect(maxText(5, true)('  ')).toBe('Required.');
    expect(maxText(80)('<img src=x onerror=alert(1)>')).toBeNull(); // stored as text, shown as text
  });
});
