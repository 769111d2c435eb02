import { OPTION_LIMIT, TEXT_LIMIT, cut, isChoice, type Collection, type CollectNote, type Control, type FieldRecord, type FormRecord } from './field';
import { clean, groupLabel, isRequired, isSectionTitle, labelIndex, ownLabel, SECTION_SELECTOR, textAfter, textOf } from './labels';
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

/** A date format and nothing more: "(mm/dd/yyyy)", "dd-MMM-yyyy", "Format: YYYY-MM-DD". */
const DATE_FORMAT_ONLY = /^(format:?\s*)?\(?\s*[dmy]{1,4}(\s*[/.-]\s*[dmy]{1,4}){2}\s*\)?$/i;

/** Help text shown under a field by common builders (Forminator, WPForms, Bootstrap, Gravity Forms…). */
const HELP = '.forminator-description, .wpforms-field-description, .form-text, .help-block, .description, .hint';
/** Field wrappers whose help text belongs to the one field inside them (Gravity Forms says its date format in classes). */
const FIELD_WRAPPER = '.forminator-field, .wpforms-field, .form-group, .mb-3, .form-item';

/**
 * Class names of the control and its builder wrappers, and the help text shown with it: the text
 * aria-describedby points to (an Angular Material or Bootstrap hint such as "MM/DD/YYYY"), or the
 * help line of a wrapper holding this control alone. Date formats are read from here.
 */
function hintsOf(el: Control): string {
  const classes = [el.className, el.closest('.ginput_container')?.className, el.closest('.gfield')?.className];
  // Only a typed box can hold a date written in a format; ticks, selects and text areas need no help text.
  if (!(el instanceof HTMLInputElement) || isChoice(el.type)) return clean(classes.filter(Boolean).join(' '));
  const doc = el.ownerDocument;
  const describedBy = el.getAttribute('aria-describedby');
  const described = describedBy ? describedBy.split(/\s+/).filter(Boolean).slice(0, 5).map((id) => doc.getElementById(id)?.textContent ?? '') : [];
  const wrapper = el.closest(FIELD_WRAPPER);
  const help = wrapper && wrapper.querySelectorAll('input, select, textarea').length === 1 ? wrapper.querySelector(HELP)?.textContent ?? '' : '';
  // A date format written right after the box, and nothing else ("(mm/dd/yyyy)" beside an ASP.NET
  // box, Zoho's "dd-MMM-yyyy" under it); other text there may be the next field's words.
  const after = textAfter(el);
  const parts = [...classes, ...described, help, DATE_FORMAT_ONLY.test(after) ? after : ''];
  return clean(parts.filter(Boolean).join(' '));
}

/** role, id, class, action, heading and button text of a form, lower-cased. */
export function formSignature(form: HTMLFormElement): string {
  const heading = form.querySelector('h1, h2, h3, h4, legend');
  const buttons = [...form.querySelectorAll('button, input[type=submit]')].map((b) => (b as HTMLInputElement).value || b.textContent);
  return cut(clean([form.getAttribute('role'), form.id, form.className, form.getAttribute('action'), form.getAttribute('aria-label'),
    heading?.textContent, ...buttons].filter(Boolean).join(' ')).toLowerCase(), 2000);
}

/**
 * The typing box of a list widget (Ant Design's select, Choices.js in Form.io): a search box
 * that offers a list as you type (aria-autocomplete). Typing into it picks nothing, and it is no
 * site search, so it is not a field of the form at all: no record, so it can neither be filled
 * nor make its form look like a search form. A site search is a search box without such a list,
 * or sits in a form marked role=search.
 */
