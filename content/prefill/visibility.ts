/** Options for the visibility check; layout checks need a real layout engine (a browser). */
export interface VisibilityOptions {
  /** Check size, clipping, position and what lies on top too. Off in DOM tests, where every box measures 0×0. */
  readonly layout: boolean;
}

/** Why a person could not see (or should not fill) a control, or null when they can. */
export type VisibilityCheck = (el: Element) => string | null;

/**
 * Opacity, multiplied down the tree (and with any `filter: opacity()`), below which a control counts
 * as invisible. At 0.2 black text on white has a contrast of about 1.6:1, a box border far less:
 * a person does not notice such a field. 0.3 inside 0.3 (0.09) is caught; a section dimmed to 0.5,
 * or 0.5 inside 0.5 (0.25), as some forms show a not-yet-active step, still counts as visible.
 */
export const MIN_OPACITY = 0.2;
/** A control this many CSS pixels wide or high, or less, cannot be seen (1×1 checkboxes, sr-only inputs). */
export const MAX_INVISIBLE_PX = 2;

/** The computed style properties the check reads. */
type Prop = 'position' | 'opacity' | 'filter' | 'display' | 'visibility' | 'contentVisibility' | 'maskImage' | 'clipPath' | 'clip'
  | 'overflowX' | 'overflowY' | 'appearance' | 'color' | 'backgroundColor' | 'backgroundImage' | 'boxShadow'
  | 'borderTopWidth' | 'borderRightWidth' | 'borderBottomWidth' | 'borderLeftWidth'
  | 'borderTopColor' | 'borderRightColor' | 'borderBottomColor' | 'borderLeftColor';
const SIDES = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => [`border${side}Width`, `border${side}Color`] as const);

interface Box { left: number; top: number; right: number; bottom: number }
const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
const meet = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom),
});
const tooSmall = (b: Box) => b.right - b.left <= MAX_INVISIBLE_PX || b.bottom - b.top <= MAX_INVISIBLE_PX;

/** What an element passes on to everything inside it. */
interface Inherited {
  /** display: none, content-visibility: hidden, a mask that shows nothing, or a clip that leaves nothing. */
  readonly reason: string | null;
  /** The element's opacity times its ancestors' (filter: opacity() included). */
  readonly opacity: number;
  /** What of the page its contents can show through (clip, clip-path, overflow: hidden), in viewport pixels. */
  readonly clip: Box;
  /** The nearest fixed or sticky element at or above it: a layer that moves over the page as it scrolls. */
  readonly layer: Element | null;
}

/** The alpha of a computed colour: rgb(), rgba(), the space-separated forms with "/ a", or transparent. */
function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
  const rgba = /^rgba\(([^)]*)\)$/.exec(color);
  if (rgba) return Number(rgba[1]!.split(',')[3] ?? 1);
  return 1;
}

/** filter: opacity(0.2) opacity(50%) multiplied together (1 when there is none). */
function filterOpacity(filter: string): number {
  let product = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) product *= Number(m[1]) / (m[2] ? 100 : 1);
  return product;
}

/** A mask made only of fully transparent colours (such as linear-gradient(transparent, transparent)). */
function maskHidesAll(mask: string): boolean {
  if (!mask || mask === 'none' || !/gradient\(/.test(mask)) return false;
  const colors = mask.match(/rgba?\([^)]*\)|transparent|#[0-9a-f]{3,8}\b|(?:hsla?|oklch|oklab|lab|lch|color)\([^)]*\)/gi) ?? [];
  return colors.length > 0 && colors.every((c) => alpha(c) === 0);
}

/** A length in px, or a percentage of `of`. */
const length = (v: string, of: number) => (v.endsWith('%') ? (parseFloat(v) / 100) * of : parseFloat(v) || 0);

/**
 * The part of `box` that clip-path: inset(…) and clip: rect(…) leave visible (the box itself when
 * neither applies). `clip` is 'auto' unless the element is absolutely or fixed positioned.
 */
function ownClip(clipPath: string, clip: string, box: Box): Box {
  let out = box;
  const inset = /^inset\(([^)]*)\)/.exec(clipPath);
  if (inset) {
    const parts = inset[1]!.split(/\s+round\s+/)[0]!.trim().split(/\s+/);
    const [t = '0', r = t, b = t, l = r] = parts;
    const w = box.right - box.left;
    const h = box.bottom - box.top;
    out = meet(out, { top: box.top + length(t, h), right: box.right - length(r, w), bottom: box.bottom - length(b, h), left: box.left + length(l, w) });
  } else if (/^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(clipPath)) {
    out = { ...box, right: box.left };
  }
  const rect = /^rect\(([^)]*)\)/.exec(clip);
  if (rect) {
    const [t, r, b, l] = rect[1]!.split(/[\s,]+/).map((v) => (v === 'auto' ? null : parseFloat(v)));
    out = meet(out, {
      top: t == null ? box.top : box.top + t, right: r == null ? box.right : box.left + r,
      bottom: b == null ? box.bottom : box.top + b, left: l == null ? box.left : box.left + l,
    });
  }
  return out;
}

