import type { Control } from './field';

/**
 * How a person finds a control's words on the page: which label belongs to which control, the
 * question a group of boxes answers, and whether the field is marked required. Learned from the
 * way mature autofill heuristics (Chromium's form-field label inference, Firefox's form-autofill
 * LabelUtils) look for labels, written for our own use: a `for` label only when its id is unique;
 * otherwise the page's structure (aria-labelledby, a wrapping label, the table cell beside the
 * control, the text right after a checkbox or radio, a group's legend or its container's label).
 */

/** Required markers and screen-reader-only "(Required)" text are not part of a label. */
const NOT_LABEL = '.gfield_required, .gfield_required_text, .screen-reader-text, .form-required, .hs-form-required, .wpforms-required-label, .frm_required, .ninja-forms-req-symbol, .cog-asterisk, .required, input, select, textarea, button';
const CONTROL = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

export const clean = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').replace(/\(\s*required\s*\)/gi, ' ').replace(/\s*\*\s*$/, '').replace(/\s+/g, ' ').replace(/:\s*$/, '').trim();

/** Text of an element without its controls or required markers (read in place, nothing copied). */
export function textOf(el: Element): string {
  if (!el.querySelector(NOT_LABEL)) return clean(el.textContent);
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && (n as Element).matches(NOT_LABEL) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue;
  return clean(text);
}

const isChoiceEl = (el: Control) => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

/** A container of one question's options only: a few radios or checkboxes and no other control. */
function isChoiceGroup(el: Element): boolean {
  const inside = [...el.querySelectorAll<Control>(CONTROL)];
  return inside.length > 0 && inside.length <= 12 && inside.every(isChoiceEl);
}
const isControl = (n: Node | null): n is Control => n instanceof Element && n.matches(CONTROL);

/**
 * Each control's <label> elements, found in one pass: a `for` label counts only when exactly one
 * element has that id (pages that copy a block keep its ids, and the browser would tie every copy's
 * label to the first block); a label without `for` labels the control inside it.
 */
export function labelIndex(doc: Document): Map<Element, HTMLLabelElement[]> {
  const index = new Map<Element, HTMLLabelElement[]>();
  const idCount = new Map<string, number>();
  for (const el of doc.querySelectorAll('[id]')) idCount.set(el.id, (idCount.get(el.id) ?? 0) + 1);
  for (const label of doc.querySelectorAll('label')) {
    const forId = label.getAttribute('for');
    let control: Element | null = null;
    if (forId !== null && forId !== '') {
      if (idCount.get(forId) === 1) control = doc.getElementById(forId);
      // A label for a group's container (Ant Design points the question at the radio group's
      // div): kept under that container, where groupLabel looks for it.
      if (control && !isControl(control) && isChoiceGroup(control)) {
        const list = index.get(control);
        if (list) list.push(label); else index.set(control, [label]);
        continue;
      }
      if (control && !isControl(control)) control = null;
      // A label whose `for` names no unique control may still wrap its control.
      if (!control) control = label.querySelector(CONTROL);
    } else control = label.querySelector(CONTROL);
    if (!control) continue;
    const list = index.get(control);
    if (list) list.push(label); else index.set(control, [label]);
  }
  return index;
}

/**
 * The words beside a control on one side, up to the next control or line break: after a checkbox
 * or radio, its caption; after a box, a format hint; before a lone box ("MRI Completed:<input>"),
 * its label.
 */
function wordsBeside(el: Control, side: 'after' | 'before'): string {
  const parts: string[] = [];
  for (let n = side === 'after' ? el.nextSibling : el.previousSibling; n; n = side === 'after' ? n.nextSibling : n.previousSibling) {
    if (isControl(n) || (n instanceof Element && (n.matches('br') || n.querySelector(CONTROL)))) break;
    parts.push(n.nodeType === Node.TEXT_NODE ? n.textContent ?? '' : n instanceof Element ? ` ${textOf(n)} ` : '');
  }
  return clean((side === 'after' ? parts : parts.reverse()).join(''));
}

