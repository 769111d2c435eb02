import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, EMPTY_DETAILS, type Answers } from '../../../content/checklist/answers';
import { noteDate, referralNote, referralNoteSections } from '../../../content/checklist/referral-note';
import { evaluate } from '../../../content/checklist/rules';
import { referralValues } from '../../../content/prefill/referral-values';
import { EMPTY_PATIENT } from '../../../content/referral/patient';
import { DEFAULT_PROFILE } from '../../../content/referral/profile';

const TODAY = new Date(2026, 10, 23, 10, 0);
const answers = (over: Partial<Answers>, details: Partial<Answers['details']> = {}): Answers =>
  ({ ...EMPTY_ANSWERS, ...over, details: { ...EMPTY_DETAILS, ...details } });
const note = (a: Answers, included: string[] = []) => referralNote(a, evaluate(a), included, TODAY);

const referralCase: Partial<Answers> = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'temporary', imaging: 'annular-tear', imagingFits: 'yes', priorSurgery: 'no',
  redFlagsScreened: true, wishes: ['avoid-surgery'],
};
const fullHistory: Partial<Answers['details']> = {
  age: 44, sex: 'female', dominant: 'back', spread: 'buttock-thigh', sensory: 'none',
  power: 'normal', sensation: 'normal', reflexes: 'normal', slr: 'negative',
  nprsNow: 6, nprsBest: 3, nprsWorst: 8, odi: 38, startBack: 'medium',
  meds: { ...EMPTY_DETAILS.meds, nsaids: 'partly', opioids: 'not-tolerated' },
  ptStart: '2026-05', ptVisits: 14, injectionCount: 2, injectionLast: '2026-09', injectionReliefWeeks: 3,
  imagingDate: '2026-08', imagingLevel: 'L4-L5', work: 'modified', comorbidities: ['smoking'],
  worse: 'sitting, bending', better: 'walking', note: 'Keen to return to gardening.',
};

