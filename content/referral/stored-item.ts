import { browser } from 'wxt/browser';

/** When the browser refuses to read storage at all: the page starts from defaults and says so. */
export const READ_FAILED_NOTICE = 'This browser could not read what the extension saved, so this starts empty or with the defaults, and changes may not be kept.';

/**
 * A change to a stored item seen through storage.onChanged: the new value read through the same
 * restore function as a load, and whether this page wrote it (so an instance can tell its own
 * echo from a change made in another window or by the background worker).
 */
export interface StoredChange<R> { readonly restored: R; readonly removed: boolean; readonly fromHere: boolean }

/**
 * JSON.stringify replacer that writes every object's keys in sorted order. Chromium hands values
 * back through storage.onChanged with their keys sorted, not in the order they were written, so an
 * echo is recognised by its content, not its key order.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/**
 * One key in one storage area, read through a restore function that validates it: the pattern
 * every store here follows. When restoring needed a repair (a notice), `repair` says what to keep:
 * the repaired record is written back (one bad field costs only itself, on this reading and every
 * later one); without a repaired record (expired, or damaged as a whole) the key is removed. A read
 * the browser refuses gives the defaults with a notice, so no page waits forever on a load that failed.
 */
export function storedItem(area: 'session' | 'local', key: string) {
  const storage = () => browser.storage[area];
  /** What this page wrote and has not yet seen come back through onChanged ('' for a removal). */
  const pending: string[] = [];
  const text = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, sortedKeys));
  // Only tracked while someone watches, so an unwatched store keeps no list.
  const mark = (value: unknown) => { if (listeners.size > 0) pending.push(text(value)); };
  const listeners = new Set<(value: unknown, fromHere: boolean) => void>();
  const onChanged = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea !== area || !(key in changes)) return;
    const value = changes[key]!.newValue;
    const seen = pending.indexOf(text(value));
    if (seen >= 0) pending.splice(0, seen + 1);
    for (const listener of [...listeners]) listener(value, seen >= 0);
  };
  return {
    async load<R extends { notice?: string }>(restore: (raw: unknown) => R | Promise<R>, repair?: (restored: R) => unknown): Promise<R> {
      let raw: unknown;
      try {
        raw = (await storage().get(key))[key];
      } catch {
        return { ...(await restore(undefined)), notice: READ_FAILED_NOTICE };
      }
      const restored = await restore(raw);
      if (restored.notice) {
        const repaired = repair?.(restored);
        if (repaired === undefined) {
          if (raw !== undefined) { mark(undefined); await storage().remove(key).catch(() => undefined); }
        } else {
          mark(repaired);
          await storage().set({ [key]: repaired }).catch(() => undefined);
        }
      }
      return restored;
    },
    /** Reads and restores, and never writes: for pages that must leave storage as it is. */
    async peek<R extends { notice?: string }>(restore: (raw: unknown) => R | Promise<R>): Promise<R> {
      let raw: unknown;
      try {
        raw = (await storage().get(key))[key];
      } catch {
        return { ...(await restore(undefined)), notice: READ_FAILED_NOTICE };
      }
      return restore(raw);
    },
    async save(value: unknown): Promise<void> {
      mark(value);
      await storage().set({ [key]: value });
    },
    async clear(): Promise<void> {
      mark(undefined);
      await storage().remove(key);
    },
    /** Calls `listener` on every change to this key, from any page; returns the unsubscribe function. */
    watch<R>(restore: (raw: unknown) => R, listener: (change: StoredChange<R>) => void): () => void {
      const one = (value: unknown, fromHere: boolean) => listener({ restored: restore(value), removed: value === undefined, fromHere });
      if (listeners.size === 0) browser.storage.onChanged.addListener(onChanged);
      listeners.add(one);
      return () => {
        listeners.delete(one);
        if (listeners.size === 0) { browser.storage.onChanged.removeListener(onChanged); pending.length = 0; }
      };
    },
  };
}

/**
 * Calls `listener` whenever any of these stored items changes, in any window (this one included):
 * for a view that depends on them, such as a prefill plan built from the checklist and profile.
 * Returns the unsubscribe function.
 */
export function watchStored(items: readonly (readonly ['session' | 'local', string])[], listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (items.some(([a, key]) => a === area && key in changes)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
