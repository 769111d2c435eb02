import { controlsOf, collect } from '../content/prefill/collect';
import { visibilityCheck } from '../content/prefill/visibility';
import { buildPlan } from '../content/prefill/match';
(globalThis as Record<string, unknown>).prof = (v: any, what: string) => {
  const controls = controlsOf(document);
  const t0 = performance.now();
  for (let i = 0; i < 50; i++) {
    if (what === 'vis') { const c = visibilityCheck(document, { layout: true }); for (const el of controls) c(el); }
    else if (what === 'collect') collect(document, { layout: true });
    else buildPlan((globalThis as any).col ??= collect(document, { layout: true }), v);
  }
  return { ms: (performance.now() - t0) / 50 };
};
