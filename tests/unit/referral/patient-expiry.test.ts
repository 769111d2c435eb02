import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPIRED_MARK, IDLE_LIMIT_MS, PATIENT_KEY, expiresAt, isExpired } from '../../../content/referral/patient-expiry';
import { EXPIRY_ALARM, enforcePatientLimit, scheduleExpiry } from '../../../content/referral/patient-limit';
import { EXPIRED_NOTICE } from '../../../content/referral/patient';
import { sessionPatientStore } from '../../../content/referral/patient-store';

const NOW = Date.UTC(2026, 11, 2, 5);
const rec = (lastUsed: unknown) => ({ v: 1, patient: { firstName: 'Wren' }, lastUsed });

describe('when a stored patient record expires (issue 9, point 4)', () => {
  it.each<[string, unknown, number | null, boolean]>([
    ['nothing stored', undefined, null, false],
    ['the mark of an expired record', EXPIRED_MARK, null, false],
    ['used a minute ago', rec(NOW - 60_000), NOW - 60_000 + IDLE_LIMIT_MS, false],
    ['used 29:59 ago', rec(NOW - IDLE_LIMIT_MS + 1000), NOW + 1000, false],
    ['used exactly 30 minutes ago', rec(NOW - IDLE_LIMIT_MS), NOW, true],
    ['used three days ago', rec(NOW - 3 * 24 * 3600_000), NOW - 3 * 24 * 3600_000 + IDLE_LIMIT_MS, true],
    ['used in the future (a changed clock)', rec(NOW + 60_000), NOW, true],
    ['with no readable age', rec('yesterday'), NOW, true],
    ['not an object', 'Wren', NOW, true],
  ])('%s', (_name, raw, at, expired) => {
    expect(expiresAt(raw, NOW)).toBe(at);
    expect(isExpired(raw, NOW)).toBe(expired);
  });
});

describe('enforcePatientLimit and the alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces an expired record with a mark that holds no patient data, which the Referral form reports once', async () => {
    await fakeBrowser.storage.session.set({ [PATIENT_KEY]: rec(NOW - IDLE_LIMIT_MS - 1) });
    expect(await enforcePatientLimit(NOW)).toBe(true);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [PATIENT_KEY]: EXPIRED_MARK });
    expect((await sessionPatientStore.load(NOW)).notice).toBe(EXPIRED_NOTICE);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('leaves a recent record alone', async () => {
    await fakeBrowser.storage.session.set({ [PATIENT_KEY]: rec(NOW - 1000) });
    expect(await enforcePatientLimit(NOW)).toBe(false);
    expect((await fakeBrowser.storage.session.get(PATIENT_KEY))[PATIENT_KEY]).toEqual(rec(NOW - 1000));
  });

  it('sets the alarm for the moment the record expires, and clears it when nothing is stored', async () => {
    await scheduleExpiry(rec(NOW - 1000), NOW);
    expect((await fakeBrowser.alarms.get(EXPIRY_ALARM))?.scheduledTime).toBe(NOW - 1000 + IDLE_LIMIT_MS);
    await scheduleExpiry(undefined, NOW);
    expect(await fakeBrowser.alarms.get(EXPIRY_ALARM)).toBeFalsy();
  });
});
