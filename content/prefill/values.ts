import type { DatePart, Part, PhonePart } from './classify';
import { isChoice, type FieldRecord } from './field';
import { CONTACT_OPTIONS, IMAGING_OPTIONS, NO, TREATMENT_OPTIONS, YES, matchesAny, normalise, type Fact } from './keywords';
import { pickRange } from './ranges';
import { fitNote } from './note';
import type { ReferralValues, Target } from './targets';

/** What to write into one field: text (also a select's option value), or a tick for a checkbox/radio. */
export type FieldValue = { readonly text: string } | { readonly checked: true };
export type ValueResult = { readonly ok: true; readonly value: FieldValue } | { readonly ok: false; readonly reason: string };

const skip = (reason: string): ValueResult => ({ ok: false, reason });
const text = (t: string): ValueResult => ({ ok: true, value: { text: t } });
const TICK: ValueResult = { ok: true, value: { checked: true } };
/** A radio or checkbox that is simply not the option to tick: not worth a line in the plan. */
export const NOT_TICKED = 'not one of the values to tick';
export const NO_VALUE = 'no value entered';
export const NOTE_NEEDS_TEXT_AREA = 'a one-line box: the referral note needs a text area';
/** Controls a value is typed into. Other input types (time, range, colour, …) are left alone. */
const TYPED = new Set(['text', 'tel', 'email', 'number', 'date', 'url', 'textarea']);
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

type DateFormat = 'iso' | 'mdy' | 'dmy' | 'ymd' | 'mdy-short' | 'dmy-mon' | 'mdy-yy';
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** The date format a single date box expects, from its type, a builder's class, its placeholder or its label. */
function dateFormat(f: FieldRecord): DateFormat | null {
  if (f.type === 'date') return 'iso';
  const hint = `${f.hints} ${f.placeholder} ${f.label} ${f.groupLabel}`.toLowerCase();
  // "dd-MMM-yyyy" (Zoho): the day, the month's English short name, the year.
  if (/\bdd\s*-\s*mmm\s*-\s*yyyy\b/.test(hint)) return 'dmy-mon';
  if (/\bmdy\b|mm\s*[/.-]\s*dd\s*[/.-]\s*yyyy/.test(hint)) return 'mdy';
  // "MM/DD/YY" (a two-digit year, as paper-style forms ask with maxlength 8).
  if (/\bmm\s*\/\s*dd\s*\/\s*yy\b/.test(hint)) return 'mdy-yy';
  if (/\bdmy\b|dd\s*[/.-]\s*mm\s*[/.-]\s*yyyy/.test(hint)) return 'dmy';
  if (/\bymd\b|yyyy\s*[/.-]\s*mm\s*[/.-]\s*dd/.test(hint)) return 'ymd';
  // "m/d/yyyy": month and day without leading zeros.
  if (/(^|[^a-z])m\s*\/\s*d\s*\/\s*yyyy/.test(hint)) return 'mdy-short';
  return null;
}

/** A North American number as its three parts, or null when it is not one. */
function phoneParts(phone: string): Record<'area' | 'prefix' | 'line', string> | null {
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return /^\d{10}$/.test(digits) && !/x|ext/i.test(phone) ? { area: digits.slice(0, 3), prefix: digits.slice(3, 6), line: digits.slice(6) } : null;
}

function phonePartValue(f: FieldRecord, phone: string, part: PhonePart): ValueResult {
  if (!phone) return skip(NO_VALUE);
  if (part === 'ext') return skip('no extension recorded');
  const p = phoneParts(phone);
  if (!p) return skip('the number is not a 10-digit North American number, so it cannot be split into these boxes');
  const value = part === 'local' ? `${p.prefix}-${p.line}` : p[part];
  return f.maxLength !== null && f.maxLength < value.length && part === 'local' ? text(`${p.prefix}${p.line}`) : text(value);
}

