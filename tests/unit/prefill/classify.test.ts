import { describe, expect, it } from 'vitest';
import { classify } from '../../../content/prefill/classify';
import type { FieldRecord } from '../../../content/prefill/field';
import { field } from './records';

const kindOf = (over: Partial<FieldRecord>) => {
  const c = classify(field(over));
  return c.kind ? [c.kind, c.party, c.part, c.via] : [null, c.reason];
};

describe('classify', () => {
  it.each<[string, Partial<FieldRecord>, unknown[]]>([
    // autocomplete tokens come first, whatever the label says
    ['given-name token', { autocomplete: 'given-name', label: 'Given' }, ['firstName', null, null, 'autocomplete']],
    ['family-name token', { autocomplete: 'family-name', label: 'Family' }, ['lastName', null, null, 'autocomplete']],
    ['bday token on a date input', { autocomplete: 'bday', type: 'date', label: 'Born' }, ['dob', 'patient', null, 'autocomplete']],
    ['bday-month token', { autocomplete: 'bday-month', tag: 'select', type: 'select' }, ['dob', 'patient', 'month', 'autocomplete']],
    ['tel token in a referrer section', { autocomplete: 'section-referrer tel', label: 'Tel.' }, ['phone', 'referrer', null, 'autocomplete']],
    ['fax contact-type token', { autocomplete: 'section-referrer fax tel', label: 'Fax' }, ['fax', 'referrer', null, 'autocomplete']],
    ['honorific-suffix token in a referrer section', { autocomplete: 'section-referrer honorific-suffix', label: 'Suffix' }, ['credentials', 'referrer', null, 'autocomplete']],
    // Without a referrer section it is anyone's Jr./Sr. (the JotForm patient-name suffix): no value.
    ['honorific-suffix token elsewhere', { autocomplete: 'section-input_3 honorific-suffix', label: 'Patient Name Suffix' }, [null, 'a name suffix (Jr., Sr.), which the referral does not hold']],
    ['organization token', { autocomplete: 'organization', label: 'Org' }, ['practice', 'referrer', null, 'autocomplete']],
    // Gravity Forms complex name: sub-label plus group legend
    ['GF first name', { name: 'input_1.3', id: 'input_1_3', label: 'First', groupLabel: 'Patient name' }, ['firstName', 'patient', null, 'keywords']],
    ['GF last name', { name: 'input_1.6', id: 'input_1_6', label: 'Last', groupLabel: 'Patient name' }, ['lastName', 'patient', null, 'keywords']],
    ['GF datepicker', { name: 'input_2', label: 'Date of birth', placeholder: 'mm/dd/yyyy', hints: 'datepicker mdy' }, ['dob', 'patient', null, 'keywords']],
    ['legacy date month box', { name: 'input_2[]', label: 'MM', groupLabel: 'Date of Birth' }, ['dob', 'patient', 'month', 'keywords']],
    ['date year select', { tag: 'select', type: 'select', label: '', groupLabel: 'Date of birth', options: [{ value: '', label: 'Year' }] }, ['dob', 'patient', 'year', 'keywords']],
    // whose is it
    ['provider phone', { label: 'Provider phone' }, ['phone', 'referrer', null, 'keywords']],
    ['phone in the referring-provider section', { label: 'Phone', section: 'Referring provider' }, ['phone', 'referrer', null, 'keywords']],
    ['phone in the patient section', { label: 'Phone', section: 'Patient information' }, ['phone', 'patient', null, 'keywords']],
    ['phone with no context', { label: 'Phone' }, ['phone', null, null, 'keywords']],
    ['a field named only by a role', { label: 'Referring physician' }, ['fullName', 'referrer', null, 'keywords']],
    ['practice name is not a person', { label: 'Practice name' }, ['practice', 'referrer', null, 'keywords']],
    ['provider NPI', { label: 'Referring provider NPI' }, ['npi', 'referrer', null, 'keywords']],
    ['fax belongs to the referrer', { label: 'Fax' }, ['fax', 'referrer', null, 'keywords']],
    ['reason textarea', { tag: 'textarea', type: 'textarea', label: 'Reason for referral / clinical notes' }, ['reason', 'referral', null, 'keywords']],
    ['duration', { type: 'number', label: 'How long have symptoms lasted (weeks)?' }, ['duration', 'referral', null, 'keywords']],
    ['a bare duration label', { type: 'number', label: 'Duration (wks)' }, ['duration', 'referral', null, 'keywords']],
    ['pain duration', { label: 'Pain duration in weeks' }, ['duration', 'referral', null, 'keywords']],
    ['a checkbox is named by its group', { type: 'checkbox', name: 'input_8.1', label: 'MRI', groupLabel: 'Treatments tried' }, ['treatments', 'referral', null, 'keywords']],
    ['imaging radio', { type: 'radio', name: 'input_9', label: 'X-ray', groupLabel: 'Imaging available' }, ['imaging', 'referral', null, 'keywords']],
    ['preferred contact', { type: 'radio', name: 'input_5', label: 'Email', groupLabel: 'Preferred contact method' }, ['contactMethod', 'patient', null, 'keywords']],
    ['name from the id alone', { id: 'patientFirstName' }, ['firstName', 'patient', null, 'keywords']],
  ])('%s', (_name, over, expected) => {
    expect(kindOf(over)).toEqual(expected);
  });

  it.each<[string, Partial<FieldRecord>]>([
    ['site search', { type: 'search', name: 's', label: 'Search' }],
    ['newsletter email', { label: 'Email', groupLabel: 'Subscribe to our newsletter' }],
    ['coupon', { label: 'Coupon code' }],
    ['captcha', { name: 'g-recaptcha-response', label: 'Captcha' }],
    ['how did you hear', { tag: 'select', type: 'select', label: 'How did you hear about us?' }],
    ['consent', { type: 'checkbox', label: 'I agree to the privacy policy', groupLabel: 'Consent' }],
    ['unlabelled', { name: 'input_14' }],
    // someone else's details: no value of ours belongs there
    ['an emergency contact name', { label: 'Emergency contact name' }],
    ['a name in the emergency contact section', { label: 'Name', section: 'Emergency contact' }],
    ['a phone in the emergency contact section', { type: 'tel', label: 'Phone', section: 'Emergency contact' }],
    ['a guardian email', { type: 'email', label: 'Parent or guardian email' }],
    ['the insurance policy holder', { label: 'Policy holder name' }],
    ['an insurance member ID', { label: 'Insurance member ID' }],
    ['an insurance group number', { label: 'Group number', groupLabel: 'Insurance' }],
    ['the insurer’s phone', { type: 'tel', label: 'Insurance phone' }],
    ['the primary care physician', { label: 'Primary care physician' }],
    ['a secondary phone', { type: 'tel', label: 'Secondary phone' }],
    ['weeks of physical therapy are not symptom weeks', { type: 'number', label: 'How many weeks of physical therapy?' }],
    ['how long the patient has been seen', { label: 'How long have you treated this patient?' }],
    ['weeks of relief after an injection', { type: 'number', label: 'Weeks of pain relief after injection' }],
    ['weeks of PT for the condition', { type: 'number', label: 'How many weeks of PT for this condition?' }],
    ['a referral coordinator', { label: 'Referral coordinator name' }],
    ['an office contact', { label: 'Office contact name' }],
    ['a nurse', { label: 'Nurse name' }],
    ['a caregiver', { label: 'Caregiver name' }],
    ['a bare phone under an insurance heading', { type: 'tel', label: 'Phone', section: 'Insurance information' }],
  ])('leaves out %s', (_name, over) => {
    expect(classify(field(over)).kind).toBeNull();
  });
});

