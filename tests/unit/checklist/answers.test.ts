import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, MAX_WEEKS, answersSchema, parseWeeks } from '../../../content/checklist/answers';

describe('parseWeeks', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['14', 14],
    [' 12.5 ', 12.5],
    ['12,5', 12.5],
    [String(MAX_WEEKS), MAX_WEEKS],
  ])('accepts %j as %j', (text, weeks) => {
    expect(parseWeeks(text)).toEqual({ ok: true, weeks });
  });

  it.each([
    ['abc', 'Enter a number of weeks'],
    ['12 weeks', 'Enter a number of weeks'],
    ['1e3', 'Enter a number of weeks'],
    ['0x10', 'Enter a number of weeks'],
    ['-3', 'cannot be negative'],
    [String(MAX_WEEKS + 1), 'more than 50 years'],
    ['99999999999999999999', 'more than 50 years'],
  ])('rejects %j with a message', (text, message) => {
    const parsed = parseWeeks(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('answersSchema', () => {
  it('accepts the empty answers', () => {
    expect(answersSchema.safeParse(EMPTY_ANSWERS).success).toBe(true);
  });

  it.each([
    ['an unknown enum value', { imaging: 'xray' }],
    ['a negative duration', { durationWeeks: -1 }],
    ['an absurd duration', { durationWeeks: MAX_WEEKS + 1 }],
    ['a duration as text', { durationWeeks: '20' }],
    ['an unknown red flag', { redFlags: ['rf.nope'] }],
    ['an extra key', { patientName: 'Jane' }],
  ])('rejects %s', (_name, over) => {
    expect(answersSchema.safeParse({ ...EMPTY_ANSWERS, ...over }).success).toBe(false);
  });
});
