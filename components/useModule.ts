import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded once, on first use, and shared by every component that asks for it. Until it
 * arrives the hook returns null (the caller renders nothing, or a stand-in, for that part);
 * afterwards it is immediate. `useLoaded(false)` does not start loading: for a part the current
 * state does not need. `preload()` starts loading ahead of need.
 * Used for the parts of the popup that are read after the headline, to keep the popup small at open.
 */
export function lazyModule<M>(load: () => Promise<M>): { (wanted?: boolean): M | null; preload: () => void } {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  const start = () => (pending ??= load().then((m) => (loaded = m)));
  function useLoaded(wanted = true) {
    const [, setTick] = useState(0);
    useEffect(() => {
      if (loaded || !wanted) return;
      let live = true;
      start().then(() => { if (live) setTick((t) => t + 1); }, () => undefined);
      return () => { live = false; };
    }, [wanted]);
    return loaded;
  }
  useLoaded.preload = () => { start().catch(() => undefined); };
  return useLoaded;
}
