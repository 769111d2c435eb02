import { browser } from 'wxt/browser';
import { restorePrefillSettings, type PrefillSettings } from './settings';

export interface PrefillSettingsStore {
  load(): Promise<{ settings: PrefillSettings; notice?: string }>;
  save(settings: PrefillSettings): Promise<void>;
}

/** Form origins and mapping corrections: not patient data, so they persist in storage.local. */
export const PREFILL_KEY = 'prefill';

export const localPrefillSettingsStore: PrefillSettingsStore = {
  async load() {
    const restored = restorePrefillSettings((await browser.storage.local.get(PREFILL_KEY))[PREFILL_KEY]);
    if (restored.notice) await browser.storage.local.remove(PREFILL_KEY);
    return restored;
  },
  async save(settings) {
    await browser.storage.local.set({ [PREFILL_KEY]: settings });
  },
};
