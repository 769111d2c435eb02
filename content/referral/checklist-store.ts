import { EMPTY_STATE, type ChecklistState, type Restored } from './checklist-state';
import { storedItem, type StoredChange } from './stored-item';

/** What the checklist UI needs from storage; a plain object so tests can pass their own. */
export interface ChecklistStore {
  load(): Promise<Restored>;
  save(state: ChecklistState): Promise<void>;
  clear(): Promise<void>;
  /** Follows changes made in other windows (optional, so tests may leave it out); returns the unsubscribe. */
  watch?(listener: (change: StoredChange<Restored>) => void): () => void;
}

/**
 * Answers are clinical data, so they live in `storage.session` only: kept while the browser
 * runs (the popup can close and reopen), gone when it closes, never in `local` or `sync`.
 */
export const CHECKLIST_KEY = 'checklist';
const item = storedItem('session', CHECKLIST_KEY);

/**
 * Reads what storage holds through the schemas and migrations, which load (with zod) only when
 * something is stored: nothing stored, as when the popup opens for a new patient, needs neither.
 */
function restore(raw: unknown): Restored | Promise<Restored> {
  if (raw === undefined) return { state: EMPTY_STATE };
  return import('./checklist-restore').then((m) => m.restoreChecklistState(raw));
}

/** A state migrated from an older version is written back in the new shape (kept, not removed). */
const keepMigrated = (r: Restored) => (r.migrated ? r.state : undefined);

export const sessionChecklistStore: ChecklistStore = {
  // A migrated state is written back at once, so it is not lost if the popup closes unchanged: by
  // the repair when the migration has a notice, here when it has none.
  load: async () => {
    const restored = await item.load(restore, keepMigrated);
    if (restored.migrated && !restored.notice) await item.save(restored.state).catch(() => undefined);
    return restored;
  },
  save: (state) => item.save(state),
  clear: () => item.clear(),
  watch: (listener) => {
    // Each change is read in turn, so the listener hears them in the order they happened even when
    // an earlier one waits for the schemas to load. This page's own writes are not passed on: the
    // page already holds that state, and reading its echo would load the schemas (zod) on the
    // first answer of an empty popup for nothing.
    let previous = Promise.resolve();
    return item.watch((raw) => raw, ({ restored: raw, removed, fromHere }) => {
      if (fromHere) return;
      previous = previous.then(async () => listener({ restored: await restore(raw), removed, fromHere })).catch(() => undefined);
    });
  },
};

/**
 * The same answers, read only: for pages that show the checklist but must write nothing (the
 * referral letter). A state from an older version is migrated in memory; the popup saves it.
 */
export const readOnlyChecklistStore: Pick<ChecklistStore, 'load'> = {
  load: () => item.peek(restore),
};
