import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { dobInWords } from '../../../content/letter/dates';
import { initialEnclosures, parseEnclosurePages } from '../../../content/letter/enclosures';
import { buildFaxCover, CONFIDENTIALITY_NOTICE } from '../../../content/letter/fax-cover';
import { buildLetter, letterProblems, type LetterBlock, type LetterPatient } from '../../../content/letter/letter-model';
import { noteSections } from '../../../content/letter/note-source';
import { defaultPageSize } from '../../../content/letter/page-size';
import { DEFAULT_PROFILE, type Profile } from '../../../content/referral/profile';

const PROFILE: Profile = {
  v: 1,
  referrer: { name: 'Alex Park', credentials: 'PT, DPT', practice: 'Riverside PT', phone: '(555) 010-3000', fax: '(555) 010-3001', email: 'a@r.example', npi: '1234567893' },
  clinic: { name: 'ValorSpine', website: 'https://valorspine.com', phone: '(555) 010-2000', fax: '(555) 010-2001' },
};
const PATIENT: LetterPatient = { firstName: 'Maria', lastName: 'Lopez', dob: '1961-03-09' };
const DAY = new Date(2026, 11, 2, 10, 0);
const REFERRAL: Answers = {
  ...EMPTY_ANSWERS, durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no', redFlagsScreened: true,
};
const textOf = (blocks: LetterBlock[]) => blocks.map((b) => JSON.stringify(b)).join('\n');