function isListFilter(el: Control): boolean {
  return el instanceof HTMLInputElement && el.type === 'search' && /^(list|both)$/.test(el.getAttribute('aria-autocomplete') ?? '');
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

/** What a person could call a control that could not be read, for the note that says so. */
function nameOf(el: Element): string {
  try {
    return cut(el.getAttribute('id') || el.getAttribute('name') || 'a form control', 100);
  } catch {
    return 'a form control';
  }
}

/**
 * Reads the form controls of the top document into plain records, in document order. `include`
 * limits which controls get a record (keys stay their position among all controls).
 *
 * Only what matching needs leaves the page: a text field's, password's or hidden input's value is
 * never read (only whether it has one), so typed passwords, CSRF tokens and __VIEWSTATE stay in
 * the page. Text is cut to TEXT_LIMIT, a select with more than OPTION_LIMIT options is sent without
 * them, and an element that cannot be read is left out: each with a note saying why.
 */
export function collect(doc: Document, opts: VisibilityOptions, include: (el: Control) => boolean = () => true): Collection {
  const forms = [...doc.forms];
  const controls = controlsOf(doc);
  const labelsOf = labelIndex(doc);
  const hiddenReason = visibilityCheck(doc, opts);
  const sectionOf = sectionsInOrder([...doc.querySelectorAll(SECTION_SELECTOR)].filter(isSectionTitle));
  const notes: CollectNote[] = [];
  const fields: FieldRecord[] = controls.flatMap((el, key) => {
    try {
      if (!include(el) || isListFilter(el)) return [];
      return [record(el, key)];
    } catch (error) {
      notes.push({ key, label: nameOf(el), reason: `this field could not be read (${error instanceof Error ? cut(error.message, 100) : 'unknown error'})` });
      return [];
    }
  });

  function record(el: Control, key: number): FieldRecord {
    const tag = el.tagName.toLowerCase() as FieldRecord['tag'];
    const input = el instanceof HTMLInputElement ? el : null;
    const type = tag === 'input' ? cut((input!.type || 'text').toLowerCase(), 40) : tag;
    const label = cut(ownLabel(el, labelsOf));
    let options: FieldRecord['options'] = [];
    if (el instanceof HTMLSelectElement) {
      const count = el.options.length;
      if (count > OPTION_LIMIT) notes.push({ key, label: label || nameOf(el), reason: `it offers ${count} options, too many to read safely` });
      // An option whose value is over-long could not be written back exactly: it is left out.
      else options = [...el.options].filter((o) => o.value.length <= TEXT_LIMIT).map((o) => ({ value: o.value, label: cut(clean(o.text)) }));
    }
    return {
      key,
      tag,
      type,
      name: cut(el.name ?? ''),
      id: cut(el.id ?? ''),
      autocomplete: cut((el.getAttribute('autocomplete') ?? '').toLowerCase(), 200),
      label,
      groupLabel: cut(groupLabel(el, labelsOf)),
      section: cut(sectionOf(el)),
      placeholder: cut(clean(el.getAttribute('placeholder'))),
      hints: cut(hintsOf(el)),
      // A radio's or checkbox's value says what it means ("MRI"); any other value is the page's or the user's.
      value: input && isChoice(type) ? cut(input.value) : '',
      options,
      required: isRequired(el),
      maxLength: (input || el instanceof HTMLTextAreaElement) && (el as HTMLInputElement).maxLength > 0 ? (el as HTMLInputElement).maxLength : null,
      readOnly: Boolean((el as HTMLInputElement).readOnly),
      disabled: el.disabled || Boolean(el.closest('fieldset:disabled')),
      hidden: hiddenReason(el),
      form: el.form ? forms.indexOf(el.form) : -1,
      filled: input && isChoice(type) ? input.checked : el.value !== '' && !(el instanceof HTMLSelectElement && el.selectedIndex <= 0),
    };
  }
  const formRecords: FormRecord[] = forms.map((f, index) => ({ index, id: cut(f.id), signature: formSignature(f) }));
  return { fields, forms: formRecords, frames: crossOriginFrames(doc).slice(0, 100).map((o) => cut(o)), notes };
}

/** The controls in the same order collect() numbered them, so a plan's keys find their fields. */
export function controlsOf(doc: Document): Control[] {
  return [...doc.querySelectorAll<Control>('input, select, textarea')];
}
