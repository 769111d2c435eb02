// Bundled by scripts/bench.ts into an IIFE for the 200-field benchmark page: the same collect,
// match and fill the extension runs, timed inside the page.
import { collect } from '../content/prefill/collect';
import { fill, typeInto } from '../content/prefill/fill';
import { buildPlan } from '../content/prefill/match';
import type { ReferralValues } from '../content/prefill/targets';

(globalThis as Record<string, unknown>).benchPrefill = (values: ReferralValues) => {
  const t0 = performance.now();
  const collection = collect(document, { layout: true });
  const t1 = performance.now();
  const plan = buildPlan(collection, values);
  const t2 = performance.now();
  const byKey = new Map(collection.fields.map((f) => [f.key, f]));
  const outcome = fill(document, plan.fill.map((i) => ({ ...i, field: byKey.get(i.key)! })));
  const t3 = performance.now();
  const ms = t3 - t0;
  const parts = [t1 - t0, t2 - t1, t3 - t2];
  // The baseline writes the very same values straight into the same fields, by id.
  const writes = plan.fill.map((i) => [collection.fields[i.key]!.id, i.value] as const);
  return { ms, parts, filled: outcome.filled.length, writes };
};

/**
 * A second baseline: the same values into the same fields by id, written the way fill() must
 * write them to be kept (native setter and input/keyup/change events; a click for a tick). The
 * gap between this and benchPrefill is the cost of finding and matching the fields.
 */
(globalThis as Record<string, unknown>).benchByIdWithEvents = (writes: [string, { text?: string; checked?: boolean }][]) => {
  const t0 = performance.now();
  for (const [id, value] of writes) {
    const el = document.getElementById(id) as HTMLInputElement;
    if (value.checked) { if (!el.checked) el.click(); } else typeInto(el, value.text!);
  }
  return performance.now() - t0;
};

/**
 * The floor for any filler that looks before it writes: for each control, its id and name, its
 * Gravity Forms label text, one computed style and its box, and nothing else (no matching, no
 * writing). If this alone costs more than 3x the by-id baseline, no such filler meets that goal.
 */
(globalThis as Record<string, unknown>).benchFloor = () => {
  const t0 = performance.now();
  for (const el of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    void [el.id, el.name, el.closest('.gfield')?.querySelector('.gfield_label')?.textContent, getComputedStyle(el).display, el.getBoundingClientRect().width];
  }
  return performance.now() - t0;
};

/**
 * A second floor, for a filler that also keeps issue 9's promise of visibility as a person sees it,
 * written as plainly as possible (not our code): the floor's reads, plus the browser's own
 * checkVisibility, the hiding marks (aria-hidden, inert, hidden, a closed details), the control's
 * colour (invisible text), and for every element above it, read once per element however many
 * controls share it, the properties issue 9 names: opacity, filter, mask, clip-path, overflow and
 * position (clip too where positioned), the box of a clipping ancestor, and a hit test at the
 * centre of a control in view. No label inference, no matching, no writing.
 */
(globalThis as Record<string, unknown>).benchFloorVisible = () => {
  const t0 = performance.now();
  const seen = new Map<Element, number>();
  const chain = (el: Element): number => {
    let opacity = seen.get(el);
    if (opacity !== undefined) return opacity;
    const cs = getComputedStyle(el);
    const clipping = /hidden|clip/.test(`${cs.overflowX} ${cs.overflowY}`);
    void [cs.filter, cs.maskImage, cs.clipPath, cs.position === 'absolute' ? cs.clip : '', clipping ? el.getBoundingClientRect().width : 0];
    opacity = Number(cs.opacity) * (el.parentElement ? chain(el.parentElement) : 1);
    seen.set(el, opacity);
    return opacity;
  };
  for (const el of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    void [el.id, el.name, el.closest('.gfield')?.querySelector('.gfield_label')?.textContent];
    const cs = getComputedStyle(el);
    void [cs.display, cs.visibility, cs.color, el.checkVisibility({ opacityProperty: true, visibilityProperty: true })];
    void el.closest('[aria-hidden="true"], [inert], [hidden], details:not([open])');
    const box = el.getBoundingClientRect();
    void chain(el);
    const x = (box.left + box.right) / 2;
    const y = (box.top + box.bottom) / 2;
    if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) void document.elementFromPoint(x, y);
  }
  return performance.now() - t0;
};

/** Issue 12: planning alone (collect and match, no writing), as the popup's plan step costs. */
(globalThis as Record<string, unknown>).benchPlan = (values: ReferralValues) => {
  const t0 = performance.now();
  const plan = buildPlan(collect(document, { layout: true }), values);
  return { ms: performance.now() - t0, fields: document.querySelectorAll('input, select, textarea').length, planned: plan.fill.length };
};
