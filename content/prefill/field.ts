/**
 * A form control as plain data: what collect() reads from the page and match() decides on.
 * Nothing here refers to the DOM, so matching is tested with plain tables.
 */
export interface FieldRecord {
  /** Position in document order within one collection; the fill step re-finds fields by it. */
  readonly key: number;
  readonly tag: 'input' | 'select' | 'textarea';
  /** Lower-cased input type ('text', 'tel', 'radio', …); 'select' or 'textarea' for those tags. */
  readonly type: string;
  readonly name: string;
  readonly id: string;
  /** The autocomplete attribute, lower-cased (may hold a section- prefix and several tokens). */
  readonly autocomplete: string;
  /** The control's own label: <label>, aria-label(ledby), or for radios/checkboxes the option label. */
  readonly label: string;
  /** The group's label: <legend> or a Gravity Forms .gfield_label around the control. */
  readonly groupLabel: string;
  /** The nearest section heading before the control in its form (e.g. "Referring provider"). */
  readonly section: string;
  readonly placeholder: string;
  /** Classes of the control and its Gravity Forms wrappers ("datepicker mdy"), and help text shown with it ("MM/DD/YYYY"). */
  readonly hints: string;
  /** Value attribute (meaningful for radios, checkboxes and options). */
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly required: boolean;
  /** maxlength, or null when unlimited. */
  readonly maxLength: number | null;
  readonly readOnly: boolean;
  readonly disabled: boolean;
  /** Why the control cannot be seen, or null when a person can see it. */
  readonly hidden: string | null;
  /** Index of the enclosing <form> in the page (or -1 for controls outside any form). */
  readonly form: number;
  /** True when the control already has a value (or is checked). */
  readonly filled: boolean;
}

/** A summary of each <form> on the page, so match() can tell search and newsletter forms apart. */
export interface FormRecord {
  readonly index: number;
  readonly id: string;
  /** role, class, id, action and heading text, lower-cased: used to spot search/login/newsletter forms. */
  readonly signature: string;
}

export interface Collection {
  readonly fields: readonly FieldRecord[];
  readonly forms: readonly FormRecord[];
  /** Origins of cross-origin frames that appear to hold forms (reported, never filled). */
  readonly frames: readonly string[];
  /** Controls left out or read only in part (a huge option list, an element that threw), and why. */
  readonly notes?: readonly CollectNote[];
}

export interface CollectNote {
  readonly key: number;
  readonly label: string;
  readonly reason: string;
}

/** Longest label, name or other text collect() sends for one control; longer text is cut. */
export const TEXT_LIMIT = 500;
/** A select with more options than this is too big to match safely; its list is not sent. */
export const OPTION_LIMIT = 1000;
/** Cuts text to TEXT_LIMIT characters (collect and fill's fingerprint use the same cut). */
export const cut = (text: string, max = TEXT_LIMIT) => (text.length > max ? text.slice(0, max) : text);

/** How a person would name the field: "Name: First", "Treatments tried: Spine surgery", "Email". */
export function fieldLabel(f: FieldRecord): string {
  const own = f.label || f.placeholder || f.name || f.id || 'Unlabelled field';
  return f.groupLabel && f.groupLabel !== own ? `${f.groupLabel}: ${own}` : own;
}

/** The form controls the filler reads and writes. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A radio or checkbox: ticked, never typed into. Takes a FieldRecord's type or an input's. */
export const isChoice = (type: string) => type === 'radio' || type === 'checkbox';

/**
 * Which group a control belongs to: radios share a name, Gravity Forms checkboxes a base name
 * (input_8.1, input_8.2) and a legend; options with no name at all (Ant Design's groups, kept by
 * the page's script) share their question. Any other control is a group of its own.
 */
export const groupKey = (f: FieldRecord): string =>
  inGroup(f) ? `${f.form}:${baseName(f.name)}:${f.groupLabel}` : `key:${f.key}`;
/** Whether a control is an option of a group (see groupKey), rather than a group of its own. */
export const inGroup = (f: FieldRecord): boolean => isChoice(f.type) && Boolean(f.name || f.groupLabel);

/** A Gravity Forms input name without its choice suffix: input_8.1 and input_2[] give input_8 and input_2. */
const baseName = (name: string) => name.replace(/(\.\d+|\[\])$/, '');

/**
 * What a user's correction is saved under: a radio or checkbox group as a whole ("this question is
 * the imaging"), any other field by its id, else its name.
 */
export const fieldId = (f: FieldRecord): string => (isChoice(f.type) && f.name ? `group:${baseName(f.name)}` : f.id || f.name);

/** Labels of required fields still empty: a radio or checkbox group counts once, and is filled when any option is ticked. */
export function requiredStillEmpty(fields: readonly FieldRecord[]): string[] {
  const groups = new Map<string, FieldRecord[]>();
  for (const f of fields) {
    if (f.type === 'hidden' || f.hidden) continue;
    const key = groupKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...new Set([...groups.values()].filter((g) => !g.some((f) => f.filled))
    .map((g) => (g.length > 1 && g[0]!.groupLabel ? g[0]!.groupLabel : fieldLabel(g[0]!))))];
}
