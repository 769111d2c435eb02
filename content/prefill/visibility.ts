/** Options for the visibility check; layout checks need a real layout engine (a browser). */
export interface VisibilityOptions {
  /** Check size and position too. Off in DOM tests, where every box measures 0×0. */
  readonly layout: boolean;
}

/** Why a person could not see (or should not fill) a control, or null when they can. */
export type VisibilityCheck = (el: Element) => string | null;

/**
 * A visibility check for one pass over the page. Honeypots and traps are exactly the fields a bot
 * fills and a person never sees. Computed styles are read once per element and shared by every
 * control under it (a form's wrappers), so a big form costs one style read per distinct element
 * instead of one per control per ancestor. Make a new check after the page changes.
 */
export function visibilityCheck(doc: Document, opts: VisibilityOptions): VisibilityCheck {
  const view = doc.defaultView;
  /** display: none or (nearly) transparent on the element or an ancestor; null when neither. */
  const inherited = new Map<Element, string | null>();
  const ownReason = (style: CSSStyleDeclaration): string | null =>
    style.display === 'none' ? 'display: none' : style.opacity !== '' && Number(style.opacity) < 0.1 ? 'transparent' : null;

  function styleReason(el: Element): string | null {
    // Walk up to the first element already known (or the root), then settle the path top-down:
    // no recursion, so a hostile page nested thousands deep cannot exhaust the stack.
    const path: Element[] = [];
    let node: Element | null = el;
    while (node && !inherited.has(node)) { path.push(node); node = node.parentElement; }
    let reason = node ? inherited.get(node)! : null;
    for (let i = path.length - 1; i >= 0; i--) {
      reason = reason ?? ownReason(view!.getComputedStyle(path[i]!));
      inherited.set(path[i]!, reason);
    }
    return reason;
  }

  let extent: { right: number; bottom: number } | null = null;
  const pageExtent = () => {
    const page = doc.documentElement;
    return (extent ??= { right: Math.max(page.scrollWidth, view!.innerWidth), bottom: Math.max(page.scrollHeight, view!.innerHeight) });
  };

  return (el) => {
    if (el.closest('.gform_validation_container')) return 'a honeypot trap for bots';
    if (el.closest('[aria-hidden="true"]')) return 'aria-hidden';
    if (el.closest('[hidden], [inert]')) return 'hidden attribute';
    if (!view) return 'not in a window';
    const style = view.getComputedStyle(el);
    if (style.display === 'none') return 'display: none';
    // visibility is inherited, so the control's own computed value already reflects its ancestors.
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'visibility: hidden';
    const reason = ownReason(style) ?? (el.parentElement ? styleReason(el.parentElement) : null);
    if (reason) return reason;
    if (!opts.layout) return null;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return 'zero size';
    const { right, bottom } = pageExtent();
    const left = box.left + view.scrollX;
    const top = box.top + view.scrollY;
    if (left + box.width <= 0 || top + box.height <= 0 || left >= right || top >= bottom) return 'off-screen';
    return null;
  };
}