/** The referrer's name in two parts, only when it is plainly two words ("Alex Park"); otherwise unclear. */
function namePart(name: string, part: 'first' | 'last'): ValueResult {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return skip(NO_VALUE);
  if (words.length !== 2 || words.some((w) => /\.$/.test(w))) return skip('the referrer’s name is not plainly a first and a last name, so it is not split');
  return text(part === 'first' ? words[0]! : words[1]!);
}

/** Yes or No for a fact: the radio captioned that way, or the select's option. */
function yesNo(f: FieldRecord, fact: boolean | null | undefined): ValueResult {
  if (fact === null || fact === undefined) return skip(NO_VALUE);
  const wanted = fact ? YES : NO;
  if (f.type === 'radio') return matchesAny(wanted, normalise(f.label || f.value)) ? TICK : skip(NOT_TICKED);
  if (f.tag !== 'select') return skip('a yes/no answer goes into a choice, not a box to type in');
  const option = pickOption(f, (l) => matchesAny(wanted, normalise(l.split(' ')[0] ?? '')));
  const exact = f.options.filter((o) => o.value !== '' && matchesAny(wanted, normalise(o.label)));
  return exact.length === 1 ? text(exact[0]!.value) : option !== null ? text(option) : skip('no option reads Yes or No');
}

/** Picks the <option> whose value or label names the wanted thing; null when none or several do. */
function pickOption(f: FieldRecord, wanted: (label: string) => boolean): string | null {
  const hits = f.options.filter((o) => o.value !== '' && wanted(normalise(`${o.label} ${o.value}`)));
  return hits.length === 1 ? hits[0]!.value : null;
}

function datePartValue(f: FieldRecord, part: DatePart, dob: { year: number; month: number; day: number }): ValueResult {
  const n = part === 'month' ? dob.month : part === 'day' ? dob.day : dob.year;
  if (f.tag === 'select') {
    const exact = f.options.find((o) => o.value !== '' && Number(o.value) === n);
    const named = part === 'month' ? f.options.find((o) => normalise(o.label).startsWith(MONTHS[n - 1]!.slice(0, 3))) : undefined;
    const option = exact ?? named;
    return option ? text(option.value) : skip('no option matches the date');
  }
  if (part === 'year') return text(String(n));
  return text(f.maxLength === 2 || /\b(mm|dd)\b/i.test(`${f.placeholder} ${f.label}`) ? pad(n) : String(n));
}

/** A choice (radio, checkbox, option) is ticked when its own label names a wanted value. */
function choice(f: FieldRecord, tables: Record<string, readonly RegExp[]>, wanted: readonly string[]): ValueResult {
  if (wanted.length === 0) return skip(NO_VALUE);
  const label = normalise(`${f.label} ${f.value}`);
  const named = Object.entries(tables).filter(([, res]) => matchesAny(res, label)).map(([k]) => k);
  if (named.length !== 1) return skip('option label not recognised');
  return wanted.includes(named[0]!) ? TICK : skip(NOT_TICKED);
}

/** One value named in an option table: the matching option of a select, else the matching radio or box. */
function oneOf<K extends string>(f: FieldRecord, tables: Readonly<Record<K, readonly RegExp[]>>, wanted: K | null | undefined): ValueResult {
  if (!wanted) return skip(NO_VALUE);
  // A typed box near such words is as often "Preferred contact number" or "Date of last MRI".
  if (TYPED.has(f.type)) return skip('a box to type in, not a list of choices: fill it yourself');
  if (f.tag !== 'select') return choice(f, tables, [wanted]);
  const option = pickOption(f, (l) => matchesAny(tables[wanted], l));
  return option === null ? skip('no option matches') : text(option);
}

/**
 * The value for one field and target, in the form the field expects, or why it stays empty.
 * Never truncates: a value longer than the field allows is skipped and reported.
 */
