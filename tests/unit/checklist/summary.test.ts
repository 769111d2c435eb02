import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { evaluate } from '../../../content/checklist/rules';
import { referralSummary, summaryDate } from '../../../content/checklist/summary';

const summarise = (over: Partial<Answers>, included: string[] = []) => {
  const a = { ...EMPTY_ANSWERS, ...over };
  return referralSummary(a, evaluate(a), included, '2026-11-23');
};

const referralCase: Partial<Answers> = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no',
  redFlagsScreened: true, wishes: ['avoid-surgery'],
};

describe('referralSummary', () => {
  it('states outcome, reasons with sources, findings and treatments tried', () => {
    const text = summarise(referralCase);
    expect(text).toContain('Outcome: Consider referral for a candidacy evaluation');
    expect(text).toContain('Pain lasting over 12 weeks that has not settled despite a dedicated PT course');
    expect(text).toContain('[Clinic article, section “When Regenerative Options May Be More Appropriate”]');
    expect(text).toContain('- Symptom duration: 20 weeks');
    expect(text).toContain('- Imaging: Annular tear, high-intensity zone or internal disc disruption');
    expect(text).toContain('- Red flags: Screened, none present');
    expect(text).toContain('- Physical therapy: Completed, 10 weeks, response: little or no lasting improvement');
    expect(text).toContain('- Epidural steroid injections: Relief that wore off');
    expect(text).toContain("- Patient's wishes: Wants to avoid or delay fusion or microdiscectomy");
    expect(text).toContain('decided by the clinic’s own evaluation');
    expect(text).not.toMatch(/is a candidate|will (heal|cure|fix)|guarantee/i);
  });

  it('counts the referral items and lists those still missing', () => {
    const text = summarise(referralCase, ['mri-report', 'pt-notes']);
    // 8 general items + PT notes + injection record + MRI report; 3 covered by answers, 2 ticked.
    expect(text).toContain('Referral items: 5 of 11 present.');
    expect(text).toContain('- Medication and pain-relief use');
    expect(text).toContain('- Injection dates and response');
    expect(text).not.toMatch(/Still missing:[\s\S]*MRI report/);
  });

  it('leads with red flags in an urgent case', () => {
    const text = summarise({ ...referralCase, redFlags: ['rf.saddle-numbness'] });
    expect(text).toContain('Outcome: Urgent medical evaluation');
    expect(text).toContain('- Red flags: PRESENT: Saddle numbness');
  });

  it('names what is still to answer and any conflicts', () => {
    expect(summarise({})).toMatch(/Still to answer:\n- How long the pain has lasted \(weeks\)\n- Dedicated physical therapy course\n- Imaging/);
    expect(summarise({ onset: 'acute', durationWeeks: 30 })).toMatch(/Answers to check \(they conflict\):\n- Presentation is marked as a recent strain/);
  });

  it('says under the outcome that answers conflict, and only when they do', () => {
    expect(summarise({ onset: 'acute', durationWeeks: 30 })).toMatch(
      /\nOutcome: Physical therapy first\nSome answers conflict; check them before relying on this outcome\.\n/);
    expect(summarise({ ...referralCase, redFlags: ['rf.cancer'] })).toMatch(
      /\nOutcome: Urgent medical evaluation\nSome answers conflict; check them\. The red flag still calls for urgent evaluation\.\n/);
    expect(summarise(referralCase)).not.toContain('Some answers conflict');
  });

  it('says plainly when nothing is known', () => {
    const text = summarise({});
    expect(text).toContain('- Physical therapy: Not answered');
    expect(text).toContain('- Red flags: Not recorded as screened');
  });
});

describe('summaryDate', () => {
  it('is the local calendar day, not the UTC one', () => {
    // 23:30 local time on 23 Nov: whatever the UTC date is, the summary says the 23rd.
    expect(summaryDate(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
    expect(summaryDate(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
  });
});
