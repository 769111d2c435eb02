import { describe, expect, it } from 'vitest';
import { count, groupOf, planReason, preview, valueWords } from '../../../content/prefill/plan-words';
import { NO_VALUE, NOT_TICKED } from '../../../content/prefill/values';

describe('plan words', () => {
  it.each([
    ['hidden on the page (a honeypot trap for bots)', 'a hidden box that catches automated spam; people leave it empty'],
    ['hidden on the page (display: none)', 'hidden on the page, so you could not check what was typed'],
    ['hidden on the page (something new)', 'hidden on the page, so you could not check what was typed'],
    ['hidden on the page (2 px or smaller)', 'too small to see on the page, so you could not check what was typed'],
    ['hidden on the page (covered by another element)', 'covered by something else on the page, so you could not check what was typed'],
    ['read-only', 'the page does not allow typing here'],
    [NO_VALUE, 'you have not entered this detail yet (Patient details or Settings)'],
    [NOT_TICKED, 'not one of your answers, so it stays unticked'],
    ['a file upload: attach the document yourself', 'a file upload: attach the document yourself'],
  ])('%s -> %s', (reason, words) => expect(planReason(reason)).toBe(words));

  it('never shows jargon from the planner', () => {
    for (const r of ['a honeypot trap for bots', 'display: none', 'aria-hidden', 'visibility: hidden', 'hidden attribute'].map((x) => `hidden on the page (${x})`)) {
      expect(planReason(r)).not.toMatch(/honeypot|bots|display|aria|visibility|attribute/);
    }
  });

  it.each([[0, '0 fields'], [1, '1 field'], [2, '2 fields'], [19, '19 fields']])('count(%i)', (n, text) => expect(count(n, 'field')).toBe(text));

  it('groups targets as patient, referrer, clinical', () => {
    expect(groupOf('patient.dob.year')).toBe('patient');
    expect(groupOf('referrer.npi')).toBe('referrer');
    expect(groupOf('referral.reason')).toBe('clinical');
  });

  it('shows a tick in words and text whole', () => {
    expect(valueWords({ checked: true })).toBe('Will be ticked');
    const long = 'word '.repeat(100).trim();
    expect(valueWords({ text: long })).toBe(long);
  });

  it('folds a long value at a word, and leaves a short one alone', () => {
    expect(preview('short')).toBe('short');
    const p = preview('alpha beta gamma delta', 12);
    expect(p).toBe('alpha beta…');
  });
});
