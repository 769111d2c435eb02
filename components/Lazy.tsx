import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Loads a module when first shown, so the popup opens without code it may not need. */
export function Lazy<M>({ load, children }: { load: () => Promise<M>; children: (module: M) => ComponentChildren }) {
  const [loaded, setLoaded] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => { load().then(setLoaded, () => setFailed(true)); }, []);
  if (failed) return <p class="notice" role="alert">This part of the extension could not be loaded. Close the popup and open it again.</p>;
  return loaded ? <>{children(loaded)}</> : <p class="loading">Loading…</p>;
}
