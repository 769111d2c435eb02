import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded once, on first use, and shared by every component that asks for it. Until it
 * arrives this returns null (the caller renders nothing for that part); afterwards it is immediate.
 * Used for the parts of the popup that are read after the headline, to keep the popup small at open.
 */
export function lazyModule<M>(load: () => Promise<M>): () => M | null {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  return function useLoaded() {
    const [, setTick] = useState(0);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((m) => (loaded = m));
      let live = true;
      pending.then(() => { if (live) setTick((t) => t + 1); }, () => undefined);
      return () => { live = false; };
    }, []);
    return loaded;
  };
}
