import { describe, expect, it } from 'vitest';
import { clinicalNoteSections, fitNote } from '../../../content/prefill/note';
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

const SUMMARY = [
  'Back-pain referral checklist (2026-12-02)', 'Outcome: Consider referral', 'Explanation.', '',
  'Why:', '- Pain over 12 weeks [Clinic article, section “X”]', '',
  'Still to answer:', '- Imaging', '',
  'Findings:', '- Symptom duration: 20 weeks', '',
  'Treatments tried:', '- Physical therapy: Completed', '',
  'Referral items: 2 of 4 present.', 'Still missing:', '- MRI report', '',
  'Criteria: ValorSpine, "Article", https://valorspine.com/x/', 'Candidacy is decided by the clinic.',
].join('\n');

describe('the clinical note for the clinic', () => {
  it('drops the completeness lists and every URL, keeping the clinical sections in order', () => {
    const sections = clinicalNoteSections(SUMMARY);
    expect(sections.map((s) => s.heading)).toEqual(['Outcome', 'Why', 'Findings', 'Treatments tried', '']);
    const text = sections.map((s) => s.text).join('\n\n');
    expect(text).not.toMatch(/https?:|Still missing|Still to answer|Referral items/);
    expect(text).toContain('Candidacy is decided by the clinic.');
  });

  it('fits a short box by leaving out whole lower-priority sections, never cutting one', () => {
    const sections = clinicalNoteSections(SUMMARY);
    const whole = fitNote(sections, null);
    expect(whole.ok && whole.text.length).toBeGreaterThan(150);
    const short = fitNote(sections, 150);
    expect(short.ok).toBe(true);
    if (short.ok) {
      expect(short.text.length).toBeLessThanOrEqual(150);
      expect(short.text.startsWith('Back-pain referral checklist')).toBe(true);
      for (const part of short.text.split('\n\n')) expect(sections.map((s) => s.text)).toContain(part);
    }
  });

  it('stays empty with its reason when even the outcome does not fit', () => {
    expect(fitNote(clinicalNoteSections(SUMMARY), 20)).toEqual({ ok: false, reason: expect.stringContaining('20 characters') });
  });
});
