import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_STATE } from '../../../content/referral/checklist-state';
import { sessionChecklistStore } from '../../../content/referral/checklist-store';
import { sessionPatientStore } from '../../../content/referral/patient-store';
import { DEFAULT_PROFILE } from '../../../content/referral/profile';
import { localProfileStore } from '../../../content/referral/profile-store';
import { DEFAULT_PREFILL_SETTINGS } from '../../../content/prefill/settings';
import { localPrefillSettingsStore } from '../../../content/prefill/settings-store';
import { EMPTY_PATIENT } from '../../../content/referral/patient';
import { READ_FAILED_NOTICE } from '../../../content/referral/stored-item';

/** Every store, read while the browser refuses storage reads: defaults and a notice, never a rejected load. */
describe('a storage read the browser refuses', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    for (const area of [fakeBrowser.storage.session, fakeBrowser.storage.local]) vi.spyOn(area, 'get').mockRejectedValue(new Error('storage is unavailable'));
  });
  afterEach(() => vi.restoreAllMocks());

  it.each<[string, () => Promise<unknown>, unknown]>([
    ['checklist answers', () => sessionChecklistStore.load(), { state: EMPTY_STATE, notice: READ_FAILED_NOTICE }],
    ['patient details', () => sessionPatientStore.load(1000), { patient: EMPTY_PATIENT, lastUsed: 1000, notice: READ_FAILED_NOTICE }],
    ['the referrer profile', () => localProfileStore.load(), { profile: DEFAULT_PROFILE, notice: READ_FAILED_NOTICE }],
    ['prefill settings', () => localPrefillSettingsStore.load(), { settings: DEFAULT_PREFILL_SETTINGS, notice: READ_FAILED_NOTICE }],
  ])('%s load with the defaults and a notice', async (_name, load, expected) => {
    await expect(load()).resolves.toEqual(expected);
  });
});

/**
 * Chromium hands storage.onChanged values back with their keys sorted (its storage keeps objects as
 * sorted dictionaries), not in the order they were written. A window must still know its own echo:
 * taken for another window's change, a late echo of "Mar" replaced "Mari" as it was typed ("Mara").
 */
describe('a window knows the echo of its own write, whatever the key order', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a write comes back with its keys reordered: still this window’s own', async () => {
    const seen: boolean[] = [];
    const unwatch = sessionPatientStore.watch!(() => 1000, (change) => seen.push(change.fromHere));
    const patient = { ...EMPTY_PATIENT, firstName: 'Mar' };
    vi.spyOn(fakeBrowser.storage.session, 'set').mockResolvedValue(undefined);
    await sessionPatientStore.save(patient, 1000);
    // The echo as Chromium delivers it: every object's keys in sorted order.
    const sorted = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v);
    await fakeBrowser.storage.onChanged.trigger({ patient: { newValue: sorted({ v: 1, patient, lastUsed: 1000 }) } }, 'session');
    // A change another window made is still seen as such.
    await fakeBrowser.storage.onChanged.trigger({ patient: { newValue: { v: 1, patient: { ...patient, firstName: 'Other' }, lastUsed: 2000 } } }, 'session');
    unwatch();
    vi.restoreAllMocks();
    expect(seen).toEqual([true, false]);
  });
});

describe('prefill settings with one unreadable address', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are written back without it, and read the second time with no notice', async () => {
    await fakeBrowser.storage.local.set({ prefill: { v: 1, origins: ['https://clinic.example/refer', 'http://valorspine.com'], corrections: {} } });
    const first = await localPrefillSettingsStore.load();
    expect(first.settings.origins).toEqual(['https://clinic.example/refer']);
    expect(first.notice).toMatch(/^1 form address could not be read/);
    expect(await fakeBrowser.storage.local.get('prefill')).toEqual({ prefill: first.settings });
    expect(await localPrefillSettingsStore.load()).toEqual({ settings: first.settings });
  });

  it('with nothing readable left, the record is removed and the clinic’s website comes back', async () => {
    await fakeBrowser.storage.local.set({ prefill: { v: 9 } });
    expect((await localPrefillSettingsStore.load()).settings).toBe(DEFAULT_PREFILL_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