describe('referralNote', () => {
  it('gives the outcome in words, the question, history, exam, scores, treatments with dates, imaging and enclosures', () => {
    const text = note(answers(referralCase, fullHistory), ['mri-report', 'pt-notes']);
    for (const expected of [
      'Back-pain referral note (2026-11-23)',
      'Reason for referral\nReferral for a candidacy evaluation for biologic disc repair. Candidacy is for the clinic to decide.',
      'Question for the clinic\nIs an evaluation for biologic disc repair appropriate for this patient?',
      'Age: 44', 'Sex: Female', 'Work: Working, modified duties', 'Relevant conditions: smokes',
      'Duration: 20 weeks', 'Course: persistent or recurring', 'Spread: Buttock or thigh', 'Sensory symptoms: None',
      'Worse with: sitting, bending', 'Better with: walking',
      'Screened, including bladder and bowel: none present.',
      'Power: Normal', 'Straight-leg raise: Negative',
      'Pain (NPRS, 0–10): now 6, best 3, worst 8', 'Oswestry Disability Index: 38%', 'STarT Back Tool: Medium risk',
      'Physical therapy: completed, from 2026-05, 10 weeks, 14 visits, response: little or no lasting improvement',
      'Medication: NSAIDs: partly; Opioids: not tolerated',
      'Epidural steroid injections: relief that wore off, 2 given, last 2026-09, relief lasted 3 weeks',
      'Spine surgery: none',
      'Finding: Annular tear or internal disc disruption reported', 'Level: L4–L5', 'Date: 2026-08',
      'The referrer judges that the finding fits the pain pattern.',
      'Enclosed\nPT notes; MRI report',
      'Note from the referrer\nKeen to return to gardening.',
    ]) expect(text).toContain(expected);
  });

  it('holds no addresses, criterion ids, checklist jargon or promises', () => {
    const text = note(answers(referralCase, fullHistory), ['mri-report']);
    expect(text).not.toMatch(/https?:|www\.|\b(rf|eval|pt|path|excl)\.[a-z]|checklist|Still missing|is a candidate|will (heal|cure|fix)|guarantee/i);
  });

  it('in an emergency, says so first and asks for same-day assessment, with no disc repair text', () => {
    const a = answers({ ...referralCase, redFlags: ['rf.saddle-numbness'] });
    const sections = referralNoteSections(a, evaluate(a), [], TODAY);
    expect(sections[0]).toMatchObject({ id: 'reason', text: expect.stringMatching(/^Possible cauda equina syndrome/) });
    expect(sections[1]).toMatchObject({ id: 'question', text: 'Please assess now for possible cauda equina syndrome.' });
    expect(sections.find((s) => s.id === 'red-flags')?.text).toContain('Present: saddle, genital or perianal numbness.');
    expect(sections.map((s) => s.text).join('\n')).not.toMatch(/biologic disc repair/);
  });

  it('names risk factors and inflammatory features under red flags', () => {
    const a = answers({ onset: 'persistent', durationWeeks: 2, redFlagsScreened: true }, { age: 90, comorbidities: ['long-term-steroids'] });
    const text = note(a);
    expect(text).toContain('Age: 90 or older');
    expect(text).toContain('Risk factors: age 90 or older; long-term steroid use.');
  });

  it('says plainly what is not known, and leaves out empty sections', () => {
    const sections = referralNoteSections(EMPTY_ANSWERS, evaluate(EMPTY_ANSWERS), [], TODAY);
    expect(sections.map((s) => s.id)).toEqual(['reason', 'question', 'red-flags', 'enclosed']);
    expect(sections.find((s) => s.id === 'red-flags')?.text).toBe('Not yet screened.');
  });

  it('leaves out a stored month that lies in the future', () => {
    const text = note(answers(referralCase, { imagingDate: '2027-01' }));
    expect(text).not.toContain('2027-01');
  });

  it('the form prefill writes this note, the one Copy gives', () => {
    const a = answers(referralCase, fullHistory);
    expect(referralValues(EMPTY_PATIENT, DEFAULT_PROFILE, a, ['mri-report'], TODAY).referral.reason).toBe(note(a, ['mri-report']));
  });
});

describe('noteDate', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(noteDate(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
    expect(noteDate(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
  });
});

describe('referral note after the December clinical review', () => {
  it('an emergency note is a handover, states no fact nobody entered, and asks the assessing clinician', () => {
    const a = answers({ redFlags: ['rf.saddle-numbness'] });
    const sections = referralNoteSections(a, evaluate(a), [], TODAY);
    const text = sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
    expect(text).not.toMatch(/has been advised|attend an emergency department today/);
    expect(text).toMatch(/handover for the emergency department or the on-call spine team, not a request for a clinic appointment/);
    expect(sections[1]).toMatchObject({ id: 'question', heading: 'Question for the assessing clinician' });
  });

  it('a short or unrecorded PT course is said in the note too', () => {
    const tear = { durationWeeks: 30, onset: 'persistent', ptCourse: 'completed', ptResponse: 'no-improvement', injections: 'none',
      imaging: 'annular-tear', imagingFits: 'yes', priorSurgery: 'no', redFlagsScreened: true } as const;
    expect(note(answers({ ...tear, ptWeeks: 3 }))).toContain('- Note: the physical therapy course was shorter than the 8–12 weeks the clinic suggests.');
    expect(note(answers({ ...tear, ptWeeks: null }))).toContain('- Note: the length of the physical therapy course is not recorded.');
    expect(note(answers({ ...tear, ptWeeks: 10 }))).not.toContain('- Note:');
  });

  it('surgery in post-operative rehab is not said to have left pain', () => {
    const a = answers({ onset: 'persistent', durationWeeks: 6, context: 'post-op', priorSurgery: 'yes', redFlagsScreened: true }, { surgeryType: 'fusion' });
    expect(note(a)).toContain('Spine surgery: Fusion, in post-operative rehabilitation');
    expect(note(a)).not.toContain('pain continues');
  });
});
