import { storedItem } from '../referral/stored-item';
import { restorePrefillSettings, type PrefillSettings } from './settings';

export interface PrefillSettingsStore {
  load(): Promise<{ settings: PrefillSettings; notice?: string }>;
  save(settings: PrefillSettings): Promise<void>;
}

/** Form origins and mapping corrections: not patient data, so they persist in storage.local. */
const PREFILL_KEY = 'prefill';
const item = storedItem('local', PREFILL_KEY);

export const localPrefillSettingsStore: PrefillSettingsStore = {
  load: () => item.load(restorePrefillSettings),
  save: (settings) => item.save(settings),
};
