import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS } from '../../../content/checklist/answers';
import { restoreChecklistState } from '../../../content/referral/checklist-restore';
import { EMPTY_STATE, MOVED_DEFICIT_NOTICE, RESET_NOTICE } from '../../../content/referral/checklist-state';

const valid = { v: 2, answers: { ...EMPTY_ANSWERS, durationWeeks: 20 }, included: ['mri-report'], copied: null };

/** A state as version 1 stored it (before the history details). */
const v1Answers = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10, ptResponse: 'plateaued',
  injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no', context: 'none', wishes: ['avoid-surgery'],
  redFlags: [], redFlagsScreened: true, exclusions: ['excl.facet-si'],
};

describe('restoreChecklistState', () => {
  it('restores valid data', () => {
    expect(restoreChecklistState(valid)).toEqual({ state: valid });
  });

  it('starts empty, without a notice, when nothing is stored', () => {
    expect(restoreChecklistState(undefined)).toEqual({ state: EMPTY_STATE });
  });

  it.each([
    ['an older version', { ...valid, v: 0 }],
    ['a newer version', { ...valid, v: 3 }],
    ['a v1 state with a v2 key', { v: 1, answers: { ...v1Answers, inflammatory: false }, included: [] }],
    ['a v1 state with a bad answer', { v: 1, answers: { ...v1Answers, ptWeeks: -2 }, included: [] }],
    ['a copied fingerprint that is not a hash', { ...valid, copied: 'the note itself' }],
    ['a string', 'not json'],
    ['an array', [1, 2]],
    ['a wrong answer type', { ...valid, answers: { ...valid.answers, durationWeeks: 'twenty' } }],
    ['a missing answer', { ...valid, answers: { durationWeeks: 20 } }],
    ['an unknown referral item', { ...valid, included: ['x-ray'] }],
    ['an extra key that could carry PHI', { ...valid, patientName: 'Jane Roe' }],
    ['a prototype-pollution key', JSON.parse('{"v":2,"__proto__":{"polluted":true}}')],
  ])('resets %s with a notice', (_name, raw) => {
    expect(restoreChecklistState(raw)).toEqual({ state: EMPTY_STATE, notice: RESET_NOTICE });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrating version 1', () => {
  it('keeps every v1 answer, starts the new questions unanswered, and splits combined ticks', () => {
    const restored = restoreChecklistState({ v: 1, answers: v1Answers, included: ['duration-course', 'neuro-findings', 'functional-impact', 'mri-report'] });
    expect(restored.notice).toBeUndefined();
    expect(restored.migrated).toBe(true);
    expect(restored.state).toEqual({
      v: 2,
      answers: { ...EMPTY_ANSWERS, ...v1Answers },
      included: ['duration', 'course', 'sensory', 'neuro-exam', 'function', 'mri-report'],
      copied: null,
    });
  });

  it('moves a known progressive deficit to the red flags, and says so', () => {
    const restored = restoreChecklistState({ v: 1, answers: { ...v1Answers, exclusions: ['excl.progressive-deficit', 'excl.facet-si'] }, included: [] });
    expect(restored.notice).toBe(MOVED_DEFICIT_NOTICE);
    expect(restored.state.answers.redFlags).toEqual(['rf.progressive-deficit']);
    expect(restored.state.answers.exclusions).toEqual(['excl.facet-si']);
  });

  it('does not tick the same red flag twice', () => {
    const restored = restoreChecklistState({ v: 1, answers: { ...v1Answers, redFlags: ['rf.progressive-deficit'], exclusions: ['excl.progressive-deficit'] }, included: [] });
    expect(restored.state.answers.redFlags).toEqual(['rf.progressive-deficit']);
  });
});
