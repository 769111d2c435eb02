import { PROFILE_RESET_NOTICE, restoreProfile, type Profile } from './profile';
import { storedItem, type StoredChange } from './stored-item';

export type RestoredProfile = { profile: Profile; notice?: string };

/** What the settings and print pages need from storage; a plain object so tests can pass their own. */
export interface ProfileStore {
  load(): Promise<RestoredProfile>;
  save(profile: Profile): Promise<void>;
  /** Follows changes made in any window; returns the unsubscribe function. Optional for tests. */
  watch?(listener: (change: StoredChange<RestoredProfile>) => void): () => void;
}

/** Referrer and clinic details persist in storage.local; they are never patient data. */
export const PROFILE_KEY = 'profile';
const item = storedItem('local', PROFILE_KEY);

/** A field that fails today's check is reset alone and the rest written back; a wholly unreadable profile is removed. */
const repair = (r: RestoredProfile) => (r.notice === PROFILE_RESET_NOTICE ? undefined : r.profile);

export const localProfileStore: ProfileStore = {
  load: () => item.load(restoreProfile, repair),
  save: (profile) => item.save(profile),
  watch: (listener) => item.watch(restoreProfile, listener),
};
