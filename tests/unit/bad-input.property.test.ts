import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, parseWeeks, MAX_WEEKS } from '../../content/checklist/answers';
import { answersSchema } from '../../content/checklist/answers-schema';
import { parseSelection } from '../../content/handouts/selection';
import { normaliseOrigin } from '../../content/prefill/origin';
import { readRequest } from '../../content/prefill/protocol';
import { readResponse } from '../../content/prefill/response-schema';
import { prefillSettingsSchema, restorePrefillSettings } from '../../content/prefill/settings';
import { checklistStateSchema, restoreChecklistState } from '../../content/referral/checklist-restore';
import { restorePatient } from '../../content/referral/patient';
import { hasErrors, restoreProfile, validateProfile } from '../../content/referral/profile';

const RUNS = { numRuns: 2000 };
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'v', 'answers', 'patient', 'type', 'items', 'origins'];

/** Anything at all, including prototype-pollution keys, huge strings and deep nesting. */
const anything = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom(...DANGEROUS_KEYS)),
  maxDepth: 4,
  withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true,
  withSparseArray: true, withBoxedValues: true,
});
/** A valid value with one key replaced by anything: the near-misses real corruption produces. */
const nearly = <T extends object>(valid: T) =>
  fc.tuple(fc.constantFrom(...Object.keys(valid), ...DANGEROUS_KEYS), anything).map(([k, v]) => ({ ...valid, [k]: v }));
const huge = fc.string({ minLength: 5000, maxLength: 60_000 });

afterAll(() => {
  // No generated value may have leaked onto Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('storage readers never throw and never return invalid data', () => {
  const validState = { v: 1, answers: EMPTY_ANSWERS, included: [] };
  it('checklist state', () => {
    fc.assert(fc.property(fc.oneof(anything, nearly(validState), nearly({ ...validState, answers: { ...EMPTY_ANSWERS } })), (raw) => {
      expect(checklistStateSchema.safeParse(restoreChecklistState(raw).state).success).toBe(true);
    }), RUNS);
  });

  it('profile', () => {
    fc.assert(fc.property(fc.oneof(anything, huge.map((name) => ({ v: 1, referrer: { name } })), nearly({ v: 1, referrer: {}, clinic: {} })), (raw) => {
      expect(hasErrors(validateProfile(restoreProfile(raw).profile))).toBe(false);
    }), RUNS);
  });

  it('patient details', () => {
    fc.assert(fc.property(fc.oneof(anything, nearly({ v: 1, patient: {}, lastUsed: 0 })), fc.integer(), (raw, now) => {
      const restored = restorePatient(raw, now);
      expect(typeof restored.patient.firstName).toBe('string');
      expect(Object.keys(restored.patient).sort()).toEqual(['dob', 'email', 'firstName', 'insurance', 'lastName', 'phone', 'preferredContact']);
    }), RUNS);
  });

  it('prefill settings', () => {
    fc.assert(fc.property(fc.oneof(anything, nearly({ v: 1, origins: [], corrections: {} })), (raw) => {
      expect(prefillSettingsSchema.safeParse(restorePrefillSettings(raw).settings).success).toBe(true);
    }), RUNS);
  });
});

describe('messages between popup and page never throw', () => {
  it('requests to the page are either well-formed or refused', () => {
    fc.assert(fc.property(fc.oneof(anything, nearly({ type: 'fill', form: 0, items: [] }), nearly({ type: 'collect', waitMs: 10 })), (raw) => {
      const request = readRequest(raw);
      if (request) expect(readRequest(JSON.parse(JSON.stringify(request)))).toEqual(request);
    }), RUNS);
  });

  it('answers from the page are either well-formed or refused', () => {
    fc.assert(fc.property(fc.oneof(anything, nearly({ ok: true, type: 'collected', collection: { fields: [], forms: [], frames: [] }, timedOut: false })), (raw) => {
      const response = readResponse(raw);
      if (response) expect(typeof response.ok).toBe('boolean');
    }), RUNS);
  });
});

describe('typed text never throws', () => {
  it('weeks', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), huge, fc.double().map(String)), (text) => {
      const parsed = parseWeeks(text);
      if (parsed.ok && parsed.weeks !== null) {
        expect(parsed.weeks).toBeGreaterThanOrEqual(0);
        expect(parsed.weeks).toBeLessThanOrEqual(MAX_WEEKS);
        expect(answersSchema.safeParse({ ...EMPTY_ANSWERS, durationWeeks: parsed.weeks }).success).toBe(true);
      }
    }), RUNS);
  });

  it('origins and handout selections', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), huge), (text) => {
      const checked = normaliseOrigin(text);
      if (checked.ok) expect(checked.origin).toMatch(/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1|\[::1\])/);
      expect(parseSelection(`?h=${text}`).ids.length).toBeLessThanOrEqual(6);
    }), RUNS);
  });
});
