import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, MAX_WEEKS, parseWeeks } from '../../../content/checklist/answers';
import { answersSchema } from '../../../content/checklist/answers-schema';
import { NUMBER_RULES, monthInFuture, parseMonth } from '../../../content/checklist/history-input';
import { parseNumber } from '../../../content/checklist/input';

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

describe('numbers that could be read two ways are refused', () => {
  it.each(['1,000', '1.000', '2,609', '12,500', '1,000,000'])('%j weeks', (text) => {
    const parsed = parseWeeks(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/could be read two ways/);
  });
  it.each([['12,5', 12.5], ['1,5', 1.5], ['10.25', 10.25]])('%j weeks is a decimal', (text, weeks) => {
    expect(parseWeeks(text)).toEqual({ ok: true, weeks });
  });
});

describe('parseNumber for the history', () => {
  it.each<[string, keyof typeof NUMBER_RULES, number | null]>([
    ['', 'age', null], ['0', 'age', 0], ['90', 'age', 90], ['10', 'nprs', 10], ['0', 'nprs', 0], ['100', 'odi', 100],
    ['12', 'visits', 12], ['3', 'injections', 3], ['2.5', 'weeks', 2.5],
  ])('accepts %j as %s', (text, rule, value) => {
    expect(parseNumber(text, NUMBER_RULES[rule])).toEqual({ ok: true, value });
  });
  it.each<[string, keyof typeof NUMBER_RULES, RegExp]>([
    ['91', 'age', /enter 90/], ['95', 'age', /90 or older/], ['-1', 'age', /negative/], ['44.5', 'age', /whole number/],
    ['11', 'nprs', /0 to 10/], ['6.5', 'nprs', /whole number/], ['101', 'odi', /0 to 100/], ['42%', 'odi', /whole number/],
    ['201', 'visits', /highest is 200/], ['1,000', 'visits', /two ways/], ['51', 'injections', /highest is 50/],
    ['six', 'nprs', /whole number/],
  ])('refuses %j for %s', (text, rule, message) => {
    const parsed = parseNumber(text, NUMBER_RULES[rule]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseMonth', () => {
  const today = new Date(2026, 10, 23);
  it.each([['', null], ['2026-03', '2026-03'], ['2026-3', '2026-03'], ['03/2026', '2026-03'], ['3-2026', '2026-03'], ['2026-11', '2026-11']])(
    'accepts %j', (text, value) => {
      expect(parseMonth(text, today)).toEqual({ ok: true, value });
    });
  it.each([['2026-12', /future/], ['2027-01', /future/], ['2026-13', /2025-03/], ['23/11/2026', /2025-03/], ['1900-01', /too early/], ['March', /2025-03/]])(
    'refuses %j', (text, message) => {
      const parsed = parseMonth(text, today);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    });
  it('a stored month is re-checked against today', () => {
    expect(monthInFuture('2026-12', today)).toBe(true);
    expect(monthInFuture('2026-11', today)).toBe(false);
  });
});

describe('details schema', () => {
  it.each([
    ['an age over the top', { age: 91 }],
    ['a fractional pain score', { nprsNow: 5.5 }],
    ['an ODI over 100', { odi: 120 }],
    ['a malformed month', { ptStart: '2026-13' }],
    ['a note over 1000 characters', { note: 'x'.repeat(1001) }],
    ['an unknown medication', { meds: { ...EMPTY_ANSWERS.details.meds, aspirin: 'helped' } }],
    ['an identifier field', { name: 'Jane Roe' }],
  ])('rejects %s', (_name, over) => {
    expect(answersSchema.safeParse({ ...EMPTY_ANSWERS, details: { ...EMPTY_ANSWERS.details, ...over } }).success).toBe(false);
  });
});
