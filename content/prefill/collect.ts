import { isChoice, type Collection, type Control, type FieldRecord, type FormRecord } from './field';
import { clean, groupLabel, isRequired, labelIndex, ownLabel, SECTION_SELECTOR, textOf } from './labels';
import { visibilityCheck, type VisibilityOptions } from './visibility';


/**
 * Gravity Forms section titles and ordinary headings: for controls asked about in document order,
 * the text of the last heading before each, if that heading is inside the control's own form (a
 * page banner such as "Emergency? Call 911" is no section of the form). One pass over the
 * headings for the whole page, each heading's text read once.
 */
function sectionsInOrder(headings: readonly Element[]): (el: Control) => string {
  let next = 0;
  let current: Element | null = null;
  let text = '';
  return (el) => {
    while (next < headings.length && headings[next]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) {
      current = headings[next++]!;
      text = textOf(current);
    }
    return current && (!el.form || el.form.contains(current)) ? text : '';
  };
}

function hintsOf(el: Control): string {
  const parts = [el.className, el.closest('.ginput_container')?.className, el.closest('.gfield')?.className];
  return clean(parts.filter(Boolean).join(' '));
}

/** role, id, class, action, heading and button text of a form, lower-cased. */
export function formSignature(form: HTMLFormElement): string {
  const heading = form.querySelector('h1, h2, h3, h4, legend');
  const buttons = [...form.querySelectorAll('button, input[type=submit]')].map((b) => (b as HTMLInputElement).value || b.textContent);
  return clean([form.getAttribute('role'), form.id, form.className, form.getAttribute('action'), form.getAttribute('aria-label'),
    heading?.textContent, ...buttons].filter(Boolean).join(' ')).toLowerCase();
}

/** Cross-origin frames, whose content this script must not (and cannot) read or fill. */
function crossOriginFrames(doc: Document): string[] {
  const origins: string[] = [];
  for (const frame of doc.querySelectorAll('iframe')) {
    let sameOrigin = false;
    try { sameOrigin = frame.contentDocument !== null; } catch { sameOrigin = false; }
    if (sameOrigin || !frame.src) continue;
    try { origins.push(new URL(frame.src, doc.baseURI).origin); } catch { /* not a URL: nothing to report */ }
  }
  return [...new Set(origins)];
}

/**
 * Reads the form controls of the top document into plain records, in document order. `include`
 * limits which controls get a record (keys stay their position among all controls).
 */
export function collect(doc: Document, opts: VisibilityOptions, include: (el: Control) => boolean = () => true): Collection {
  const forms = [...doc.forms];
  const controls = controlsOf(doc);
  const labelsOf = labelIndex(doc);
  const hiddenReason = visibilityCheck(doc, opts);
  const sectionOf = sectionsInOrder([...doc.querySelectorAll(SECTION_SELECTOR)]);
  const fields: FieldRecord[] = controls.flatMap((el, key) => {
    if (!include(el)) return [];
    const tag = el.tagName.toLowerCase() as FieldRecord['tag'];
    const input = el instanceof HTMLInputElement ? el : null;
    return [{
      key,
      tag,
      type: tag === 'input' ? (input!.type || 'text').toLowerCase() : tag,
      name: el.name ?? '',
      id: el.id ?? '',
      autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase(),
      label: ownLabel(el, labelsOf),
      groupLabel: groupLabel(el, labelsOf),
      section: sectionOf(el),
      placeholder: clean(el.getAttribute('placeholder')),
      hints: hintsOf(el),
      value: input ? input.value : '',
      options: el instanceof HTMLSelectElement ? [...el.options].map((o) => ({ value: o.value, label: clean(o.text) })) : [],
      required: isRequired(el),
      maxLength: (input || el instanceof HTMLTextAreaElement) && (el as HTMLInputElement).maxLength > 0 ? (el as HTMLInputElement).maxLength : null,
      readOnly: Boolean((el as HTMLInputElement).readOnly),
      disabled: el.disabled || Boolean(el.closest('fieldset:disabled')),
      hidden: hiddenReason(el),
      form: el.form ? forms.indexOf(el.form) : -1,
      filled: input && isChoice(input.type) ? input.checked : el.value !== '' && !(el instanceof HTMLSelectElement && el.selectedIndex <= 0),
    }];
  });
  const formRecords: FormRecord[] = forms.map((f, index) => ({ index, id: f.id, signature: formSignature(f) }));
  return { fields, forms: formRecords, frames: crossOriginFrames(doc) };
}

/** The controls in the same order collect() numbered them, so a plan's keys find their fields. */
export function controlsOf(doc: Document): Control[] {
  return [...doc.querySelectorAll<Control>('input, select, textarea')];
}