/** Text, background and border all transparent (the control's own style: it would show nothing). */
function allTransparent(el: Element, css: (el: Element, prop: Prop) => string): boolean {
  const choice = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
  if (choice && css(el, 'appearance') !== 'none') return false; // drawn by the browser whatever the colours
  if (alpha(css(el, 'color')) > 0 || alpha(css(el, 'backgroundColor')) > 0 || css(el, 'backgroundImage') !== 'none') return false;
  const shadow = css(el, 'boxShadow');
  if (shadow && shadow !== 'none' && alpha(shadow) > 0) return false;
  return SIDES.every(([width, color]) => parseFloat(css(el, width)) === 0 || alpha(css(el, color)) === 0);
}

/** How many later siblings, at each level up from an off-screen field, may hold an overlay. */
const NEARBY = 12;

const REPLACED = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'svg', 'PICTURE']);

/**
 * A visibility check for one pass over the page, as a person sees it. Honeypots and traps are
 * exactly the fields a bot fills and a person never sees. Computed styles (and boxes, where they
 * clip) are read once per element and shared by every control under it (a form's wrappers), so a
 * big form costs one style lookup, and one read of each property, per distinct element. Make a new
 * check after the page changes.
 */
export function visibilityCheck(doc: Document, opts: VisibilityOptions): VisibilityCheck {
  const view = doc.defaultView;
  // Each element's computed style, and each property read from it once: a property read costs
  // about as much as the style lookup itself, and wrappers are asked about by every control inside.
  const looks = new Map<Element, { style: CSSStyleDeclaration; read: Partial<Record<Prop, string>> }>();
  const styleOf = (el: Element) => {
    let l = looks.get(el);
    if (!l) looks.set(el, (l = { style: view!.getComputedStyle(el), read: {} }));
    return l;
  };
  const css = (el: Element, prop: Prop): string => {
    const l = styleOf(el);
    return (l.read[prop] ??= (prop === 'maskImage' ? l.style.maskImage || l.style.getPropertyValue('-webkit-mask-image') : l.style[prop]) ?? '');
  };
  const boxes = new Map<Element, Box>();
  const boxOf = (el: Element) => {
    let b = boxes.get(el);
    if (!b) {
      const r = el.getBoundingClientRect();
      boxes.set(el, (b = { left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    }
    return b;
  };
  const inherited = new Map<Element, Inherited>();
  const ROOT: Inherited = { reason: null, opacity: 1, clip: EVERYWHERE, layer: null };

  /** What an element passes on, given what its parent passes on. */
  function settle(el: Element, up: Inherited): Inherited {
    const position = css(el, 'position');
    const layer = position === 'fixed' || position === 'sticky' ? el : up.layer;
    const filter = css(el, 'filter');
    const opacity = up.opacity * (css(el, 'opacity') === '' ? 1 : Number(css(el, 'opacity'))) * (filter === 'none' ? 1 : filterOpacity(filter));
    let reason = up.reason;
    // With layout, the browser's own check (checkVisibility) finds display: none and
    // content-visibility: hidden on any ancestor, so they are not read for every wrapper here.
    if (!opts.layout && !reason && css(el, 'display') === 'none') reason = 'display: none';
    if (!opts.layout && !reason && css(el, 'contentVisibility') === 'hidden') reason = 'content-visibility: hidden';
    if (!reason && maskHidesAll(css(el, 'maskImage'))) reason = 'masked out';
    // A fixed element escapes its ancestors' overflow (transforms aside); everything else is clipped by them.
    let clip = position === 'fixed' ? EVERYWHERE : up.clip;
    // clip: rect() applies to absolutely (and fixed) positioned elements only.
    const positioned = position === 'absolute' || position === 'fixed';
    const clipPath = css(el, 'clipPath');
    const rect = positioned ? css(el, 'clip') : 'auto';
    if (opts.layout && !reason) {
      if ((clipPath && clipPath !== 'none') || (rect && rect !== 'auto')) clip = meet(clip, ownClip(clipPath, rect, boxOf(el)));
      const overflow = `${css(el, 'overflowX')} ${css(el, 'overflowY')}`;
      if (/hidden|clip/.test(overflow)) clip = meet(clip, boxOf(el));
      // A scrolling box shows what is scrolled out of it on scrolling, unless it has no room at all.
      else if (/auto|scroll/.test(overflow) && tooSmall(boxOf(el))) clip = { ...boxOf(el), right: boxOf(el).left };
    } else if (!reason) {
      // Without layout, only clips that leave nothing whatever the size.
      if (/^inset\(\s*(5\d|[6-9]\d|100)%\s*\)/.test(clipPath) || (positioned && /^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(rect))) reason = 'clipped away';
    }
    return { reason, opacity, clip, layer };
  }

  function inheritedOf(el: Element): Inherited {
    // Walk up to the first element already known (or the root), then settle the path top-down:
    // no recursion, so a hostile page nested thousands deep cannot exhaust the stack.
    const path: Element[] = [];
    let node: Element | null = el;
    while (node && !inherited.has(node)) { path.push(node); node = node.parentElement; }
    let up = node ? inherited.get(node)! : ROOT;
    for (let i = path.length - 1; i >= 0; i--) {
      up = settle(path[i]!, up);
      inherited.set(path[i]!, up);
    }
    return up;
  }

  /**
   * The absolutely or fixed positioned elements among the NEARBY siblings just after `node`: where
   * an overlay sits. Cached per node (and each sibling's position by css), so the controls of a
   * 1,000-field page share the work of their common containers.
   */
  const after = new Map<Element, readonly Element[]>();
  function positionedAfter(node: Element): readonly Element[] {
    let list = after.get(node);
    if (list) return list;
    const found: Element[] = [];
    let n = 0;
    for (let sib = node.nextElementSibling; sib && n++ < NEARBY; sib = sib.nextElementSibling) {
      const position = css(sib, 'position');
      if (position === 'absolute' || position === 'fixed') found.push(sib);
    }
    after.set(node, (list = found));
    return list;
  }

  /** Would this element, lying over a field, hide it? Opaque paint: a background, an image, a video. */
  const opaque = (e: Element) => {
    return inheritedOf(e).opacity >= MIN_OPACITY && (REPLACED.has(e.tagName) || alpha(css(e, 'backgroundColor')) >= 0.5 || css(e, 'backgroundImage') !== 'none');
  };
  const isLabelOf = (e: Element, el: Element) => {
    const label = e.closest('label');
    return Boolean(label && ((label as HTMLLabelElement).control === el || label.contains(el)));
  };

  /**
   * Whether something opaque lies on top of the point (x, y) of `el`. In the viewport the browser
   * answers (elementsFromPoint). Fixed and sticky layers (a header, a cookie bar) are passed over:
   * they move off the field as the page scrolls. A field outside the viewport is not scrolled to
   * (the page must not move): it is checked against positioned elements placed just after it or
   * just after one of its containers (NEARBY at each level), the way overlays are built.
   */
  function coveredAt(el: Element, x: number, y: number): boolean {
    if (x >= 0 && y >= 0 && x < view!.innerWidth && y < view!.innerHeight) {
      // Most often the field itself is on top: one hit test answers, without listing every layer.
      const top = doc.elementFromPoint(x, y);
      if (top && (top === el || el.contains(top) || top.contains(el) || isLabelOf(top, el))) return false;
      for (const e of doc.elementsFromPoint(x, y)) {
        if (e === el || el.contains(e) || e.contains(el) || isLabelOf(e, el)) return false;
        const layer = inheritedOf(e).layer;
        if (layer && !layer.contains(el)) continue;
        if (opaque(e)) return true;
      }
      return false;
    }
    for (let node: Element | null = el; node && node !== doc.body; node = node.parentElement) {
      for (const sib of positionedAfter(node)) {
        const b = boxOf(sib);
        if (x >= b.left && x < b.right && y >= b.top && y < b.bottom && !isLabelOf(sib, el) && opaque(sib) && !inheritedOf(sib).reason) return true;
      }
    }
    return false;
  }

  let extent: { right: number; bottom: number } | null = null;
  const pageExtent = () => {
    const page = doc.documentElement;
    return (extent ??= { right: Math.max(page.scrollWidth, view!.innerWidth), bottom: Math.max(page.scrollHeight, view!.innerHeight) });
  };

  /** What marks an element, or one of its ancestors, as not for a person (read once, the reason after). */
  const MARKED = '.gform_validation_container, [aria-hidden="true"], [hidden], [inert], details:not([open])';
  function marked(el: Element, decoration: boolean): string | null {
    if (el.closest('.gform_validation_container')) return 'a honeypot trap for bots';
    if (!decoration && el.closest('[aria-hidden="true"]')) return 'aria-hidden';
    if (el.closest('[hidden], [inert]')) return 'hidden attribute';
    const details = el.closest('details:not([open])');
    if (details && !el.closest('summary')?.parentElement?.isSameNode(details)) return 'inside a closed <details>';
    return null;
  }

  /** Why the browser does not render an element: the first ancestor with display: none or content-visibility: hidden. */
  function notRendered(el: Element): string {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (css(node, 'display') === 'none') return 'display: none';
      if (node !== el && css(node, 'contentVisibility') === 'hidden') return 'content-visibility: hidden';
    }
    return 'not rendered';
  }

  /**
   * The check on the element alone: null when a person sees it. A `decoration` (the box a label
   * draws for a styled checkbox) may be aria-hidden: it is hidden from screen readers on purpose,
   * as decoration should be, and still seen.
   */
  function check(el: Element, decoration = false): string | null {
    const mark = el.closest(MARKED) && marked(el, decoration);
    if (mark) return mark;
    if (!view) return 'not in a window';
    if (css(el, 'display') === 'none') return 'display: none';
    // visibility is inherited, so the control's own computed value already reflects its ancestors.
    const visibility = css(el, 'visibility');
    if (visibility === 'hidden' || visibility === 'collapse') return 'visibility: hidden';
    // The browser's own answer (a browser only: happy-dom's differs): display: none or
    // content-visibility: hidden on any ancestor, opacity 0, visibility. contentVisibilityAuto stays
    // off: content-visibility: auto only defers drawing what is scrolled out of view, and a person
    // sees it on scrolling, as any other field below the fold.
    const native = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    const rendered = !opts.layout || !native || native.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false });
    if (!rendered) {
      const why = notRendered(el);
      if (why !== 'not rendered') return why;
    }
    const own = inheritedOf(el);
    if (own.reason) return own.reason;
    if (own.opacity < MIN_OPACITY) return 'transparent';
    if (allTransparent(el, css)) return 'transparent text, background and border';
    if (!rendered) return 'not rendered';
    if (!opts.layout) return null;
    const box = boxOf(el);
    if (tooSmall(box)) return `${MAX_INVISIBLE_PX} px or smaller`;
    const { right, bottom } = pageExtent();
    const left = box.left + view.scrollX;
    const top = box.top + view.scrollY;
    if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0 || left >= right || top >= bottom) return 'off-screen';
    const shown = meet(box, own.clip);
    if (tooSmall(shown)) return 'cut off by a container or clip';
    if (coveredAt(el, (shown.left + shown.right) / 2, (shown.top + shown.bottom) / 2)) return 'covered by another element';
    return null;
  }

  /**
   * A custom-styled checkbox or radio: the native box is made invisible (opacity 0, 1×1, clipped)
   * and its <label> draws the box instead (a ::before/::after, or an empty span). A person sees and
   * clicks the label, which ticks the input: it counts as visible when such a label is visible.
   */
  function drawnByLabel(el: Element): boolean {
    if (!(el instanceof HTMLInputElement) || (el.type !== 'checkbox' && el.type !== 'radio') || !el.labels) return false;
    return [...el.labels].some((label) => {
      if (check(label) !== null) return false;
      const drawn = ['::before', '::after'].some((p) => {
        const s = view!.getComputedStyle(label, p);
        return s.content !== 'none' && s.content !== 'normal' && parseFloat(s.width) >= 8 && parseFloat(s.height) >= 8;
      });
      const decoration = (e: Element) => e !== el && !e.textContent?.trim() && !e.contains(el) && !tooSmall(boxOf(e)) && !check(e, true);
      // The box is drawn inside the label, or beside the native control in its own wrapper
      // (Material Components: div.mdc-radio holds the input and div.mdc-radio__background).
      return drawn || [...label.querySelectorAll('span, i, div')].some(decoration)
        || (el.parentElement !== null && !el.parentElement.contains(label) && [...el.parentElement.children].some(decoration));
    });
  }
  /** Reasons a label may stand in for: the box was styled away, not the field removed. */
  const STYLED_AWAY = new Set(['transparent', `${MAX_INVISIBLE_PX} px or smaller`, 'cut off by a container or clip', 'off-screen', 'covered by another element', 'clipped away', 'not rendered']);

  return (el) => {
    const reason = check(el);
    return reason && opts.layout && STYLED_AWAY.has(reason) && drawnByLabel(el) ? null : reason;
  };
}