describe('noteSections (the clinical referral note)', () => {
  const sections = noteSections(REFERRAL, ['mri-report'], DAY);
  const all = sections.map((s) => `${s.heading}\n${s.text}`).join('\n');

  it('is the referral note’s sections in order, without its Enclosed part (the letter lists enclosures itself)', () => {
    expect(sections[0]!.id).toBe('reason');
    expect(sections.map((s) => s.id)).toContain('question');
    expect(sections.map((s) => s.id)).not.toContain('enclosed');
    expect(all).toContain('20 weeks');
  });

  it.each([
    ['no URL', /https?:\/\//],
    ['no completeness count', /Referral items: \d+ of \d+/],
    ['no missing-items list', /Still missing/],
    ['no open questions for the referrer', /Still to answer/],
    ['no checklist title line', /Back-pain referral checklist/],
  ])('%s', (_, re) => expect(all).not.toMatch(re));
});

describe('buildLetter', () => {
  const sections = [{ id: 'outcome', heading: '', text: 'Outcome: Consider referral' }, { id: 'findings', heading: 'Findings', text: '- Symptom duration: 20 weeks\n- Imaging: tear' }];
  const letter = buildLetter({ profile: PROFILE, patient: PATIENT, date: DAY, sections, enclosures: ['pt-notes', 'imaging-report'] });

  it('has letterhead, address, patient, note, enclosures and signature in that order', () => {
    expect(letter.blocks.map((b) => b.kind)).toEqual([
      'letterhead', 'address', 'subject', 'para', 'para', 'para', 'heading', 'para', 'para', 'heading', 'para', 'para', 'para', 'signature',
    ]);
    expect(letter.blocks[0]).toMatchObject({ name: 'Alex Park, PT, DPT', practice: 'Riverside PT',
      lines: ['Phone (555) 010-3000 · Fax (555) 010-3001 · Email a@r.example', 'NPI 1234567893'] });
    expect(letter.blocks[1]).toMatchObject({ date: 'December 2, 2026', lines: ['ValorSpine', 'Spine clinic referrals', 'Phone (555) 010-2000 · Fax (555) 010-2001', 'valorspine.com'] });
    expect(letter.blocks[2]).toMatchObject({ patientName: 'Maria Lopez', dob: 'March 9, 1961' });
    expect(letter.running).toBe('Referral for Maria Lopez, born March 9, 1961');
  });

  it('lists list lines as items and enclosures in the table order, counted', () => {
    expect(letter.blocks.filter((b) => b.kind === 'para' && b.item).map((b) => (b as { text: string }).text)).toEqual([
      'Symptom duration: 20 weeks', 'Imaging: tear', 'Imaging report (MRI, CT or X-ray)', 'Physical therapy notes',
    ]);
    expect(textOf(letter.blocks)).toContain('Enclosed (2)');
  });

  it('with no enclosures there is no "Enclosed" heading', () => {
    const none = buildLetter({ profile: PROFILE, patient: PATIENT, date: DAY, sections, enclosures: [] });
    expect(textOf(none.blocks)).not.toContain('Enclosed');
  });

  it('missing values stay empty (the page draws a line), never "undefined" or a dangling label', () => {
    const bare = buildLetter({ profile: DEFAULT_PROFILE, patient: { firstName: '', lastName: '', dob: '' }, date: DAY, sections, enclosures: [] });
    const text = textOf(bare.blocks);
    expect(text).not.toMatch(/undefined|null|Phone ·|Fax ·|NPI "/);
    expect(bare.blocks[0]).toMatchObject({ name: '', lines: [] });
    expect(bare.blocks[2]).toMatchObject({ patientName: '', dob: '' });
    expect(text).toContain('Please contact me with any questions. Thank you');
    expect(bare.running).toBe('Referral letter');
  });
});

describe('letterProblems', () => {
  const blank = (over: Partial<Profile['referrer']>, clinic: Partial<Profile['clinic']> = {}): Profile =>
    ({ ...PROFILE, referrer: { ...PROFILE.referrer, ...over }, clinic: { ...PROFILE.clinic, ...clinic } });
  it.each([
    ['complete', PROFILE, PATIENT, []],
    ['no clinic fax', blank({}, { fax: '' }), PATIENT, ['clinic-fax']],
    ['no referrer phone', blank({ phone: '' }), PATIENT, ['referrer-phone']],
    ['no referrer name or fax', blank({ name: ' ', fax: '' }), PATIENT, ['referrer-name', 'referrer-fax']],
    ['no patient', PROFILE, { firstName: '', lastName: '', dob: '' }, ['patient-name', 'patient-dob']],
    ['an impossible date of birth', PROFILE, { ...PATIENT, dob: '1961-02-30' }, ['patient-dob']],
    ['defaults only', DEFAULT_PROFILE, PATIENT, ['referrer-name', 'referrer-phone', 'referrer-fax', 'clinic-fax']],
  ] as const)('%s', (_, profile, patient, ids) => {
    expect(letterProblems(profile as Profile, patient).map((p) => p.id)).toEqual(ids);
  });
});

describe('buildFaxCover', () => {
  it.each([
    // letterPages, enclosures ticked, enclosure pages, total, detail
    [2, false, null, 3, '1 cover + 2 letter pages'],
    [1, true, 6, 8, '1 cover + 1 letter page + 6 enclosure pages'],
    [2, true, 0, 3, '1 cover + 2 letter pages + 0 enclosure pages'],
    [2, true, null, null, '1 cover + 2 letter pages + enclosures (pages not given)'],
    [null, false, null, null, '1 cover'],
  ] as const)('letter %s, enclosures %s with %s pages: %s in all', (letterPages, hasEnclosures, enclosurePages, total, detail) => {
    const c = buildFaxCover({ profile: PROFILE, date: DAY, letterPages, hasEnclosures, enclosurePages });
    expect(c.pages).toBe(total);
    expect(c.pagesDetail).toBe(detail);
  });

  it('is to the clinic, from the referrer, and names no patient', () => {
    const c = buildFaxCover({ profile: PROFILE, date: DAY, letterPages: 1, hasEnclosures: false, enclosurePages: null });
    expect(c.to).toEqual({ name: 'ValorSpine', fax: '(555) 010-2001', phone: '(555) 010-2000' });
    expect(c.from).toEqual({ name: 'Alex Park, PT, DPT', practice: 'Riverside PT', fax: '(555) 010-3001', phone: '(555) 010-3000' });
    expect(c.date).toBe('December 2, 2026');
    expect(JSON.stringify(c)).not.toMatch(/Maria|Lopez|1961/);
  });

  it('the notice says who it is for and what to do if received in error', () => {
    const notice = CONFIDENTIALITY_NOTICE.join(' ');
    expect(notice).toMatch(/only for the clinic named above/);
    expect(notice).toMatch(/by mistake.*tell the sender.*destroy/);
  });
});

describe('parseEnclosurePages', () => {
  it.each([
    ['', { ok: true, pages: null }],
    ['  ', { ok: true, pages: null }],
    ['0', { ok: true, pages: 0 }],
    ['6', { ok: true, pages: 6 }],
    [' 12 ', { ok: true, pages: 12 }],
    ['200', { ok: true, pages: 200 }],
  ])('%j is read as %j', (text, result) => expect(parseEnclosurePages(text)).toEqual(result));
  it.each(['1,000', '1.5', '-2', '6 pages', 'six', '1e2', '201', '99999'])('%j is refused with a message', (text) => {
    const r = parseEnclosurePages(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/pages/);
  });
});

describe('initialEnclosures and dates', () => {
  it.each([
    [[], []],
    [['mri-report', 'pt-notes'], ['imaging-report', 'pt-notes']],
    [['surgery-records', 'medication', 'red-flags'], ['medication-list', 'operative-notes']],
  ])('checklist items %j start ticked as %j', (included, ids) => expect(initialEnclosures(included)).toEqual(ids));

  it.each([
    ['1961-03-09', 'March 9, 1961'],
    ['2000-02-29', 'February 29, 2000'],
    ['1961-02-30', ''],
    ['09/03/1961', ''],
    ['', ''],
  ])('date of birth %j in words is %j', (dob, words) => expect(dobInWords(dob)).toBe(words));

  it.each([
    ['en-US', 'letter'], ['en-CA', 'letter'], ['es-MX', 'letter'], ['en', 'letter'], ['en-GB', 'a4'], ['de-DE', 'a4'], ['zh-Hans-CN', 'a4'], ['fr', 'letter'],
  ])('%s starts on %s paper', (locale, size) => expect(defaultPageSize(locale)).toBe(size));
});
