import { browser } from 'wxt/browser';
import { restoreChecklistState, type ChecklistState, type Restored } from './checklist-state';

/** What the checklist UI needs from storage; a plain object so tests can pass their own. */
export interface ChecklistStore {
  load(): Promise<Restored>;
  save(state: ChecklistState): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Answers are clinical data, so they live in `storage.session` only: kept while the browser
 * runs (the popup can close and reopen), gone when it closes, never in `local` or `sync`.
 */
export const CHECKLIST_KEY = 'checklist';
const session = () => browser.storage.session;

export const sessionChecklistStore: ChecklistStore = {
  async load() {
    let raw: unknown;
    try {
      raw = (await session().get(CHECKLIST_KEY))[CHECKLIST_KEY];
    } catch {
      return { ...restoreChecklistState(undefined), notice: 'This browser could not read session storage, so answers start empty and will not be kept.' };
    }
    const restored = restoreChecklistState(raw);
    if (restored.notice) await session().remove(CHECKLIST_KEY).catch(() => undefined);
    return restored;
  },
  async save(state) {
    await session().set({ [CHECKLIST_KEY]: state });
  },
  async clear() {
    await session().remove(CHECKLIST_KEY);
  },
};
