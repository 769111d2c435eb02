import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localProfileStore } from '../../../content/referral/profile-store';
import {
  DEFAULT_PROFILE, PROFILE_RESET_NOTICE, fieldsResetNotice, hasErrors, restoreProfile, trimProfile, validateProfile, type Profile,
} from '../../../content/referral/profile';

const valid: Profile = {
  v: 1,
  referrer: { name: 'Alex Park', credentials: 'PT, DPT', practice: 'Riverside PT', phone: '(555) 123-4567', fax: '', email: 'alex@riverside.example', npi: '1234567893' },
  clinic: { name: 'ValorSpine', website: 'https://valorspine.com', phone: '', fax: '' },
};

describe('profile', () => {
  it('defaults to the clinic preset with unknown fields empty', () => {
    expect(DEFAULT_PROFILE.clinic).toEqual({ name: 'ValorSpine', website: 'https://valorspine.com', phone: '', fax: '' });
    expect(hasErrors(validateProfile(DEFAULT_PROFILE))).toBe(false);
  });

  it('reports errors per field', () => {
    const errors = validateProfile({ ...valid, referrer: { ...valid.referrer, npi: '1234567890', email: 'x' }, clinic: { ...valid.clinic, name: '' } });
    expect(Object.keys(errors.referrer).sort()).toEqual(['email', 'npi']);
    expect(errors.clinic).toEqual({ name: 'Required.' });
  });

  it('trims surrounding space', () => {
    expect(trimProfile({ ...valid, referrer: { ...valid.referrer, name: '  Alex Park ' } }).referrer.name).toBe('Alex Park');
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_PROFILE, undefined],
    ['a valid profile', valid, valid, undefined],
    ['another version', { ...valid, v: 2 }, DEFAULT_PROFILE, PROFILE_RESET_NOTICE],
    ['a wrong shape', { v: 1, referrer: 'Alex' }, DEFAULT_PROFILE, PROFILE_RESET_NOTICE],
    ['an extra field', { ...valid, patient: 'Jane' }, DEFAULT_PROFILE, PROFILE_RESET_NOTICE],
    ['an extra field inside', { ...valid, referrer: { ...valid.referrer, dob: '1971-03-09' } }, DEFAULT_PROFILE, PROFILE_RESET_NOTICE],
    // One bad value costs only itself, and the notice names it.
    ['an invalid NPI', { ...valid, referrer: { ...valid.referrer, npi: '1' } }, { ...valid, referrer: { ...valid.referrer, npi: '' } }, fieldsResetNotice(['the NPI'])],
    ['a huge string', { ...valid, referrer: { ...valid.referrer, name: 'x'.repeat(100_000) } }, { ...valid, referrer: { ...valid.referrer, name: '' } }, fieldsResetNotice(['your name'])],
    ['a website saved before it had a limit', { ...valid, clinic: { ...valid.clinic, website: `https://valorspine.com/${'a'.repeat(250)}` } },
      valid, fieldsResetNotice(['the clinic website'])],
    ['a number where text belongs, and a missing field', { ...valid, referrer: { ...valid.referrer, phone: 5551234567, fax: undefined } },
      { ...valid, referrer: { ...valid.referrer, phone: '' } }, fieldsResetNotice(['your phone', 'your fax'])],
  ])('restores %s', (_name, raw, profile, notice) => {
    expect(restoreProfile(raw)).toEqual(notice ? { profile, notice } : { profile });
  });
});

describe('a profile with one value that fails today’s check (issue 9, point 5)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('resets only that field, writes the repaired profile back, and keeps every other field on the next reading', async () => {
    const stored = { ...valid, referrer: { ...valid.referrer, fax: '555-1234' } };
    await fakeBrowser.storage.local.set({ profile: stored });
    const repaired = { ...valid, referrer: { ...valid.referrer, fax: '' } };
    expect(await localProfileStore.load()).toEqual({ profile: repaired, notice: fieldsResetNotice(['your fax']) });
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual(repaired);
    expect(await localProfileStore.load()).toEqual({ profile: repaired });
  });
});
