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
