import { browser } from 'wxt/browser';

/** When the browser refuses to read storage at all: the page starts from defaults and says so. */
export const READ_FAILED_NOTICE = 'This browser could not read what the extension saved, so this starts empty or with the defaults, and changes may not be kept.';

/**
 * One key in one storage area, read through a restore function that validates it: the pattern
 * every store here follows. Anything the restore function flags (a notice) is removed, so damaged
 * or expired data never lingers. A read the browser refuses gives the defaults with a notice, so
 * no page waits forever on a load that failed.
 */
export function storedItem(area: 'session' | 'local', key: string) {
  const storage = () => browser.storage[area];
  return {
    async load<R extends { notice?: string }>(restore: (raw: unknown) => R): Promise<R> {
      let raw: unknown;
      try {
        raw = (await storage().get(key))[key];
      } catch {
        return { ...restore(undefined), notice: READ_FAILED_NOTICE };
      }
      const restored = restore(raw);
      if (restored.notice) await storage().remove(key).catch(() => undefined);
      return restored;
    },
    async save(value: unknown): Promise<void> {
      await storage().set({ [key]: value });
    },
    async clear(): Promise<void> {
      await storage().remove(key);
    },
  };
}
