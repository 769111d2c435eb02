import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
  panel: ComponentChildren;
}

/**
 * ARIA tabs: arrow keys move between tabs, Tab goes into the panel. A panel is first rendered
 * when its tab is first shown (so its code can load late), then stays mounted (hidden when not
 * shown) so half-typed answers survive switching.
 */
export function Tabs({ tabs, initial }: { tabs: readonly TabSpec[]; initial?: string }) {
  const [current, setCurrent] = useState(initial ?? tabs[0]!.id);
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set([current]));
  const show = (id: string) => {
    setCurrent(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  };
  const move = (from: number, step: number) => {
    const next = tabs[(from + step + tabs.length) % tabs.length]!;
    show(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" class="tabs" aria-label="Sections">
        {tabs.map((t, i) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={t.id === current}
            aria-controls={`panel-${t.id}`} tabIndex={t.id === current ? 0 : -1} onClick={() => show(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') { e.preventDefault(); move(i, 1); }
              if (e.key === 'ArrowLeft') { e.preventDefault(); move(i, -1); }
            }}>
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== current}>
          {visited.has(t.id) && t.panel}
        </div>
      ))}
    </>
  );
}
