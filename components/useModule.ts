import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded once, on first use, and shared by every component that asks for it. Until it
 * arrives the hook returns null (the caller renders nothing, or a stand-in, for that part);
 * afterwards it is immediate. If it cannot be loaded (the extension was updated while the popup
 * was open, a chunk is missing), the hook returns 'failed', so the caller says so instead of
 * leaving that part out without a word. `useLoaded(false)` does not start loading: for a part the current
 * state does not need. `preload()` starts loading ahead of need.
 * Used for the parts of the popup that are read after the headline, to keep the popup small at open.
 */
export function lazyModule<M>(load: () => Promise<M>): { (wanted?: boolean): M | 'failed' | null; preload: () => void } {
  let loaded: M | null = null;
  let failed = false;
  let pending: Promise<M> | null = null;
  const start = () => (pending ??= load().then((m) => (loaded = m), (error: unknown) => { failed = true; throw error; }));
  function useLoaded(wanted = true) {
    const [, setTick] = useState(0);
    useEffect(() => {
      if (loaded || failed || !wanted) return;
      let live = true;
      const redraw = () => { if (live) setTick((t) => t + 1); };
      start().then(redraw, redraw);
      return () => { live = false; };
    }, [wanted]);
    return loaded ?? (failed && wanted ? 'failed' : null);
  }
  useLoaded.preload = () => { start().catch(() => undefined); };
  return useLoaded;
}
