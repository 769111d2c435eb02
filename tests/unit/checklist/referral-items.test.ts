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

  it('lists the MRI report as needed when there is no imaging yet', () => {
    expect(ids('consider-referral-needs-mri', { imaging: 'none' })).toContain('mri-report');
    expect(ids('not-enough-info', { imaging: 'none' })).not.toContain('mri-report');
  });

  it('keeps the urgent list short and about the red flags', () => {
    expect(ids('urgent', {})).toEqual(['duration-course', 'neuro-findings', 'red-flags', 'medication']);
  });
});

describe('itemStatuses', () => {
  it('marks items covered by answers, ticked by the clinician, or missing', () => {
    const statuses = itemStatuses(REFERRAL_ITEMS, a({ durationWeeks: 14, redFlagsScreened: true }), ['medication']);
    const by = Object.fromEntries(statuses.map((s) => [s.item.id, s.status]));
    expect(by['duration-course']).toBe('answers');
    expect(by['red-flags']).toBe('answers');
    expect(by.medication).toBe('ticked');
    expect(by['patient-goals']).toBe('missing');
  });
});
