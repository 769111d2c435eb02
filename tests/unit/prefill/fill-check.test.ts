import { describe, expect, it } from 'vitest';
import { gradeSnapshots, type AnnotatedControl } from '../../helpers/fill-check';
import { VALUES } from './records';

/** The grader the fill report and the fixture tests rely on: it must see every kind of wrong write. */
const control = (over: Partial<AnnotatedControl>): AnnotatedControl => ({
  expect: 'none', option: null, selected: null, type: 'text', placeholder: '', value: '', checked: false, ident: 'x', ...over,
});

describe('gradeSnapshots', () => {
  it.each<[string, AnnotatedControl, AnnotatedControl]>([
    ['a trap that was typed into', control({}), control({ value: 'Zephyrine' })],
    ['a radio whose value was rewritten', control({ type: 'radio', value: 'Medicare' }), control({ type: 'radio', value: 'Acme Health PPO' })],
    ['a wanted radio ticked but with its value rewritten',
      control({ type: 'radio', expect: 'referral.imaging', option: 'mri', value: 'MRI' }),
      control({ type: 'radio', expect: 'referral.imaging', option: 'mri', value: '20', checked: true })],
    ['an option that is not wanted, ticked', control({ type: 'checkbox', expect: 'referral.treatments', option: 'surgery' }),
      control({ type: 'checkbox', expect: 'referral.treatments', option: 'surgery', checked: true })],
    ['a text field with the wrong value', control({ expect: 'patient.firstName' }), control({ expect: 'patient.firstName', value: 'Alex' })],
  ])('counts %s as wrong', (_name, before, after) => {
    expect(gradeSnapshots([before], [after], VALUES).wrong).toHaveLength(1);
  });

  it('counts a wanted radio ticked as it was as correct', () => {
    const before = control({ type: 'radio', expect: 'referral.imaging', option: 'mri', value: 'MRI' });
    expect(gradeSnapshots([before], [{ ...before, checked: true }], VALUES)).toEqual({ expected: 1, correct: 1, wrong: [], skipped: [] });
  });
});
