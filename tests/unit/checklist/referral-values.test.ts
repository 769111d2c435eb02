import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, EMPTY_DETAILS, type Answers } from '../../../content/checklist/answers';
import { referralNote } from '../../../content/checklist/referral-note';
import { evaluate } from '../../../content/checklist/rules';
import { referralValues } from '../../../content/prefill/referral-values';
import { EMPTY_PATIENT } from '../../../content/referral/patient';
import { DEFAULT_PROFILE } from '../../../content/referral/profile';

const a: Answers = {
  ...EMPTY_ANSWERS, durationWeeks: 20, ptCourse: 'completed', injections: 'temporary', imaging: 'annular-tear',
  details: { ...EMPTY_DETAILS, meds: { ...EMPTY_DETAILS.meds, nsaids: 'partly' } },
};

describe('referralValues', () => {
  it('fills the reason with the referral note, the same text Copy gives', () => {
    const note = referralNote(a, evaluate(a), [], new Date(2026, 10, 23));
    const values = referralValues(EMPTY_PATIENT, DEFAULT_PROFILE, a, [], new Date(2026, 10, 23));
    expect(values.referral.reason).toBe(note);
    expect(values.referral.reason).toMatch(/^Back-pain referral note/);
    expect(values.referral.reason).not.toMatch(/https?:/);
  });

  it('ticks medication once a medication response is recorded, and only then', () => {
    expect(referralValues(EMPTY_PATIENT, DEFAULT_PROFILE, a, [], new Date(2026, 10, 23)).referral.treatments).toEqual(['pt', 'medication', 'injections']);
    expect(referralValues(EMPTY_PATIENT, DEFAULT_PROFILE, { ...a, details: EMPTY_DETAILS }, [], new Date(2026, 10, 23)).referral.treatments).toEqual(['pt', 'injections']);
  });
});