/** Text right after a control, up to the next control or line break. */
export const textAfter = (el: Control) => wordsBeside(el, 'after');

/** The table cell just before the control's own cell, when that cell holds only words. */
function cellBeside(el: Control): string {
  const cell = el.closest('td, th');
  if (!cell) return '';
  const prev = cell.previousElementSibling;
  return prev && !prev.querySelector(CONTROL) ? textOf(prev) : '';
}

/** The words a person reads as this control's own label. */
export function ownLabel(el: Control, labelsOf: Map<Element, HTMLLabelElement[]>): string {
  const doc = el.ownerDocument;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids.split(/\s+/).map((id) => doc.getElementById(id)).filter(Boolean).map((n) => textOf(n!)).join(' ');
    if (text) return text;
  }
  const aria = clean(el.getAttribute('aria-label'));
  if (aria) return aria;
  const labels = (labelsOf.get(el) ?? []).map(textOf).filter(Boolean);
  if (labels.length) return labels.join(' ');
  const choice = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
  // A checkbox's or radio's caption follows it; the words before it belong to the question,
  // unless nothing follows: a lone box after its words (Salesforce's "MRI Completed:" checkbox).
  if (choice) return textAfter(el) || wordsBeside(el, 'before');
  const cell = cellBeside(el);
  if (cell) return cell;
  // Nearby text: a short text node or element just before the control, as many hand-made forms do.
  const prev = el.previousSibling;
  const near = prev && (prev.nodeType === 3 ? clean(prev.textContent) : prev instanceof Element && !prev.matches(CONTROL) && !prev.querySelector(CONTROL) ? textOf(prev) : '');
  return near && near.length <= 60 ? near : '';
}

const tied = new WeakMap<Map<Element, HTMLLabelElement[]>, Set<Element>>();
/** The labels that name a control of their own, worked out once per index. */
function tiedLabels(labelsOf: Map<Element, HTMLLabelElement[]>): Set<Element> {
  let set = tied.get(labelsOf);
  if (!set) tied.set(labelsOf, (set = new Set([...labelsOf.values()].flat())));
  return set;
}

/** A label-like element that labels no control of its own: a field's or group's caption. */
function isCaption(el: Element, labelsOf: Map<Element, HTMLLabelElement[]>): boolean {
  if (el.querySelector(CONTROL)) return false;
  // Words inside an option's own label, or an option's caption, are not the question.
  const inLabel = el.parentElement?.closest('label');
  if (inLabel && tiedLabels(labelsOf).has(inLabel)) return false;
  const own = typeof el.className === 'string' ? el.className : '';
  if (/inline|item-label|check-label|radio|checkbox|option|choice|sublabel|sub-label/i.test(own)) return false;
  if (el.matches('legend')) return true;
  if (el instanceof HTMLLabelElement) return !tiedLabels(labelsOf).has(el);
  const cls = typeof el.className === 'string' ? el.className : '';
  return /(^|[\s_-])(label|question|title)($|[\s_-])/i.test(cls) && !/sub-?label|caption-text/i.test(cls) && el.textContent!.trim().length > 0;
}

/**
 * A field's caption tied by `for` to its first box, where every box also has a sub-label of its
 * own (Wufoo: "Date of Birth" for the year box, and "MM", "DD", "YYYY" under the boxes): the
 * caption names the whole field, so it is the other boxes' question too.
 */
const fieldCaptions = new WeakMap<Map<Element, HTMLLabelElement[]>, Set<Element>>();
function isFieldCaption(el: Element, labelsOf: Map<Element, HTMLLabelElement[]>): boolean {
  let set = fieldCaptions.get(labelsOf);
  if (!set) fieldCaptions.set(labelsOf, (set = new Set([...labelsOf.values()].filter((l) => l.length > 1 && l[0]!.htmlFor).map((l) => l[0]!))));
  return set.has(el);
}

