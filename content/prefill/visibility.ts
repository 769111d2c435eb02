/** Options for the visibility check; layout checks need a real layout engine (a browser). */
export interface VisibilityOptions {
  /** Check size and position too. Off in DOM tests, where every box measures 0×0. */
  readonly layout: boolean;
}

/**
 * Why a person could not see (or should not fill) this control, or null when they can.
 * Honeypots and traps are exactly the fields a bot fills and a person never sees.
 */
export function hiddenReason(el: Element, opts: VisibilityOptions): string | null {
  if (el.closest('.gform_validation_container')) return 'a honeypot trap for bots';
  if (el.closest('[aria-hidden="true"]')) return 'aria-hidden';
  if (el.closest('[hidden], [inert]')) return 'hidden attribute';
  const view = el.ownerDocument.defaultView;
  if (!view) return 'not in a window';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none') return 'display: none';
    if (node === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return 'visibility: hidden';
    if (style.opacity !== '' && Number(style.opacity) < 0.1) return 'transparent';
  }
  // visibility is inherited, so the control's own computed value already reflects its ancestors.
  if (!opts.layout) return null;
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return 'zero size';
  const page = el.ownerDocument.documentElement;
  const right = Math.max(page.scrollWidth, view.innerWidth);
  const bottom = Math.max(page.scrollHeight, view.innerHeight);
  const left = box.left + view.scrollX;
  const top = box.top + view.scrollY;
  if (left + box.width <= 0 || top + box.height <= 0 || left >= right || top >= bottom) return 'off-screen';
  return null;
}
