import { restoreProfile, type Profile } from './profile';
import { storedItem } from './stored-item';

/** What the settings and print pages need from storage; a plain object so tests can pass their own. */
export interface ProfileStore {
  load(): Promise<{ profile: Profile; notice?: string }>;
  save(profile: Profile): Promise<void>;
}

/** Referrer and clinic details persist in storage.local; they are never patient data. */
const PROFILE_KEY = 'profile';
const item = storedItem('local', PROFILE_KEY);

export const localProfileStore: ProfileStore = {
  load: () => item.load(restoreProfile),
  save: (profile) => item.save(profile),
};
