import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, EMPTY_DETAILS, type Answers } from '../../../content/checklist/answers';
import { referralNote } from '../../../content/checklist/referral-note';
import { evaluate } from '../../../content/checklist/rules';
import { fitNote } from '../../../content/prefill/note';
import { referralValues } from '../../../content/prefill/referral-values';
import { EMPTY_PATIENT } from '../../../content/referral/patient';
import { DEFAULT_PROFILE } from '../../../content/referral/profile';
import { parseRange, pickRange } from '../../../content/prefill/ranges';

const opts = (...labels: string[]) => labels.map((label, i) => ({ value: String(i), label }));

describe('duration buckets', () => {
  it.each<[string, string, number | null, number | null]>([
    ['en dash, one unit', '3–6 months', 13.04, 26.09],
    ['mixed units', '6 weeks – 3 months', 6, 13.04],
    ['open top with +', '24+ weeks', 24, Infinity],
    ['more than', 'More than 1 year', 52.18, Infinity],
    ['less than', 'Less than 30 days', 0, 4.29],
    ['symbol', '< 6 weeks', 0, 6],
    ['or more', '12 weeks or more', 12, Infinity],
    ['words', 'over a year', 52.18, Infinity],
    ['no time words', 'Recently', null, null],
  ])('%s: "%s"', (_n, caption, lo, hi) => {
    const r = parseRange(caption);
    if (lo === null) expect(r).toBeNull();
    else { expect(r!.lo).toBeCloseTo(lo, 1); expect(r!.hi).toBeCloseTo(hi!, 1); }
  });

  it('picks the only bucket that holds the value', () => {
    expect(pickRange(opts('Less than 6 weeks', '6 weeks – 3 months', '3–6 months', 'More than 6 months'), 20)).toEqual({ ok: true, value: '2' });
    expect(pickRange(opts('0-2 weeks', '12-24 weeks', 'More than 24 weeks'), 20)).toEqual({ ok: true, value: '1' });
  });

  it('leaves a value on a shared boundary empty, and says why', () => {
    const r = pickRange(opts('0–20 weeks', '20–40 weeks', '40+ weeks'), 20);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('boundary shared by two options') });
  });

  it('leaves a value too close to a boundary in another unit empty (13 weeks against "3 months")', () => {
    expect(pickRange(opts('Less than 3 months', '3 to 12 months'), 13).ok).toBe(false);
  });

  it('takes a bare number’s unit from the question', () => {
    expect(pickRange(opts('0-4', '4-8', '8+'), 20, 'Weeks since onset')).toEqual({ ok: true, value: '2' });
    expect(pickRange(opts('0-4', '4-8', '8+'), 20, 'Since onset').ok).toBe(false);
  });
});

const a: Answers = {
  ...EMPTY_ANSWERS, durationWeeks: 20, onset: 'persistent', ptCourse: 'completed', ptWeeks: 10, injections: 'temporary',
  imaging: 'annular-tear', redFlagsScreened: true,
  details: { ...EMPTY_DETAILS, note: 'Works as a nurse; keen to avoid surgery.' },
};
const DAY = new Date(2026, 11, 2);
const sections = () => referralValues(EMPTY_PATIENT, DEFAULT_PROFILE, a, ['mri-report'], DAY).referral.noteSections!;

describe('the clinical note for the clinic', () => {
  it('is the note Copy gives, section by section, with no URL and no completeness list', () => {
    const list = sections();
    expect(list.map((s) => s.text).join('\n\n')).toBe(referralNote(a, evaluate(a), ['mri-report'], DAY));
    expect(list[0]!.text).toMatch(/^Back-pain referral note/);
    expect(list.map((s) => s.text).join('\n\n')).not.toMatch(/https?:|Still missing|Still to answer|Referral items/);
  });

  it('fits a short box by leaving out whole lower-priority sections, never cutting one', () => {
    const list = sections();
    const whole = fitNote(list, null);
    expect(whole.ok && whole.text.length).toBeGreaterThan(200);
    const reason = list.find((s) => s.id === 'reason')!;
    const question = list.find((s) => s.id === 'question')!;
    const budget = reason.text.length + question.text.length + 2;
    const short = fitNote(list, budget);
    expect(short).toEqual({ ok: true, text: `${reason.text}\n\n${question.text}` });
    const longer = fitNote(list, budget + 200);
    expect(longer.ok).toBe(true);
    if (longer.ok) {
      expect(longer.text.length).toBeLessThanOrEqual(budget + 200);
      for (const part of longer.text.split('\n\n')) expect(list.map((s) => s.text)).toContain(part);
    }
  });

  it('stays empty with its reason when even the reason for referral does not fit', () => {
    expect(fitNote(sections(), 20)).toEqual({ ok: false, reason: expect.stringContaining('20 characters') });
  });
});
