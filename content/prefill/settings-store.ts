import { storedItem } from '../referral/stored-item';
import { DEFAULT_PREFILL_SETTINGS, restorePrefillSettings, type PrefillSettings } from './settings';

export interface PrefillSettingsStore {
  load(): Promise<{ settings: PrefillSettings; notice?: string }>;
  save(settings: PrefillSettings): Promise<void>;
}

/** Form origins and mapping corrections: not patient data, so they persist in storage.local. */
const PREFILL_KEY = 'prefill';
const item = storedItem('local', PREFILL_KEY);

/** A repaired record is written back (what was readable); one of which nothing was kept is removed. */
const repair = (r: { settings: PrefillSettings; notice?: string }) => (r.settings === DEFAULT_PREFILL_SETTINGS ? undefined : r.settings);

export const localPrefillSettingsStore: PrefillSettingsStore = {
  load: () => item.load(restorePrefillSettings, repair),
  save: (settings) => item.save(settings),
};
