import type { FieldRecord } from '../../../content/prefill/field';
import type { ReferralValues } from '../../../content/prefill/targets';

let next = 0;
/** A visible, empty text input; override what the case is about. */
export function field(over: Partial<FieldRecord>): FieldRecord {
  return {
    key: next++, tag: 'input', type: 'text', name: '', id: '', autocomplete: '', label: '', groupLabel: '', section: '',
    placeholder: '', hints: '', value: '', options: [], required: false, maxLength: null, readOnly: false,
    disabled: false, hidden: null, form: 0, filled: false, ...over,
  };
}

export const VALUES: ReferralValues = {
  patient: {
    firstName: 'Zephyrine', lastName: 'Okafor', dob: { year: 1971, month: 3, day: 9 }, phone: '(555) 201-3344',
    email: 'z.okafor@example.com', preferredContact: 'email', insurance: 'Acme Health PPO',
  },
  referrer: {
    name: 'Alex Park', credentials: 'PT, DPT', practice: 'Riverside PT', npi: '1234567893', phone: '(555) 123-4567',
    fax: '(555) 123-4568', email: 'alex@riverside.example',
  },
  referral: {
    reason: 'Outcome: Consider referral.\n\nFindings:\n- Symptom duration: 20 weeks.',
    noteSections: [
      { id: 'outcome', heading: 'Outcome', text: 'Outcome: Consider referral.' },
      { id: 'findings', heading: 'Findings', text: 'Findings:\n- Symptom duration: 20 weeks.' },
    ],
    durationWeeks: 20, treatments: ['pt', 'injections'], imaging: 'mri',
    facts: { mri: true, pt: true, ptCompleted: true, injections: true, surgery: false, redFlags: true, redFlagsPresent: false },
  },
};