export function valueFor(f: FieldRecord, target: Target, part: Part | null, v: ReferralValues, siblings: readonly FieldRecord[] = [f]): ValueResult {
  const result = rawValue(f, target, part, v, siblings);
  if (!result.ok) return result;
  const fitted = fitsControl(f, result.value);
  if (fitted.ok && 'text' in fitted.value && f.maxLength !== null && fitted.value.text.length > f.maxLength) {
    return skip(`the value is longer than the field allows (${f.maxLength} characters)`);
  }
  return fitted;
}

/**
 * The last check before a value goes into the plan: a tick only for a radio or checkbox, text only
 * for a box a person types into, and for a select only the value of one of its own options.
 * Anything else would leave a wrong value (a radio whose value is the insurance plan's name).
 */
function fitsControl(f: FieldRecord, value: FieldValue): ValueResult {
  if (isChoice(f.type)) return 'checked' in value ? TICK : skip('a choice can only be ticked, not typed into');
  if ('checked' in value) return skip('this field takes typed text, not a tick');
  if (f.tag === 'select') return f.options.some((o) => o.value !== '' && o.value === value.text) ? text(value.text) : skip('none of its options is the value');
  if (f.type === 'number' && !/^\d+$/.test(value.text)) return skip('a number box, and the value is not a number');
  return TYPED.has(f.type) ? text(value.text) : skip(`a ${f.type} field, which the filler does not type into`);
}

/**
 * A free-text value (a name, a plan, credentials) for any kind of control: typed into a text box,
 * chosen in a select only when one option reads exactly that, ticked only when a radio or checkbox
 * is labelled exactly that.
 */
function freeText(f: FieldRecord, value: string): ValueResult {
  const wanted = normalise(value);
  if (!wanted) return skip(NO_VALUE);
  const same = (label: string) => normalise(label) === wanted;
  // By the words a person sees only: a value may be a code ("2" for "4-12 weeks").
  if (isChoice(f.type)) return same(f.label) ? TICK : skip(NOT_TICKED);
  if (f.tag !== 'select') return text(value.trim());
  const hits = f.options.filter((o) => o.value !== '' && same(o.label));
  return hits.length === 1 ? text(hits[0]!.value) : skip('none of its options is exactly the value');
}

const isPhonePart = (part: Part | null): part is PhonePart => part === 'area' || part === 'prefix' || part === 'line' || part === 'local' || part === 'ext';
const isDatePart = (part: Part | null): part is DatePart => part === 'month' || part === 'day' || part === 'year';

function fact(x: ReferralValues['referral'], name: Fact): boolean | null | undefined {
  return x.facts?.[name];
}

