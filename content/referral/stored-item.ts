import { browser } from 'wxt/browser';

/**
 * One key in one storage area, read through a restore function that validates it: the pattern
 * every store here follows. Anything the restore function flags (a notice) is removed, so damaged
 * or expired data never lingers.
 */
export function storedItem(area: 'session' | 'local', key: string) {
  const storage = () => browser.storage[area];
  return {
    async load<R extends { notice?: string }>(restore: (raw: unknown) => R): Promise<R> {
      const restored = restore((await storage().get(key))[key]);
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
