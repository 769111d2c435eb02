import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { REFERRAL_ITEMS, itemStatuses, itemsToSend } from '../../../content/checklist/referral-items';

const a = (over: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...over });
const ids = (kind: Parameters<typeof itemsToSend>[0], over: Partial<Answers>) => itemsToSend(kind, a(over)).map((i) => i.id);

describe('itemsToSend', () => {
  it('asks for the attachments that match what was tried', () => {
    const sent = ids('consider-referral', { ptCourse: 'completed', injections: 'temporary', priorSurgery: 'yes', imaging: 'annular-tear' });
    expect(sent).toEqual(expect.arrayContaining(['pt-notes', 'injection-record', 'mri-report', 'surgery-records', 'medication']));
  });

  it('leaves out attachments for treatments not tried', () => {
    const sent = ids('consider-referral', { ptCourse: 'completed', injections: 'none', priorSurgery: 'no' });
    expect(sent).not.toContain('injection-record');
    expect(sent).not.toContain('surgery-records');
  });

  it('asks for no MRI report when there is no imaging yet (the clinic decides on imaging)', () => {
    expect(ids('consider-referral-needs-mri', { imaging: 'none' })).not.toContain('mri-report');
    expect(ids('consider-referral', { imaging: 'annular-tear' })).toEqual(expect.arrayContaining(['imaging-history', 'mri-report']));
  });

  it('keeps the emergency and urgent lists short and about the red flags', () => {
    const short = ['duration', 'course', 'sensory', 'neuro-exam', 'red-flags', 'medication'];
    expect(ids('urgent', {})).toEqual(short);
    expect(ids('emergency', {})).toEqual(short);
  });
});

describe('itemStatuses', () => {
  it('marks items covered by answers, ticked by the clinician, or missing', () => {
    const statuses = itemStatuses(REFERRAL_ITEMS, a({ durationWeeks: 14, redFlagsScreened: true }), ['medication']);
    const by = Object.fromEntries(statuses.map((s) => [s.item.id, s.status]));
    expect(by.duration).toBe('answers');
    expect(by.course).toBe('missing');
    expect(by['red-flags']).toBe('answers');
    expect(by.medication).toBe('ticked');
    expect(by['patient-goals']).toBe('missing');
  });
});

describe('each item counts only when the answers hold all of it', () => {
  const d = (over: Partial<Answers['details']>) => a({ details: { ...EMPTY_ANSWERS.details, ...over } });
  const status = (id: string, answers: Answers) => itemStatuses(REFERRAL_ITEMS, answers, []).find((s) => s.item.id === id)?.status;
  it.each<[string, Answers, string]>([
    ['neuro-exam', d({ power: 'normal', sensation: 'normal', reflexes: 'normal' }), 'missing'],
    ['neuro-exam', d({ power: 'normal', sensation: 'normal', reflexes: 'normal', slr: 'positive' }), 'answers'],
    ['pain-score', d({ nprsNow: 5, nprsWorst: 8 }), 'missing'],
    ['pain-score', d({ nprsNow: 5, nprsBest: 0, nprsWorst: 8 }), 'answers'],
    ['location', d({ dominant: 'leg' }), 'missing'],
    ['location', d({ dominant: 'leg', spread: 'below-knee' }), 'answers'],
    ['aggravating-relieving', d({ worse: 'sitting', better: '  ' }), 'missing'],
    ['medication', d({ meds: { ...EMPTY_ANSWERS.details.meds, opioids: 'no-help' } }), 'answers'],
    ['pt-history', a({ ptWeeks: 8, ptResponse: 'plateaued', details: { ...EMPTY_ANSWERS.details, ptStart: '2026-01' } }), 'missing'],
    ['pt-history', a({ ptWeeks: 8, ptResponse: 'plateaued', details: { ...EMPTY_ANSWERS.details, ptStart: '2026-01', ptVisits: 12 } }), 'answers'],
    ['surgery-history', d({ surgeryType: 'fusion', surgeryLevel: 'L5-S1' }), 'missing'],
  ])('%s', (id, answers, expected) => {
    expect(status(id, answers)).toBe(expected);
  });
});