const controlLists = new WeakMap<Map<Element, HTMLLabelElement[]>, WeakMap<Element, Control[]>>();
/** The controls under `root`, listed once per collect pass (many controls ask about the same containers). */
function controlsIn(root: Element, labelsOf: Map<Element, HTMLLabelElement[]>): Control[] {
  let cache = controlLists.get(labelsOf);
  if (!cache) controlLists.set(labelsOf, (cache = new WeakMap()));
  let list = cache.get(root);
  if (!list) cache.set(root, (list = [...root.querySelectorAll<Control>(CONTROL)]));
  return list;
}

/**
 * The question a control answers as part of a group: the fieldset's legend, a radiogroup's
 * aria-labelledby, the caption of the smallest container that holds only this field's controls,
 * or (for options in a table) the cell beside them.
 */
export function groupLabel(el: Control, labelsOf: Map<Element, HTMLLabelElement[]>): string {
  const doc = el.ownerDocument;
  const grouped = el.closest('[role=radiogroup][aria-labelledby], [role=group][aria-labelledby], fieldset[aria-labelledby]');
  if (grouped) {
    const text = grouped.getAttribute('aria-labelledby')!.split(/\s+/).map((id) => doc.getElementById(id)).filter(Boolean).map((n) => textOf(n!)).join(' ');
    if (text) return text;
  }
  // A label pointed at the options' container (Ant Design's radio and checkbox groups, which give
  // their options no name).
  if (isChoiceEl(el)) {
    for (let up = el.parentElement, depth = 0; up && depth < 5; up = up.parentElement, depth++) {
      const captions = labelsOf.get(up);
      if (captions) {
        const text = captions.map(textOf).filter(Boolean).join(' ');
        if (text) return text;
      }
    }
  }
  const base = (n: string) => n.replace(/(\[[^\]]*\]|[._-]\w{1,8})$/, '');
  const mine = el.name ? base(el.name) : null;
  const sameField = (c: Control) => c === el || (mine !== null && c.name !== '' && base(c.name) === mine);
  // A fieldset's legend is the question of the controls in it, unless the fieldset wraps a whole
  // form (a screen-reader title around every field is no field's question).
  const fieldset = el.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (legend && textOf(legend)) {
    const inside = controlsIn(fieldset!, labelsOf);
    if (inside.length <= 6 || [...inside].every(sameField)) return textOf(legend);
  }
  const gl = el.closest('.gfield')?.querySelector('.gfield_label');
  if (gl) return textOf(gl);
  // The field's own container: climb while the container holds only this field's controls
  // (the same name, or a builder's sub-inputs), and take its caption that comes before the control.
  let scope: Element | null = el.parentElement;
  let best = '';
  for (let depth = 0; scope && depth < 6 && !scope.matches('form, body'); depth++, scope = scope.parentElement) {
    const inScope = controlsIn(scope, labelsOf);
    if (inScope.some((c) => !sameField(c)) && !isNameLike(scope, inScope)) break;
    // The question comes before the field's first box: words between its boxes are a box's own
    // sub-label (Zoho's "First" under the first-name box is not the last-name box's question).
    const first = inScope[0] ?? el;
    for (const cand of scope.querySelectorAll('label, legend, div, span, p, strong')) {
      if (!(cand.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      if ((isCaption(cand, labelsOf) || isFieldCaption(cand, labelsOf) || (isChoiceEl(el) && isPlainCaption(cand))) && !cand.contains(el)) { best = textOf(cand); break; }
    }
    if (best) return best;
    // Bare words at the start of the container, before the options ("Prior treatment<br>…").
    let lead = '';
    for (const n of scope.childNodes) {
      if (n.contains(el) || isControl(n) || (n instanceof Element && n.querySelector(CONTROL))) break;
      if (n.nodeType === Node.TEXT_NODE) lead += n.textContent;
    }
    if (clean(lead) && isChoiceEl(el)) return clean(lead);
  }
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    // Options laid out in a table: the question sits in the cell beside them.
    const cell = cellBeside(el);
    if (cell) return cell;
    // A caption element just before the first option's wrapper (label.w-radio after label.field-label).
    let wrap: Element = el;
    while (wrap.parentElement && wrap.parentElement.querySelectorAll(CONTROL).length === 1) wrap = wrap.parentElement;
    let prev = wrap.previousElementSibling;
    while (prev && prev.querySelector(CONTROL) && [...prev.querySelectorAll<Control>(CONTROL)].every(sameField)) prev = prev.previousElementSibling;
    if (prev && isCaption(prev, labelsOf)) return textOf(prev);
  }
  return '';
}

