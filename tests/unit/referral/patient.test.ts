import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DAMAGED_NOTICE, EMPTY_PATIENT, detailsResetNotice, EXPIRED_NOTICE, IDLE_LIMIT_MS, parseDob, restorePatient, validatePatient, type Patient,
} from '../../../content/referral/patient';
import { PATIENT_KEY, sessionPatientStore as store } from '../../../content/referral/patient-store';

const patient: Patient = { ...EMPTY_PATIENT, firstName: 'Zephyrine', lastName: 'Okafor', dob: '1971-03-09', email: 'z@example.com' };
const NOW = Date.UTC(2026, 10, 23, 12);

describe('patient details', () => {
  it.each([
    ['1971-03-09', { year: 1971, month: 3, day: 9 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2023-02-29', null],
    ['1971-3-9', null],
    ['', null],
  ])('parseDob(%j)', (text, parsed) => expect(parseDob(text)).toEqual(parsed));

  it('checks the date of birth, phone and email', () => {
    const today = new Date(2026, 10, 23);
    expect(validatePatient(patient, today)).toEqual({});
    expect(validatePatient({ ...patient, dob: '2027-01-01', phone: '12', email: 'x@' }, today)).toEqual({
      dob: 'The date of birth is in the future.',
      phone: expect.stringContaining('10 to 15 digits'),
      email: expect.stringContaining('email address'),
    });
    expect(validatePatient({ ...patient, dob: '1850-01-01' }, today).dob).toContain('before 1900');
  });

  it.each([
    ['recent', { v: 1, patient, lastUsed: NOW - 60_000 }, patient, undefined],
    ['idle for 30 minutes', { v: 1, patient, lastUsed: NOW - IDLE_LIMIT_MS }, EMPTY_PATIENT, EXPIRED_NOTICE],
    ['from the future', { v: 1, patient, lastUsed: NOW + 60_000 }, EMPTY_PATIENT, EXPIRED_NOTICE],
    ['damaged', { v: 1, patient: { ...patient, ssn: '1' }, lastUsed: NOW }, EMPTY_PATIENT, DAMAGED_NOTICE],
    ['a missing field', { v: 1, patient: { firstName: 'Ana' }, lastUsed: NOW }, { ...EMPTY_PATIENT, firstName: 'Ana' },
      detailsResetNotice(['the last name', 'the date of birth', 'the phone', 'the email', 'the preferred contact', 'the insurance'])],
    // One detail that fails its check costs only itself: typing saves on every key, unchecked.
    ['a huge name', { v: 1, patient: { ...patient, firstName: 'x'.repeat(10_000) }, lastUsed: NOW }, { ...patient, firstName: '' }, detailsResetNotice(['the first name'])],
    ['a 61-character last name and a 41-character phone', { v: 1, patient: { ...patient, lastName: 'x'.repeat(61), phone: `${'5'.repeat(10)}${' '.repeat(31)}` }, lastUsed: NOW },
      { ...patient, lastName: '', phone: '' }, detailsResetNotice(['the last name', 'the phone'])],
    ['an unknown contact method', { v: 1, patient: { ...patient, preferredContact: 'fax' }, lastUsed: NOW }, { ...patient, preferredContact: '' }, detailsResetNotice(['the preferred contact'])],
  ])('restores %s', (_name, raw, expected, notice) => {
    const restored = restorePatient(raw, NOW);
    expect(restored.patient).toEqual(expected);
    expect(restored.notice).toBe(notice);
  });
});

describe('sessionPatientStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps details in storage.session only and removes expired ones on read', async () => {
    await store.save(patient, NOW);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await store.load(NOW + 1000)).patient).toEqual(patient);
    expect((await store.load(NOW + IDLE_LIMIT_MS)).notice).toBe(EXPIRED_NOTICE);
    expect(await fakeBrowser.storage.session.get(PATIENT_KEY)).toEqual({});
  });
});

describe('a half-typed value is a draft, not damage (issue 9, point 5)', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['half a phone number', { phone: '555-12' }],
    ['half an email address', { email: 'zeph@exa' }],
    ['a date of birth in the future', { dob: '2099-01-01' }],
  ])('keeps %s as typed, with no notice', (_name, part) => {
    const restored = restorePatient({ v: 1, patient: { ...patient, ...part }, lastUsed: NOW }, NOW);
    expect(restored.patient).toEqual({ ...patient, ...part });
    expect(restored.notice).toBeUndefined();
  });

  it('keeps names and half a phone through two openings of the popup', async () => {
    await store.save({ ...patient, phone: '555-12' }, NOW);
    for (const t of [NOW + 1000, NOW + 2000]) {
      const r = await store.load(t);
      expect(r.patient).toEqual({ ...patient, phone: '555-12' });
      expect(r.notice).toBeUndefined();
    }
  });

  it('resets one damaged detail alone, writes the repaired record back, and the next opening keeps the rest', async () => {
    await fakeBrowser.storage.session.set({ [PATIENT_KEY]: { v: 1, patient: { ...patient, firstName: 'x'.repeat(10_000) }, lastUsed: NOW } });
    const first = await store.load(NOW + 1000);
    expect(first.patient).toEqual({ ...patient, firstName: '' });
    expect(first.notice).toBe(detailsResetNotice(['the first name']));
    expect((await fakeBrowser.storage.session.get(PATIENT_KEY))[PATIENT_KEY]).toEqual({ v: 1, patient: { ...patient, firstName: '' }, lastUsed: NOW });
    const second = await store.load(NOW + 2000);
    expect(second).toEqual({ patient: { ...patient, firstName: '' }, lastUsed: NOW });
  });
});
