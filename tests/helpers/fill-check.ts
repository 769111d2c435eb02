import type { ReferralValues } from '../../content/prefill/targets';

/**
 * Grades a fill against the fixtures' annotations (tests/fixtures/forms/README.md):
 * data-expect="<target>" on controls that should be filled, data-option on choices, and
 * data-expect="none" on controls that must stay untouched. Works on plain snapshots so the same
 * grading runs in happy-dom and, through page.evaluate, in Chromium.
 */
export interface FillGrade {
  expected: number;
  correct: number;
  wrong: string[];
  skipped: string[];
}

export interface AnnotatedControl {
  expect: string;
  option: string | null;
  /** data-option of the selected <option>, for selects. */
  selected: string | null;
  type: string;
  placeholder: string;
  value: string;
  checked: boolean;
  ident: string;
}

/** Reads every annotated control. Self-contained, so page.evaluate can send it to a real page. */
export function readAnnotated(): AnnotatedControl[] {
  return [...document.querySelectorAll('[data-expect]')].map((el) => {
    const c = el as HTMLInputElement & HTMLSelectElement;
    return {
      expect: el.getAttribute('data-expect') ?? '',
      option: el.getAttribute('data-option'),
      selected: el.tagName === 'SELECT' ? (c.options[c.selectedIndex]?.getAttribute('data-option') ?? null) : null,
      type: el.tagName === 'INPUT' ? c.type : el.tagName.toLowerCase(),
      placeholder: el.getAttribute('placeholder') ?? '',
      value: c.value ?? '',
      checked: Boolean(c.checked),
      ident: el.getAttribute('name') || el.id,
    };
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const describeControl = (c: AnnotatedControl) => `${c.expect}${c.option ? `:${c.option}` : ''} (${c.ident})`;

function expectedText(c: AnnotatedControl, v: ReferralValues): string | ((value: string) => boolean) {
  const { patient: p, referrer: r, referral: x } = v;
  const dob = p.dob!;
  const table: Record<string, string | ((value: string) => boolean)> = {
    'patient.firstName': p.firstName, 'patient.lastName': p.lastName, 'patient.fullName': `${p.firstName} ${p.lastName}`,
    'patient.phone': p.phone, 'patient.email': p.email, 'patient.insurance': p.insurance,
    'referrer.name': r.name, 'referrer.credentials': r.credentials, 'referrer.practice': r.practice, 'referrer.npi': r.npi,
    'referrer.phone': r.phone, 'referrer.fax': r.fax, 'referrer.email': r.email,
    'referral.reason': x.reason, 'referral.durationWeeks': String(x.durationWeeks),
    'patient.dob': c.type === 'date' ? `${dob.year}-${pad(dob.month)}-${pad(dob.day)}`
      : /dd\s*\/\s*mm/i.test(c.placeholder) ? `${pad(dob.day)}/${pad(dob.month)}/${dob.year}`
      : `${pad(dob.month)}/${pad(dob.day)}/${dob.year}`,
    'patient.dob.month': (s) => Number(s) === dob.month,
    'patient.dob.day': (s) => Number(s) === dob.day,
    'patient.dob.year': (s) => Number(s) === dob.year,
  };
  return table[c.expect] ?? '';
}

function wantedOptions(target: string, v: ReferralValues): readonly string[] {
  if (target === 'referral.treatments') return v.referral.treatments;
  if (target === 'referral.imaging') return v.referral.imaging ? [v.referral.imaging] : [];
  if (target === 'patient.preferredContact') return v.patient.preferredContact ? [v.patient.preferredContact] : [];
  return [];
}

// A radio's or checkbox's value is what the form submits when it is ticked: changing it is as wrong
// as ticking the wrong option.
const stateOf = (c: AnnotatedControl) => (c.type === 'checkbox' || c.type === 'radio' ? `${c.checked}|${c.value}` : `${c.value}|${c.selected}`);

/** Compares two snapshots of the same page, before and after the fill. */
export function gradeSnapshots(before: readonly AnnotatedControl[], after: readonly AnnotatedControl[], v: ReferralValues): FillGrade {
  const result: FillGrade = { expected: 0, correct: 0, wrong: [], skipped: [] };
  after.forEach((c, i) => {
    const changed = stateOf(before[i]!) !== stateOf(c);
    if (c.expect === 'none') {
      if (changed) result.wrong.push(`${describeControl(c)} was changed`);
      return;
    }
    if (c.type === 'checkbox' || c.type === 'radio') {
      if (c.value !== before[i]!.value) { result.wrong.push(`${describeControl(c)} had its value changed to ${JSON.stringify(c.value.slice(0, 40))}`); return; }
      if (!wantedOptions(c.expect, v).includes(c.option ?? '')) {
        if (c.checked && changed) result.wrong.push(`${describeControl(c)} was ticked`);
        return;
      }
      result.expected++;
      if (c.checked) result.correct++;
      else result.skipped.push(describeControl(c));
      return;
    }
    result.expected++;
    if (c.type === 'select' && wantedOptions(c.expect, v).length) {
      if (!changed) result.skipped.push(describeControl(c));
      else if (wantedOptions(c.expect, v).includes(c.selected ?? '')) result.correct++;
      else result.wrong.push(`${describeControl(c)} got ${c.selected}`);
      return;
    }
    if (!changed && c.value === '') { result.skipped.push(describeControl(c)); return; }
    const want = expectedText(c, v);
    const ok = typeof want === 'function' ? want(c.value) : c.value === want;
    if (ok) result.correct++;
    else result.wrong.push(`${describeControl(c)} got ${JSON.stringify(c.value.slice(0, 40))}`);
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// The real-world corpus (tests/fixtures/forms/corpus, .../negative): each page has a hand-labelled
// NAME.expected.json. Graded per page into correct / wrong / missed / breaches.

/** What one labelled control should hold after the fill: literal text (or a select's option value), a tick, or the referral note. */
export type CorpusValue = string | { readonly tick: true } | { readonly note: true };
export interface CorpusExpectation {
  /** Where the page's markup pattern comes from (also in the page's header comment). */
  readonly source: string;
  /** CSS selector -> what the control should hold. Every control not listed must stay as it was. */
  readonly fill: Readonly<Record<string, CorpusValue>>;
  /** Controls whose change is a breach, not just a wrong value: other forms, hidden traps, comment boxes. */
  readonly never?: readonly string[];
  /** Why each labelled control a person would want filled is still expected empty (documentation only). */
  readonly empty?: Readonly<Record<string, string>>;
}

export interface ControlSnapshot {
  readonly ident: string;
  readonly type: string;
  readonly value: string;
  readonly checked: boolean;
  readonly maxLength: number;
  /** True for controls in a shadow root or a frame: any change there is a breach. */
  readonly elsewhere: boolean;
}
export interface PageSnapshot {
  readonly controls: readonly ControlSnapshot[];
  /** For each `fill` selector in order, the index of its control (-1 when the selector finds none). */
  readonly fill: readonly number[];
  /** Indexes of the controls the `never` selectors find. */
  readonly never: readonly number[];
}

/**
 * Reads every control of the page, of its open shadow roots and of its same-origin frames, in
 * document order. Self-contained, so page.evaluate can run it in a real page.
 */
export function snapshotPage(arg: { fill: readonly string[]; never: readonly string[] }): PageSnapshot {
  const all: { el: HTMLInputElement; elsewhere: boolean }[] = [];
  const walk = (root: Document | ShadowRoot, elsewhere: boolean) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input, select, textarea')) {
        const type = (el as HTMLInputElement).type;
        if (!['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) all.push({ el: el as HTMLInputElement, elsewhere });
      }
      if (el.shadowRoot) walk(el.shadowRoot, true);
      if (el.tagName === 'IFRAME') {
        let doc: Document | null = null;
        try { doc = (el as HTMLIFrameElement).contentDocument; } catch { doc = null; }
        if (doc) walk(doc, true);
      }
    }
  };
  walk(document, false);
  const index = (el: Element | null) => all.findIndex((c) => c.el === el);
  return {
    controls: all.map(({ el, elsewhere }) => ({
      ident: el.getAttribute('name') || el.id || el.tagName.toLowerCase(),
      type: el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase(),
      value: el.value ?? '',
      checked: Boolean(el.checked),
      maxLength: el.maxLength ?? -1,
      elsewhere,
    })),
    fill: arg.fill.map((s) => index(document.querySelector(s))),
    never: arg.never.flatMap((s) => [...document.querySelectorAll(s)].map(index)).filter((i) => i >= 0),
  };
}

export interface CorpusGrade {
  /** Labelled controls (those the expected file says get a value). */
  labelled: number;
  correct: number;
  wrong: string[];
  missed: string[];
  breaches: string[];
}

const URL_PATTERN = /https?:\/\/|www\./i;
/**
 * The referral note as the expected files mean it: present, no URL, within maxlength, and never cut
 * inside a part: made of whole sections of the note (`noteBlocks`, in order) when those are known,
 * else ending on a whole sentence.
 */
function isNote(value: string, maxLength: number, noteBlocks?: readonly string[]): boolean {
  if (value.trim() === '' || URL_PATTERN.test(value) || (maxLength >= 0 && value.length > maxLength)) return false;
  if (!noteBlocks) return /[.!?)\]]$/.test(value.trim());
  let at = 0;
  return value.split('\n\n').every((block) => {
    const i = noteBlocks.indexOf(block, at);
    if (i < 0) return false;
    at = i + 1;
    return true;
  });
}

/**
 * Grades one corpus page from snapshots taken before and after the fill. `negative` pages may not
 * change at all: every change there is a breach.
 */
export function gradeCorpus(expect: CorpusExpectation, before: PageSnapshot, after: PageSnapshot, negative = false, noteBlocks?: readonly string[]): CorpusGrade {
  const grade: CorpusGrade = { labelled: 0, correct: 0, wrong: [], missed: [], breaches: [] };
  const selectors = Object.keys(expect.fill);
  const labelled = new Map<number, [string, CorpusValue]>();
  selectors.forEach((s, i) => {
    const at = after.fill[i]!;
    if (at < 0) grade.wrong.push(`${s}: no such control on the page (the expected file is out of date)`);
    else labelled.set(at, [s, expect.fill[s]!]);
  });
  const never = new Set(after.never);
  after.controls.forEach((c, i) => {
    const b = before.controls[i]!;
    const changed = b.value !== c.value || b.checked !== c.checked;
    const label = labelled.get(i);
    if (negative || c.elsewhere || never.has(i)) {
      if (changed) grade.breaches.push(`${c.ident} changed to ${JSON.stringify(c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value.slice(0, 40))}`);
      if (!label) return;
    }
    if (!label) {
      if (changed) grade.wrong.push(`${c.ident} (expected untouched) got ${JSON.stringify(c.type === 'checkbox' || c.type === 'radio' ? `ticked=${c.checked}` : c.value.slice(0, 40))}`);
      return;
    }
    const [selector, want] = label;
    grade.labelled++;
    if (typeof want === 'object' && 'tick' in want) {
      if (c.value !== b.value) grade.wrong.push(`${selector}: its value was changed`);
      else if (c.checked) grade.correct++;
      else grade.missed.push(selector);
      return;
    }
    if (!changed) { grade.missed.push(selector); return; }
    const ok = typeof want === 'string' ? c.value === want : isNote(c.value, c.maxLength, noteBlocks);
    if (ok) grade.correct++;
    else grade.wrong.push(`${selector} got ${JSON.stringify(c.value.slice(0, 60))}, expected ${JSON.stringify(typeof want === 'string' ? want : 'the referral note')}`);
  });
  return grade;
}
