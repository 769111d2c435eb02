import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS } from '../../../content/checklist/answers';
import { EMPTY_STATE, RESET_NOTICE, restoreChecklistState } from '../../../content/referral/checklist-state';

const valid = { v: 1, answers: { ...EMPTY_ANSWERS, durationWeeks: 20 }, included: ['mri-report'] };

describe('restoreChecklistState', () => {
  it('restores valid data', () => {
    expect(restoreChecklistState(valid)).toEqual({ state: valid });
  });

  it('starts empty, without a notice, when nothing is stored', () => {
    expect(restoreChecklistState(undefined)).toEqual({ state: EMPTY_STATE });
  });

  it.each([
    ['an older version', { ...valid, v: 0 }],
    ['a newer version', { ...valid, v: 2 }],
    ['a string', 'not json'],
    ['an array', [1, 2]],
    ['a wrong answer type', { ...valid, answers: { ...valid.answers, durationWeeks: 'twenty' } }],
    ['a missing answer', { ...valid, answers: { durationWeeks: 20 } }],
    ['an unknown referral item', { ...valid, included: ['x-ray'] }],
    ['an extra key that could carry PHI', { ...valid, patientName: 'Jane Roe' }],
    ['a prototype-pollution key', JSON.parse('{"v":1,"__proto__":{"polluted":true}}')],
  ])('resets %s with a notice', (_name, raw) => {
    expect(restoreChecklistState(raw)).toEqual({ state: EMPTY_STATE, notice: RESET_NOTICE });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
