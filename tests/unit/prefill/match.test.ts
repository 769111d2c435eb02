import { describe, expect, it } from 'vitest';
import type { Collection, FieldRecord, FormRecord } from '../../../content/prefill/field';
import { buildPlan, type Plan } from '../../../content/prefill/match';
import { VALUES, field } from './records';

const collection = (fields: FieldRecord[], forms: FormRecord[] = [{ index: 0, id: 'gform_1', signature: 'gform_wrapper' }]): Collection =>
  ({ fields, forms, frames: [] });
const filled = (plan: Plan) => Object.fromEntries(plan.fill.map((i) => [i.label, 'text' in i.value ? i.value.text : 'ticked']));
const skipped = (plan: Plan) => Object.fromEntries(plan.skip.map((s) => [s.label, s.reason]));
/** A field only a form about a patient asks: what makes a small test form a referral form. */
const patientDob = () => field({ name: 'patient_dob', label: 'Date of birth', type: 'date' });

describe('buildPlan', () => {
  it('fills a Gravity Forms referral from labels, names and sections', () => {
    const plan = buildPlan(collection([
      field({ name: 'input_1.3', label: 'First', groupLabel: 'Patient name', required: true }),
      field({ name: 'input_1.6', label: 'Last', groupLabel: 'Patient name', required: true }),
      field({ name: 'input_2', label: 'Date of birth', placeholder: 'mm/dd/yyyy', hints: 'datepicker mdy' }),
      field({ type: 'tel', name: 'input_3', label: 'Phone', section: 'Patient information' }),
      field({ name: 'input_10', label: 'Name', section: 'Referring provider' }),
      field({ type: 'tel', name: 'input_11', label: 'Phone', section: 'Referring provider' }),
      field({ type: 'checkbox', name: 'input_8.1', label: 'Physical therapy', groupLabel: 'Treatments tried' }),
      field({ type: 'checkbox', name: 'input_8.2', label: 'Epidural steroid injections', groupLabel: 'Treatments tried' }),
      field({ type: 'checkbox', name: 'input_8.3', label: 'Spine surgery', groupLabel: 'Treatments tried' }),
      field({ type: 'radio', name: 'input_9', value: 'MRI', label: 'MRI', groupLabel: 'Imaging available' }),
      field({ type: 'radio', name: 'input_9', value: 'X-ray', label: 'X-ray', groupLabel: 'Imaging available' }),
      field({ tag: 'textarea', type: 'textarea', name: 'input_12', label: 'Reason for referral' }),
      field({ type: 'file', name: 'input_13', label: 'MRI report' }),
    ]), VALUES);
    expect(filled(plan)).toEqual({
      'Patient name: First': 'Zephyrine',
      'Patient name: Last': 'Okafor',
      'Date of birth': '03/09/1971',
      Phone: '(555) 123-4567', // two fields labelled "Phone": the targets are checked below
      Name: 'Alex Park',
      'Treatments tried: Physical therapy': 'ticked',
      'Treatments tried: Epidural steroid injections': 'ticked',
      'Imaging available: MRI': 'ticked',
      'Reason for referral': VALUES.referral.reason,
    });
    expect(plan.fill.filter((i) => i.label === 'Phone').map((i) => i.target)).toEqual(['patient.phone', 'referrer.phone']);
    expect(plan.attach).toEqual(['MRI report']);
  });

  it('decides whose an unlabelled phone is by elimination, and refuses when it cannot', () => {
    const byElimination = buildPlan(collection([
      field({ type: 'tel', label: 'Phone' }),
      field({ type: 'tel', label: 'Provider phone' }),
      patientDob(),
    ]), VALUES);
    expect(byElimination.fill.map((i) => i.target)).toEqual(['patient.phone', 'referrer.phone', 'patient.dob']);

    // A form that asks nothing about a referrer is about the patient.
    const patientOnly = buildPlan(collection([field({ type: 'tel', label: 'Phone' }), field({ label: 'Date of birth', type: 'date' })]), VALUES);
    expect(patientOnly.fill.map((i) => i.target)).toEqual(['patient.phone', 'patient.dob']);

    // With referrer fields present, a bare "Phone" could be either: left empty.
    const ambiguous = buildPlan(collection([field({ type: 'tel', label: 'Phone' }), field({ label: 'NPI' }), patientDob()]), VALUES);
    expect(skipped(ambiguous)).toEqual({ Phone: 'unclear whether this is the patient’s or the referrer’s' });

    // First and last names are never the referrer's by elimination: beside the patient's, a bare one is unclear.
    const names = buildPlan(collection([field({ label: 'Last', groupLabel: 'Patient name' }), field({ label: 'Last name' })]), VALUES);
    expect(names.fill.map((i) => i.target)).toEqual(['patient.lastName']);
    expect(skipped(names)).toEqual({ 'Last name': 'unclear whether this is the patient’s or the referrer’s' });
  });

  it('leaves two competing fields empty', () => {
    const plan = buildPlan(collection([
      field({ label: 'Email', section: 'Patient' }),
      field({ label: 'Patient email (again)' }),
      field({ label: 'Date of birth', type: 'date' }),
    ]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.dob']);
    // The reason names both rivals, so the user knows which two.
    expect(Object.values(skipped(plan))).toEqual(Array(2).fill('two fields compete for this value: “Email” and “Patient email (again)”'));
  });

  it('fills only the referral form on a page with search, newsletter and login forms', () => {
    const plan = buildPlan(collection([
      field({ form: 0, type: 'search', name: 's', label: 'Search' }),
      field({ form: 1, label: 'First name' }),
      field({ form: 1, label: 'Email' }),
      field({ form: 2, label: 'First name', groupLabel: 'Patient name' }),
      field({ form: 2, label: 'Date of birth', type: 'date' }),
      field({ form: 2, label: 'Patient email' }),
    ], [
      { index: 0, id: 'searchform', signature: 'search' },
      { index: 1, id: 'mc-embedded', signature: 'newsletter subscribe' },
      { index: 2, id: 'gform_1', signature: 'gform_wrapper' },
    ]), VALUES);
    expect(plan.form).toBe(2);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.firstName', 'patient.dob', 'patient.email']);
    expect(Object.values(skipped(plan))).toEqual([
      'in a search form, not the referral form',
      'in a newsletter form, not the referral form',
      'in a newsletter form, not the referral form',
    ]);
    expect(plan.unrelated).toEqual(['search', 'newsletter']);
  });

  it('skips hidden, disabled, read-only and over-long cases with reasons, and never truncates', () => {
    const plan = buildPlan(collection([
      field({ label: 'First name', hidden: 'display: none' }),
      field({ label: 'Last name', disabled: true }),
      field({ label: 'Patient email', readOnly: true }),
      field({ tag: 'textarea', type: 'textarea', label: 'Clinical notes', maxLength: 10 }),
      field({ label: 'Insurance', required: true }),
    ]), { ...VALUES, patient: { ...VALUES.patient, insurance: '' } });
    expect(plan.fill).toEqual([]);
    expect(plan.skip.map((s) => [s.reason, s.required])).toEqual([
      ['hidden on the page (display: none)', false], ['disabled', false], ['read-only', false],
      ['the box takes only 10 characters, less than the note’s shortest section', false], ['no value entered', true],
    ]);
  });

  it.each<[string, Partial<FieldRecord>, string | null]>([
    ['date input', { type: 'date', label: 'Date of birth' }, '1971-03-09'],
    ['day first', { label: 'Date of birth', placeholder: 'dd/mm/yyyy' }, '09/03/1971'],
    ['no format shown', { label: 'Date of birth' }, null],
    ['month box', { label: 'MM', groupLabel: 'Date of birth', maxLength: 2 }, '03'],
    ['year box', { label: 'YYYY', groupLabel: 'Date of birth' }, '1971'],
    ['month select by value', { tag: 'select', type: 'select', label: 'Month', groupLabel: 'Date of birth',
      options: [{ value: '', label: 'Month' }, { value: '3', label: 'March' }] }, '3'],
    ['weeks asked in months', { label: 'How long (months)?', groupLabel: 'Duration' }, null],
  ])('formats %s', (_name, over, expected) => {
    const plan = buildPlan(collection([field(over)]), VALUES);
    expect(plan.fill[0] && 'text' in plan.fill[0].value ? plan.fill[0].value.text : null).toBe(expected);
  });

  it('never fills a field the user excluded', () => {
    const plan = buildPlan(collection([field({ id: 'q1', label: 'First name' })]), VALUES, { q1: 'none' });
    expect(skipped(plan)).toEqual({ 'First name': 'you chose never to fill this field' });
  });

  it('uses a correction from the user before anything else', () => {
    const plan = buildPlan(collection([field({ id: 'q7', label: 'Birth info' })]), VALUES, { q7: 'patient.dob.year' });
    expect(filled(plan)).toEqual({ 'Birth info': '1971' });
  });
});

describe('buildPlan when nothing is recognised', () => {
  it('still plans the only form, with nothing to fill, so matches can be corrected', () => {
    const plan = buildPlan(collection([field({ id: 'q1', label: 'Birth info' })]), VALUES);
    expect([plan.form, plan.fill, plan.skip.map((s) => s.reason)]).toEqual([0, [], ['no recognisable label']]);
  });

  it('has no form when the page holds only a search form', () => {
    const plan = buildPlan(collection([field({ type: 'search', name: 's', label: 'Search' })], [{ index: 0, id: 's', signature: 'search' }]), VALUES);
    expect(plan.form).toBeNull();
  });
});

describe('buildPlan puts each value only into a control of the right kind', () => {
  const radios = (group: string, ...labels: string[]) =>
    labels.map((label) => field({ type: 'radio', name: `r_${group}`, value: label, label, groupLabel: group }));

  it('ticks no radio whose label is not the free-text value, and says so once for the group', () => {
    const plan = buildPlan(collection([...radios('Insurance type', 'Medicare', 'Commercial'), field({ label: 'Date of birth', type: 'date' })]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.dob']);
    expect(skipped(plan)).toEqual({ 'Insurance type': 'none of its options is the value' });
  });

  it('ticks the radio labelled exactly the free-text value', () => {
    const plan = buildPlan(collection([...radios('Credentials', 'MD', 'PT, DPT'), patientDob()]), VALUES);
    expect(filled(plan)).toMatchObject({ 'Credentials: PT, DPT': 'ticked' });
    expect(Object.keys(filled(plan))).toEqual(['Credentials: PT, DPT', 'Date of birth']);
  });

  it.each<[string, { value: string; label: string }[], string | null]>([
    ['no option is the value', [{ value: '', label: 'Choose' }, { value: 'MD', label: 'MD' }, { value: 'PT', label: 'PT' }], null],
    ['one option is exactly the value', [{ value: '', label: 'Choose' }, { value: 'c2', label: 'PT, DPT' }, { value: 'c1', label: 'MD' }], 'c2'],
  ])('chooses a credentials option only when %s', (_name, options, expected) => {
    const plan = buildPlan(collection([field({ tag: 'select', type: 'select', label: 'Credentials', options }), patientDob()]), VALUES);
    const item = plan.fill.find((i) => i.target === 'referrer.credentials');
    expect(item && 'text' in item.value ? item.value.text : null).toBe(expected);
    if (expected === null) expect(skipped(plan)).toEqual({ Credentials: 'none of its options is exactly the value' });
  });

  it('picks a duration option by the range its words name, never by its value code', () => {
    const options = [{ value: '20', label: 'Under 6 weeks' }, { value: '6', label: 'More than 12 weeks' }];
    const plan = buildPlan(collection([field({ tag: 'select', type: 'select', label: 'Symptom duration', options })]), VALUES);
    expect(plan.fill.map((i) => i.value)).toEqual([{ text: '6' }]);
  });

  it('types no one-of value into a box: "Preferred contact number" and "Date of last MRI" look alike', () => {
    const plan = buildPlan(collection([field({ type: 'tel', label: 'Preferred contact number' }), field({ label: 'Date of last MRI' })]), VALUES);
    expect(plan.fill).toEqual([]);
    expect(Object.values(skipped(plan))).toEqual(Array(2).fill('a box to type in, not a list of choices: fill it yourself'));
  });

  it('never ticks a radio by its value code, only by the range its caption names', () => {
    const weeks = [['Under 1 week', '1'], ['4-12 weeks', '20'], ['More than 12 weeks', '3']].map(([label, value]) =>
      field({ type: 'radio', name: 'input_12', value, label, groupLabel: 'Symptom duration' }));
    const plan = buildPlan(collection(weeks), VALUES);
    expect(plan.fill.map((i) => i.label)).toEqual(['Symptom duration: More than 12 weeks']);
    expect(plan.unticked).toEqual([{ key: weeks[2]!.key, question: 'Symptom duration', options: ['Under 1 week', '4-12 weeks'] }]);
  });

  it('ticks nothing in a radio group where two options match', () => {
    const imaging = [['MRI done', 'a'], ['No MRI yet', 'b']].map(([label, value]) =>
      field({ type: 'radio', name: 'input_9', value, label, groupLabel: 'Imaging available', required: true }));
    const plan = buildPlan(collection(imaging), VALUES);
    expect([plan.fill, plan.skip.map((s) => [s.label, s.reason, s.required])]).toEqual([[], [['Imaging available', 'more than one option matches', true]]]);
  });

  it('refuses text that is not a number in a number box', () => {
    expect(skipped(buildPlan(collection([field({ type: 'number', label: 'Patient phone' })]), VALUES))).toEqual({ 'Patient phone': 'a number box, and the value is not a number' });
  });

  it('does not type into kinds of input a person picks rather than types', () => {
    const plan = buildPlan(collection([field({ type: 'time', label: 'Insurance' })]), VALUES);
    expect(skipped(plan)).toEqual({ Insurance: 'a time field, which the filler does not type into' });
  });

  it('gives one line, not one per box, when there are no treatments to tick', () => {
    const none = { ...VALUES, referral: { ...VALUES.referral, treatments: [] } };
    const boxes = ['Physical therapy', 'Spine surgery'].map((label, i) =>
      field({ type: 'checkbox', name: `input_8.${i + 1}`, label, groupLabel: 'Treatments tried' }));
    expect(skipped(buildPlan(collection(boxes), none))).toEqual({ 'Treatments tried': 'no value entered' });
  });

  it('leaves a checkbox the user pointed at a name unticked', () => {
    const plan = buildPlan(collection([field({ type: 'checkbox', id: 'c1', name: 'c1', label: 'Yes', groupLabel: 'Agree' })]), VALUES, { c1: 'patient.firstName' });
    expect(plan.fill).toEqual([]);
  });
});

describe('buildPlan and other people’s details', () => {
  it('fills the patient’s and the referrer’s fields, and none of the emergency contact’s or guardian’s', () => {
    const plan = buildPlan(collection([
      field({ label: 'Full name', section: 'Patient' }),
      field({ type: 'tel', label: 'Phone', section: 'Patient' }),
      field({ type: 'email', label: 'Parent or guardian email', section: 'Patient' }),
      field({ label: 'Name', section: 'Emergency contact' }),
      field({ type: 'tel', label: 'Phone', section: 'Emergency contact' }),
      field({ label: 'Provider name', section: 'Referring provider' }),
      field({ type: 'tel', label: 'Provider phone', section: 'Referring provider' }),
      field({ label: 'Insurance member ID' }),
      field({ label: 'Policy holder name' }),
      field({ type: 'number', label: 'How many weeks of physical therapy?' }),
    ]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.fullName', 'patient.phone', 'referrer.name', 'referrer.phone']);
    const someoneElse = 'about someone else (emergency contact, guardian, policy holder, insurer or another doctor)';
    expect(plan.skip.map((s) => s.reason)).toEqual([...Array<string>(5).fill(someoneElse), 'no recognisable label']);
  });
});

describe('buildPlan and the user’s corrections', () => {
  it('gives the value to the field the user chose, not to the one matched automatically', () => {
    const plan = buildPlan(collection([
      field({ id: 'a', label: 'Date of birth', placeholder: 'mm/dd/yyyy' }),
      field({ id: 'b', label: 'Birth info', placeholder: 'mm/dd/yyyy' }),
    ]), VALUES, { b: 'patient.dob' });
    expect([filled(plan), skipped(plan)]).toEqual([{ 'Birth info': '03/09/1971' }, { 'Date of birth': 'you chose another field for this value' }]);
  });

  it('lets the rest of a checkbox group keep its value when the user corrected one of its boxes', () => {
    const boxes = ['Physical therapy', 'Epidural injections', 'Spine surgery'].map((label, i) =>
      field({ type: 'checkbox', id: `c${i}`, name: `input_8.${i + 1}`, label, groupLabel: 'Treatments tried' }));
    const plan = buildPlan(collection(boxes), VALUES, { c2: 'referral.treatments' });
    expect(Object.keys(filled(plan))).toEqual(['Treatments tried: Physical therapy', 'Treatments tried: Epidural injections']);
  });

  it('applies a correction made on a radio group to all of its options', () => {
    const radios = [['MRI', 'a'], ['X-ray', 'b']].map(([label, value], i) =>
      field({ type: 'radio', id: `choice_1_9_${i}`, name: 'input_9', value, label, groupLabel: 'Studies on file' }));
    expect(skipped(buildPlan(collection(radios), VALUES))).toEqual({ 'Studies on file': 'no recognisable label' });
    const corrected = buildPlan(collection(radios), VALUES, { 'group:input_9': 'referral.imaging' });
    expect(filled(corrected)).toEqual({ 'Studies on file: MRI': 'ticked' });
    const never = buildPlan(collection(radios.map((r) => ({ ...r, groupLabel: 'Imaging available' }))), VALUES, { 'group:input_9': 'none' });
    expect([never.fill, skipped(never)]).toEqual([[], { 'Imaging available': 'you chose never to fill this field' }]);
  });

  it('still honours a correction saved for one option by its id', () => {
    const radios = [['MRI', 'a'], ['X-ray', 'b']].map(([label, value], i) =>
      field({ type: 'radio', id: `choice_1_9_${i}`, name: 'input_9', value, label, groupLabel: 'Imaging available' }));
    expect(filled(buildPlan(collection(radios), VALUES, { choice_1_9_0: 'none' }))).toEqual({});
  });

  it('still leaves both empty when the user pointed two fields at one value', () => {
    const plan = buildPlan(collection([field({ id: 'a', label: 'X' }), field({ id: 'b', label: 'Y' })]), VALUES, { a: 'patient.email', b: 'patient.email' });
    expect(Object.values(skipped(plan))).toEqual(Array(2).fill('two fields compete for this value: “X” and “Y”'));
  });
});

describe('red-flag yes/no questions: two opposite questions (December corpus, Caldera page)', () => {
  const yesNo = (question: string) => ['Yes', 'No'].map((label) => field({ type: 'radio', name: 'rf', value: label, label, groupLabel: question }));
  const anchor = field({ name: 'npi', label: 'NPI' });
  it.each([
    ['Any red flag symptoms present (new bowel or bladder changes, saddle numbness, progressive leg weakness)?', 'No'],
    ['Does the patient have red flags?', 'No'],
    ['Red flags screened?', 'Yes'],
    ['Have red flags been ruled out?', 'Yes'],
    ['Has the patient been screened for red flags?', 'Yes'],
    ['Red flags', null],
  ])('%s -> %s', (question, answer) => {
    const plan = buildPlan(collection([anchor, ...yesNo(question)]), VALUES);
    const ticked = plan.fill.filter((i) => i.label !== 'NPI').map((i) => i.label.split(': ').at(-1));
    expect(ticked).toEqual(answer === null ? [] : [answer]);
  });
});

describe('the referrer’s kinds inside the patient’s own field (December corpus, Drupal Webform page)', () => {
  it('a Degree box in the patient’s name, or the patient’s company, gets nothing; the referrer’s still does', () => {
    const plan = buildPlan(collection([
      field({ name: 'patient_name[first]', label: 'First', groupLabel: 'Patient name' }),
      field({ name: 'patient_name[degree]', label: 'Degree', groupLabel: 'Patient name' }),
      field({ name: 'patient_company', label: 'Patient company' }),
      field({ name: 'provider_degree', label: 'Degree', groupLabel: 'Referring provider' }),
      field({ name: 'npi', label: 'NPI' }),
    ]), VALUES);
    expect(Object.keys(filled(plan))).toEqual(['Patient name: First', 'Referring provider: Degree', 'NPI']);
    expect(skipped(plan)['Patient name: Degree']).toMatch(/patient’s own detail/);
  });
});

describe('split phone numbers are filled whole or not at all (December corpus, Wufoo page)', () => {
  const box = (name: string, label: string, groupLabel = 'Office phone') => field({ type: 'tel', name, label, groupLabel, maxLength: label.length === 4 ? 4 : 3 });
  it('area, prefix and line: all three', () => {
    const plan = buildPlan(collection([field({ name: 'npi', label: 'NPI' }), patientDob(), box('p1', '(###)'), box('p2', '###'), box('p3', '####')]), VALUES);
    expect(plan.fill.filter((i) => i.target.endsWith('.phone')).map((i) => 'text' in i.value && i.value.text)).toEqual(['555', '123', '4567']);
  });
  it('no recognisable area-code box: none of the number', () => {
    const plan = buildPlan(collection([field({ name: 'npi', label: 'NPI' }), patientDob(), box('p2', '###'), box('p3', '####')]), VALUES);
    expect(plan.fill.filter((i) => i.target.endsWith('.phone'))).toEqual([]);
    expect(skipped(plan)['Office phone: ####']).toMatch(/only part of a split phone number/);
  });
});

describe('Wufoo phone boxes: "###", "###", "####", the caption tied to the first', () => {
  it('the first "###" is the area code', () => {
    const box = (name: string, label: string, maxLength: number) => field({ type: 'tel', name, label, groupLabel: 'Office Phone', maxLength, section: 'Referring provider' });
    const plan = buildPlan(collection([field({ name: 'npi', label: 'NPI' }), patientDob(), box('Field4', 'Office Phone ###', 3), box('Field4-1', '###', 3), box('Field4-2', '####', 4)]), VALUES);
    const digits = VALUES.referrer.phone.replace(/\D/g, '');
    expect(plan.fill.filter((i) => i.target === 'referrer.phone').map((i) => 'text' in i.value && i.value.text)).toEqual([digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)]);
  });
});

describe('a fax number split into boxes', () => {
  it('is filled part by part, like a phone number', () => {
    const box = (name: string, label: string, maxLength: number) => field({ type: 'tel', name, label, groupLabel: 'Office Fax', maxLength });
    const plan = buildPlan(collection([field({ name: 'npi', label: 'NPI' }), patientDob(), box('Field5', 'Office Fax ###', 3), box('Field5-1', '###', 3), box('Field5-2', '####', 4)]), VALUES);
    const digits = VALUES.referrer.fax.replace(/\D/g, '');
    expect(plan.fill.filter((i) => i.target === 'referrer.fax').map((i) => 'text' in i.value && i.value.text)).toEqual([digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)]);
  });
});

describe('a hidden required field is never flagged as one to fill (December corpus, Formstack calendar link)', () => {
  it('is skipped as hidden, not listed as required', () => {
    const plan = buildPlan(collection([field({ name: 'npi', label: 'NPI' }), patientDob(), field({ name: 'fsCalendarLink', label: 'Date of birth', required: true, hidden: 'display: none' })]), VALUES);
    expect(plan.skip.find((s) => s.label === 'Date of birth')).toMatchObject({ required: false });
  });
});

describe('what makes a form a referral form (December corpus, second set: negative pages no one here wrote)', () => {
  const filledTargets = (fields: FieldRecord[], signature = 'gform_wrapper') =>
    buildPlan(collection(fields, [{ index: 0, id: 'f', signature }]), VALUES).fill.map((i) => i.target);
  it.each<[string, FieldRecord[], string[]]>([
    // A password box makes a sign-up a login form, though "Password" is also an excluded word.
    ['a patient-portal sign-up', [field({ label: 'First Name' }), field({ label: 'Date of Birth', type: 'date' }), field({ label: 'Password', type: 'password' })], []],
    // "Your details" name a referrer, a friend is no patient, and a bare "Message" is no clinical story.
    ['a refer-a-friend form', [field({ id: 'referrer_name', label: 'Your name' }), field({ id: 'friend_first_name', label: 'First name' }),
      field({ tag: 'textarea', type: 'textarea', id: 'message', label: 'Personal message' })], []],
    // Only the referrer: a provider sign-up.
    ['a provider sign-up', [field({ label: 'Provider name' }), field({ label: 'NPI' }), field({ label: 'Credentials' })], []],
    // The same referrer fields with a clinical note box or a patient's birth date: a referral.
    ['referrer fields and a referral note', [field({ label: 'Provider name' }), field({ label: 'NPI' }),
      field({ tag: 'textarea', type: 'textarea', label: 'Reason for referral' })], ['referrer.name', 'referrer.npi', 'referral.reason']],
    ['referrer fields and a birth date', [field({ label: 'NPI' }), field({ label: 'Date of birth', type: 'date' })], ['referrer.npi', 'patient.dob']],
  ])('%s', (_name, fields, targets) => {
    expect(filledTargets(fields)).toEqual(targets);
  });

  it('an insurance eligibility check is named as such, and nothing is filled', () => {
    const fields = [field({ label: 'NPI' }), field({ label: 'Date of Birth', type: 'date' }), field({ label: 'Payer', tag: 'select', type: 'select' })];
    const plan = buildPlan(collection(fields, [{ index: 0, id: 'eligibility-form', signature: 'form horizontal form coverage service provider check eligibility' }]), VALUES);
    expect([plan.form, plan.unrelated]).toEqual([null, ['insurance eligibility']]);
  });
});

describe('OpenEMR referral screen (December corpus, second set)', () => {
  it('a one-line box that cannot hold the note is no rival for the note box', () => {
    const plan = buildPlan(collection([field({ label: 'Referrer Diagnosis' }), field({ tag: 'textarea', type: 'textarea', label: 'Reason' })]), VALUES);
    expect(plan.fill.map((i) => [i.label, i.target])).toEqual([['Reason', 'referral.reason']]);
    expect(skipped(plan)['Referrer Diagnosis']).toMatch(/needs a text area/);
  });
  it('"Refer By" is the referrer’s name, never the patient’s by elimination', () => {
    const options = [{ value: '', label: 'Unassigned' }, { value: '4', label: 'Dana Chu' }, { value: '7', label: VALUES.referrer.name }];
    const plan = buildPlan(collection([field({ tag: 'select', type: 'select', label: 'Refer By', options }), field({ tag: 'textarea', type: 'textarea', label: 'Reason for referral' })]), VALUES);
    expect(plan.fill.map((i) => [i.target, 'text' in i.value && i.value.text])).toEqual([['referrer.name', '7'], ['referral.reason', expect.any(String)]]);
  });
});

describe('a field’s name and id are read apart (December corpus, Django page)', () => {
  it('name "patient-insurance" and id "id_patient-insurance" are the patient’s insurance, not an insurance ID', () => {
    const plan = buildPlan(collection([field({ name: 'patient-insurance', id: 'id_patient-insurance', label: 'Insurance' }), patientDob()]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.insurance', 'patient.dob']);
  });
});

describe('a bare Name, Email or Phone is the patient’s by elimination only on a form about a patient', () => {
  const reason = () => field({ tag: 'textarea', type: 'textarea', label: 'Reason for referral' });
  it('beside only a referral note box (a contact-style form) it could be the sender’s: left empty', () => {
    const plan = buildPlan(collection([field({ label: 'Name' }), field({ type: 'email', label: 'Email' }), field({ type: 'tel', label: 'Phone' }), reason()]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['referral.reason']);
    expect(Object.values(skipped(plan))).toEqual(Array(3).fill('unclear whether this is the patient’s or the referrer’s'));
  });
  it('with the patient’s birth date on the form, they are the patient’s', () => {
    const plan = buildPlan(collection([field({ label: 'First name' }), field({ type: 'email', label: 'Email' }), patientDob(), reason()]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.firstName', 'patient.email', 'patient.dob', 'referral.reason']);
  });
});

describe('options with no name (corpus round 3, Ant Design)', () => {
  it('are one group by their question: one tick, not "two fields compete"', () => {
    const options = ['Phone call', 'Text message', 'Email'].map((label) => field({ type: 'radio', value: label.toLowerCase(), label, groupLabel: 'Best way to reach the patient' }));
    const plan = buildPlan(collection([...options, patientDob()]), VALUES);
    expect(filled(plan)).toEqual({ 'Best way to reach the patient: Email': 'ticked', 'Date of birth': expect.any(String) });
  });
  it('"How does the patient prefer to be contacted?" is the preferred contact (SurveyJS)', () => {
    const options = ['Phone call', 'Email'].map((label) => field({ type: 'radio', name: 'q13', value: label, label, groupLabel: '13. How does the patient prefer to be contacted?' }));
    expect(buildPlan(collection([...options, patientDob()]), VALUES).fill.map((i) => i.target)).toEqual(['patient.preferredContact', 'patient.dob']);
  });
});

describe('a tick box is no rival for a typed value (corpus round 4, Bahmni)', () => {
  it('an "Estimated" checkbox named birthdateEstimated does not block the birth date', () => {
    const plan = buildPlan(collection([
      field({ type: 'date', id: 'birthdate', label: 'Date of Birth' }),
      field({ type: 'checkbox', id: 'birthdateEstimated', name: 'birthdateEstimated' }),
      field({ label: 'Patient first name' }),
    ]), VALUES);
    expect(plan.fill.map((i) => i.target)).toEqual(['patient.dob', 'patient.firstName']);
    expect(skipped(plan).birthdateEstimated).toBe('a tick box cannot hold this value');
  });
});

describe('a two-digit year where the form asks for one (corpus round 5, paper-style form)', () => {
  it('MM/DD/YY gets 03/09/71; MM/DD/YYYY still gets the whole year', () => {
    const plan = (hints: string, maxLength: number) => buildPlan(collection([field({ label: 'D.O.B.', hints, maxLength })]), VALUES).fill.map((i) => 'text' in i.value && i.value.text);
    expect([plan('(MM/DD/YY)', 8), plan('(MM/DD/YYYY)', 10)]).toEqual([['03/09/71'], ['03/09/1971']]);
  });
});

describe('a club or rewards sign-up that asks for a birth date (corpus round 5, negative page)', () => {
  it('is a sign-up form, not a referral', () => {
    const fields = [field({ label: 'Their first name' }), field({ label: 'Date of birth', type: 'date' }), field({ type: 'email', label: 'Email to send the treat to' })];
    const plan = buildPlan(collection(fields, [{ index: 0, id: '', signature: '/birthday-club/join join the club' }]), VALUES);
    expect([plan.form, plan.unrelated]).toEqual([null, ['newsletter']]);
  });
});