function rawValue(f: FieldRecord, target: Target, part: Part | null, v: ReferralValues, siblings: readonly FieldRecord[]): ValueResult {
  const { patient: p, referrer: r, referral: x } = v;
  const plain = (s: string) => freeText(f, s);
  if ((target === 'patient.phone' || target === 'referrer.phone' || target === 'referrer.fax') && isPhonePart(part)) {
    return phonePartValue(f, target === 'patient.phone' ? p.phone : target === 'referrer.fax' ? r.fax : r.phone, part);
  }
  switch (target) {
    case 'patient.firstName': return plain(p.firstName);
    case 'patient.lastName': return plain(p.lastName);
    case 'patient.fullName': return plain(`${p.firstName} ${p.lastName}`);
    case 'patient.phone': return plain(p.phone);
    case 'patient.email': return plain(p.email);
    case 'patient.insurance': return plain(p.insurance);
    case 'referrer.name': return plain(r.name);
    case 'referrer.firstName': { const n = namePart(r.name, 'first'); return n.ok && 'text' in n.value ? plain(n.value.text) : n; }
    case 'referrer.lastName': { const n = namePart(r.name, 'last'); return n.ok && 'text' in n.value ? plain(n.value.text) : n; }
    case 'referrer.nameCredentials':
      if (!r.name.trim()) return skip(NO_VALUE);
      return plain(r.credentials.trim() ? `${r.name.trim()}, ${r.credentials.trim()}` : r.name.trim());
    case 'referral.fact.mri': return yesNo(f, fact(x, 'mri'));
    case 'referral.fact.pt': return yesNo(f, fact(x, 'pt'));
    case 'referral.fact.ptCompleted': return yesNo(f, fact(x, 'ptCompleted'));
    case 'referral.fact.injections': return yesNo(f, fact(x, 'injections'));
    case 'referral.fact.surgery': return yesNo(f, fact(x, 'surgery'));
    case 'referral.fact.redFlags': return yesNo(f, fact(x, 'redFlags'));
    case 'referral.fact.redFlagsPresent': return yesNo(f, fact(x, 'redFlagsPresent'));
    case 'referrer.credentials': return plain(r.credentials);
    case 'referrer.practice': return plain(r.practice);
    case 'referrer.npi': return plain(r.npi);
    case 'referrer.phone': return plain(r.phone);
    case 'referrer.fax': return plain(r.fax);
    case 'referrer.email': return plain(r.email);
    case 'referral.reason': {
      if (f.tag !== 'textarea') return skip(NOTE_NEEDS_TEXT_AREA);
      const note = fitNote(x.noteSections ?? [{ id: 'note', heading: '', text: x.reason }], f.maxLength);
      return note.ok ? plain(note.text) : skip(note.reason);
    }
    case 'referral.durationWeeks': {
      if (x.durationWeeks === null) return skip(NO_VALUE);
      // Buckets ("3–6 months", "24+ weeks"): the only option whose range holds the value.
      if (f.tag === 'select' || isChoice(f.type)) {
        if (f.type === 'checkbox') return skip('a duration takes one option, not checkboxes');
        const options = isChoice(f.type) ? siblings.map((o) => ({ value: String(o.key), label: o.label || o.value })) : f.options;
        const picked = pickRange(options, x.durationWeeks, `${isChoice(f.type) ? f.groupLabel : f.label} ${f.groupLabel}`);
        if (!picked.ok) return skip(picked.reason);
        if (isChoice(f.type)) return picked.value === String(f.key) ? TICK : skip(NOT_TICKED);
        return text(picked.value);
      }
      if (/\bmonths?\b|\byears?\b|\bdays?\b/i.test(`${f.label} ${f.placeholder} ${f.groupLabel}`)) return skip('the field asks for another unit than weeks');
      return plain(String(x.durationWeeks));
    }
    case 'patient.dob':
    case 'patient.dob.month':
    case 'patient.dob.day':
    case 'patient.dob.year': {
      if (!p.dob) return skip(NO_VALUE);
      if (isDatePart(part)) return datePartValue(f, part, p.dob);
      const { year, month, day } = p.dob;
      const format = dateFormat(f);
      if (format === 'mdy-short') return text(`${month}/${day}/${year}`);
      if (format === 'iso' || format === 'ymd') return text(`${year}-${pad(month)}-${pad(day)}`);
      if (format === 'mdy') return text(`${pad(month)}/${pad(day)}/${year}`);
      if (format === 'mdy-yy') return text(`${pad(month)}/${pad(day)}/${String(year).slice(-2)}`);
      if (format === 'dmy') return text(`${pad(day)}/${pad(month)}/${year}`);
      if (format === 'dmy-mon') return text(`${pad(day)}-${MONTHS_SHORT[month - 1]}-${year}`);
      return skip('the date format is not shown, so it could be read wrongly');
    }
    case 'patient.preferredContact':
      return oneOf(f, CONTACT_OPTIONS, p.preferredContact);
    case 'referral.treatments':
      if (f.type !== 'checkbox') return skip('treatments go into checkboxes');
      return choice(f, TREATMENT_OPTIONS, x.treatments);
    case 'referral.imaging':
      return oneOf(f, IMAGING_OPTIONS, x.imaging);
  }
}
