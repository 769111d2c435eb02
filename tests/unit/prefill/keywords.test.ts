import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_OPTIONS, EXCLUDED, FACT_QUESTIONS, IMAGING_OPTIONS, UNRELATED_FIELDS, KIND_KEYWORDS, OTHER_PERSON, PATIENT_CONTEXT, REFERRER_CONTEXT, TREATMENT_OPTIONS, matchesAny, normalise,
} from '../../../content/prefill/keywords';

const TABLES: [string, readonly RegExp[]][] = [
  ...Object.entries(KIND_KEYWORDS),
  ['referrer context', REFERRER_CONTEXT],
  ['patient context', PATIENT_CONTEXT],
  ['excluded', EXCLUDED],
  ['other person', OTHER_PERSON],
  ...Object.entries({ ...TREATMENT_OPTIONS, ...IMAGING_OPTIONS, ...CONTACT_OPTIONS }),
  ...Object.entries(FACT_QUESTIONS).map(([k, v]) => [`fact ${k}`, v] as [string, readonly RegExp[]]),
  ...Object.entries(UNRELATED_FIELDS).map(([k, v]) => [`unrelated ${k}`, v] as [string, readonly RegExp[]]),
];
/** Words the tables look for, so generated text hits patterns often, not only by chance. */
const WORDS = [...new Set(TABLES.flatMap(([, ps]) => ps.flatMap((p) => p.source.match(/[a-z]{2,}/g) ?? [])))];

describe('matchesAny', () => {
  it.each(TABLES)('%s: only flagless patterns, so one joined expression is safe to reuse', (_, patterns) => {
    expect(patterns.filter((p) => p.flags !== '')).toEqual([]);
  });

  it('answers exactly as trying each pattern in turn would', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 6 }).map((ws) => normalise(ws.join(' ')));
    fc.assert(fc.property(text, (t) => {
      for (const [, patterns] of TABLES) expect(matchesAny(patterns, t)).toBe(patterns.some((p) => p.test(t)));
    }), { numRuns: 2000 });
  }, 60_000); // a limit for a slow shared machine, not a timing check

  it('keeps anchors to their own pattern', () => {
    // "^(referring )?(provider|…)$" must not anchor its neighbours: "full name" matches anywhere.
    expect(matchesAny(KIND_KEYWORDS.fullName, 'the full name please')).toBe(true);
    expect(matchesAny(KIND_KEYWORDS.fullName, 'physician')).toBe(true);
    expect(matchesAny(KIND_KEYWORDS.fullName, 'physician phone')).toBe(false);
  });
});
