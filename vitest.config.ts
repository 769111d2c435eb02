import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// vitest 5's reporter uses Map.groupBy (Node >= 21) to print failures; on Node 20 it crashes and
// hides the failure. This file runs in vitest's main process, so define it here when missing.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // The property tests run thousands of cases each; on a loaded 2-core machine they took over
    // vitest's 5 s default. No test here asserts a time (timings live in `npm run bench`).
    testTimeout: 60_000,
  },
});