describe('a section about someone else', () => {
  it.each<[string, Partial<FieldRecord>, unknown[]]>([
    ['a field that names its owner itself', { label: 'Patient phone', section: 'Emergency contact' }, ['phone', 'patient', null, 'keywords']],
    ['a heading that names the patient too', { label: 'Date of birth', section: 'Patient and parent/guardian information' }, ['dob', 'patient', null, 'keywords']],
    ['a phone under such a heading', { type: 'tel', label: 'Phone', section: 'Patient and parent/guardian information' }, ['phone', 'patient', null, 'keywords']],
    ['the plan name under an insurance heading', { label: 'Insurance carrier', section: 'Insurance information' }, ['insurance', 'patient', null, 'keywords']],
    ['notes under a secondary-diagnosis heading', { tag: 'textarea', type: 'textarea', label: 'Clinical notes', section: 'Secondary diagnosis' }, ['reason', 'referral', null, 'keywords']],
  ])('does not hide %s', (_name, over, expected) => {
    expect(kindOf(over)).toEqual(expected);
  });
});

describe('clinical shorthand on paper-style referral forms', () => {
  it.each<[string, string, string | null, string | null]>([
    ['D.O.B.:', 'dob', 'patient', 'dotted letters are one word'],
    ['REF. MD:', 'fullName', 'referrer', null],
    ['Referring MD', 'fullName', 'referrer', null],
    ['Ref. Physician', 'fullName', 'referrer', null],
    ['SX DURATION (WKS):', 'duration', 'referral', 'Sx: symptoms, wks: weeks'],
    ['PRIOR TX:', 'treatments', 'referral', 'Tx: treatment'],
    // Still nothing: "Pt" may be the patient or the physical therapist filling the form in.
    ['Pt Name', 'fullName', null, null],
  ])('%s', (label, kind, party) => {
    const c = classify(field({ label }));
    expect([c.kind, c.kind ? c.party : null]).toEqual([kind, party]);
  });
});

describe('insurance in shorthand', () => {
  it.each(['INS. CARRIER:', 'Ins plan', 'Insurance carrier'])('%s', (label) => {
    expect(classify(field({ label })).kind).toBe('insurance');
  });
});
