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
