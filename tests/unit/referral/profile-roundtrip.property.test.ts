import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CLINIC_CHECKS, REFERRER_CHECKS, hasErrors, trimProfile, validateProfile, type Profile,
} from '../../../content/referral/profile';
import { localProfileStore as store } from '../../../content/referral/profile-store';
import { npiCheckDigitValid } from '../../../content/referral/validate';

/*
 * Whatever the settings page lets a person save must come back unchanged when the page is opened
 * again. If the save checks are looser than the checks on load, the whole profile is thrown away
 * with a "damaged" notice (a 420-character website used to do this).
 */

/** A failure shrinks slowly through these long strings: stop after a few seconds with the best example so far. */
const RUNS = { numRuns: 300, interruptAfterTimeLimit: 8000 };

const chars = (set: string) => fc.constantFrom(...set);
/** Spaces or a tab around a value, as pasted text often has. The page trims them before saving. */
const padded = (value: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), value, fc.constantFrom('', ' ', '\n')).map(([a, v, b]) => a + v + b);
/** Any text: printable ASCII, or any Unicode including control characters. */
const anyText = fc.oneof(fc.string({ maxLength: 160 }), fc.string({ unit: 'binary', maxLength: 160 }));

/** 10 to 15 digits with separators between them: a few, or long runs (up to 600 characters in all). */
const phoneLike = fc
  .tuple(
    fc.constantFrom('', '+'),
    fc.integer({ min: 0, max: 40 }).chain((gap) =>
      fc.array(fc.tuple(chars('0123456789'), fc.string({ unit: chars(' -.()'), maxLength: gap, size: 'max' })), { minLength: 10, maxLength: 15 })),
    fc.constantFrom('', ' x12', ' ext. 123456'),
  )
  .map(([plus, parts, ext]) => plus + parts.map(([digit, gap]) => digit + gap).join('') + ext);

const emailLike = fc
  .tuple(fc.string({ unit: chars('abz09.+_-'), minLength: 1, maxLength: 200, size: 'max' }), fc.string({ unit: chars('abz09-'), minLength: 1, maxLength: 120, size: 'max' }))
  .map(([local, domain]) => `${local}@${domain}.com`);

const urlLike = fc.oneof(
  fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
  fc.string({ unit: chars('abz09-_/.'), maxLength: 500, size: 'max' }).map((path) => `https://valorspine.com/${path}`),
);

/** Nine random digits plus the one check digit that makes a valid NPI. */
const validNpi = fc
  .string({ unit: chars('0123456789'), minLength: 9, maxLength: 9 })
  .map((nine) => nine + [...'0123456789'].find((d) => npiCheckDigitValid(nine + d))!);

/**
 * Mostly values of the right kind (often near or past the limit), sometimes empty, sometimes
 * anything at all, keeping only what the field's own check accepts once trimmed. Filtering field
 * by field keeps whole profiles that pass validation common; a profile of eleven independent
 * random fields would almost never pass.
 */
const field = (check: (value: string) => string | null, likely: fc.Arbitrary<string>) =>
  padded(fc.oneof({ arbitrary: likely, weight: 6 }, { arbitrary: fc.constant(''), weight: 1 }, { arbitrary: anyText, weight: 1 }))
    .filter((value) => check(value.trim()) === null);

const text = (max: number) => fc.string({ maxLength: max, size: 'max' });
const r = REFERRER_CHECKS;
const c = CLINIC_CHECKS;

const profile: fc.Arbitrary<Profile> = fc.record({
  v: fc.constant(1 as const),
  referrer: fc.record({
    name: field(r.name, text(100)),
    credentials: field(r.credentials, text(50)),
    practice: field(r.practice, text(140)),
    phone: field(r.phone, phoneLike),
    fax: field(r.fax, phoneLike),
    email: field(r.email, emailLike),
    npi: field(r.npi, validNpi),
  }),
  clinic: fc.record({
    name: field(c.name, text(100)),
    website: field(c.website, urlLike),
    phone: field(c.phone, phoneLike),
    fax: field(c.fax, phoneLike),
  }),
});

describe('a profile the settings page accepts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('comes back from storage unchanged, never reset', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(profile, async (input) => {
        // The same steps as SettingsContainer's save: trim, check, and store only if nothing is wrong.
        const trimmed = trimProfile(input);
        fc.pre(!hasErrors(validateProfile(trimmed)));
        accepted++;
        await fakeBrowser.storage.local.clear();
        await store.save(trimmed);
        expect(await store.load()).toEqual({ profile: trimmed });
      }),
      RUNS,
    );
    // Guard against a test that passes because nothing was ever accepted.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 2);
  });
});
