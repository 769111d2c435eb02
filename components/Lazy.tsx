import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadFailed } from './LoadFailed';

/** Loads a module when first shown, so the popup opens without code it may not need. */
export function Lazy<M>({ load, children }: { load: () => Promise<M>; children: (module: M) => ComponentChildren }) {
  const [loaded, setLoaded] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => { load().then(setLoaded, () => setFailed(true)); }, []);
  if (failed) return <LoadFailed />;
  return loaded ? <>{children(loaded)}</> : <p class="loading">Loading…</p>;
}
