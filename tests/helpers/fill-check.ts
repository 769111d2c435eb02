import type { ReferralValues } from '../../content/prefill/targets';

/**
 * Grades a fill against the fixtures' annotations (tests/fixtures/forms/README.md):
 * data-expect="<target>" on controls that should be filled, data-option on choices, and
 * data-expect="none" on controls that must stay untouched.
 */
export interface FillGrade {
  expected: number;
  correct: number;
  wrong: string[];
  skipped: string[];
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const pad = (n: number) => String(n).padStart(2, '0');

/** Values of every control before the fill, to prove untouched ones stayed untouched. */
export function snapshot(doc: Document): Map<Element, string> {
  return new Map([...doc.querySelectorAll<Control>('input, select, textarea')].map((el) => [el, state(el)]));
}
const state = (el: Control) => (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? String(el.checked) : el.value);

const describe = (el: Element) =>
  `${el.getAttribute('data-expect')}${el.getAttribute('data-option') ? `:${el.getAttribute('data-option')}` : ''} (${el.getAttribute('name') || el.id})`;

/** What an annotated text control should now hold, given the values used for the fill. */
function expectedText(el: Control, target: string, v: ReferralValues): string | ((value: string) => boolean) {
  const { patient: p, referrer: r, referral: x } = v;
  const dob = p.dob!;
  const table: Record<string, string | ((value: string) => boolean)> = {
    'patient.firstName': p.firstName, 'patient.lastName': p.lastName, 'patient.fullName': `${p.firstName} ${p.lastName}`,
    'patient.phone': p.phone, 'patient.email': p.email, 'patient.insurance': p.insurance,
    'referrer.name': r.name, 'referrer.credentials': r.credentials, 'referrer.practice': r.practice, 'referrer.npi': r.npi,
    'referrer.phone': r.phone, 'referrer.fax': r.fax, 'referrer.email': r.email,
    'referral.reason': x.reason, 'referral.durationWeeks': String(x.durationWeeks),
    'patient.dob': el.type === 'date' ? `${dob.year}-${pad(dob.month)}-${pad(dob.day)}`
      : /dd\s*\/\s*mm/i.test(el.getAttribute('placeholder') ?? '') ? `${pad(dob.day)}/${pad(dob.month)}/${dob.year}`
      : `${pad(dob.month)}/${pad(dob.day)}/${dob.year}`,
    'patient.dob.month': (s) => Number(s) === dob.month,
    'patient.dob.day': (s) => Number(s) === dob.day,
    'patient.dob.year': (s) => Number(s) === dob.year,
  };
  return table[target] ?? '';
}

/** The choice option wanted for a choice target. */
function wantedOptions(target: string, v: ReferralValues): readonly string[] {
  if (target === 'referral.treatments') return v.referral.treatments;
  if (target === 'referral.imaging') return v.referral.imaging ? [v.referral.imaging] : [];
  if (target === 'patient.preferredContact') return v.patient.preferredContact ? [v.patient.preferredContact] : [];
  return [];
}

export function grade(doc: Document, before: Map<Element, string>, v: ReferralValues): FillGrade {
  const result: FillGrade = { expected: 0, correct: 0, wrong: [], skipped: [] };
  for (const el of doc.querySelectorAll<Control>('[data-expect]')) {
    const target = el.getAttribute('data-expect')!;
    const changed = before.get(el) !== state(el);
    if (target === 'none') {
      if (changed) result.wrong.push(`${describe(el)} was changed`);
      continue;
    }
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      const wanted = wantedOptions(target, v).includes(el.getAttribute('data-option') ?? '');
      if (!wanted) { if (el.checked && changed) result.wrong.push(`${describe(el)} was ticked`); continue; }
      result.expected++;
      if (el.checked) result.correct++;
      else result.skipped.push(describe(el));
      continue;
    }
    result.expected++;
    if (el instanceof HTMLSelectElement && wantedOptions(target, v).length) {
      const chosen = el.selectedOptions[0]?.getAttribute('data-option');
      if (!changed) result.skipped.push(describe(el));
      else if (wantedOptions(target, v).includes(chosen ?? '')) result.correct++;
      else result.wrong.push(`${describe(el)} got ${chosen}`);
      continue;
    }
    const want = expectedText(el, target, v);
    if (!changed && el.value === '') { result.skipped.push(describe(el)); continue; }
    const ok = typeof want === 'function' ? want(el.value) : el.value === want;
    if (ok) result.correct++;
    else result.wrong.push(`${describe(el)} got ${JSON.stringify(el.value.slice(0, 40))}`);
  }
  return result;
}
