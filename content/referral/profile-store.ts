import { browser } from 'wxt/browser';
import { restoreProfile, type Profile } from './profile';

/** What the settings and print pages need from storage; a plain object so tests can pass their own. */
export interface ProfileStore {
  load(): Promise<{ profile: Profile; notice?: string }>;
  save(profile: Profile): Promise<void>;
}

/** Referrer and clinic details persist in storage.local; they are never patient data. */
export const PROFILE_KEY = 'profile';

export const localProfileStore: ProfileStore = {
  async load() {
    const raw = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
    const restored = restoreProfile(raw);
    if (restored.notice) await browser.storage.local.remove(PROFILE_KEY).catch(() => undefined);
    return restored;
  },
  async save(profile) {
    await browser.storage.local.set({ [PROFILE_KEY]: profile });
  },
};