/**
 * A short line of words before a group of options, in a plain paragraph or span rather than a
 * label or legend (Bootstrap's "<p>Preferred contact method</p>" above its form-check radios).
 * Only for options: a typed box's own label is found elsewhere.
 */
function isPlainCaption(el: Element): boolean {
  if (!el.matches('p, span, strong, div') || el.querySelector(CONTROL) || el.closest('label') || el.children.length > 2) return false;
  const text = el.textContent?.trim() ?? '';
  return text.length > 0 && text.length <= 100;
}

/** A container of a name's, date's or phone's sub-inputs (first/last, MM/DD/YYYY, area/number): one field. */
function isNameLike(scope: Element, controls: readonly Control[]): boolean {
  if (controls.length > 5) return false;
  const cls = typeof scope.className === 'string' ? scope.className : '';
  return /ginput_complex|wpforms-field-row|cog-name|name-field|field-row|form-sub-label|ff-t-container|fields (name|date|phone)/.test(cls)
    || [...controls].every((c) => c instanceof HTMLInputElement && c.type !== 'checkbox' && c.type !== 'radio' && (c.maxLength > 0 && c.maxLength <= 4));
}

/**
 * Required as a person sees it: the attribute, aria-required, or the field's wrapper marked by an
 * asterisk, "(required)" or a form builder's required class.
 */
export function isRequired(el: Control): boolean {
  if (el.required || el.getAttribute('aria-required') === 'true') return true;
  const wrapper = el.closest('.gfield, .wpforms-field, .frm_form_field, .nf-field-container, .form-line, .cog-field, .hs-form-field, .elementor-field-group, .ff-el-group, .form-item, li, .form-group, .mb-3, fieldset');
  if (!wrapper) return false;
  const cls = typeof wrapper.className === 'string' ? wrapper.className : '';
  if (/gfield_contains_required|jf-required|is-required|frm_required_field|elementor-field-required|ff-el-is-required|\brequired\b/.test(cls)) return true;
  const caption = wrapper.querySelector('label, legend, .gfield_label, .cog-label, .nf-field-label');
  return Boolean(caption && (/\*\s*$/.test(caption.textContent ?? '') || /\(\s*required\s*\)/i.test(caption.textContent ?? '')
    || caption.querySelector('.gfield_required, .form-required, .hs-form-required, .wpforms-required-label, .frm_required, .ninja-forms-req-symbol, .cog-asterisk, .required')));
}

/** Section titles: headings and the title elements form builders and apps use instead of headings. */
export const SECTION_SELECTOR = '.gsection_title, h2, h3, h4, h5, th[colspan], td[colspan], .section_break, .v-card-title, .form-header, .ff-el-section-title, .frm_section_heading > h3, .el-divider__text';

/**
 * Whether an element found by SECTION_SELECTOR is a title: a table cell spanning the row counts
 * only when it holds a few words and no control (paper-style forms title their parts this way;
 * a spanning cell with a text area or a line of instructions is no title).
 */
export function isSectionTitle(el: Element): boolean {
  if (el.tagName !== 'TD') return true;
  const text = el.textContent?.trim() ?? '';
  return !el.querySelector('input, select, textarea') && text.length > 0 && text.length <= 40;
}
