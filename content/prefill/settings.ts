import { z } from 'zod/mini';
import { CLINIC_SITE } from '../checklist/sources';
import { normaliseAddress, normaliseOrigin } from './origin';
import { TARGETS } from './targets';

const PREFILL_SETTINGS_VERSION = 1;
/** A correction says what a field is, or that it must never be filled. */
const CORRECTION_VALUES = [...TARGETS, 'none'] as const;
export type CorrectionValue = (typeof CORRECTION_VALUES)[number];

const origin = z.string().check(z.maxLength(300), z.refine((s) => {
  const checked = normaliseOrigin(s);
  return checked.ok && checked.origin === s;
}));
/** An allowed form address: an origin, or an origin with a path prefix, in its normal form. */
const address = z.string().check(z.maxLength(300), z.refine((s) => {
  const checked = normaliseAddress(s);
  return checked.ok && checked.address === s;
}));

export const prefillSettingsSchema = z.strictObject({
  v: z.literal(PREFILL_SETTINGS_VERSION),
  /**
   * Addresses of the clinic's referral form (an origin, or an origin and a path prefix): the only
   * pages the filler may touch. The key keeps its first name so stored settings stay readable.
   */
  origins: z.array(address).check(z.maxLength(20)),
  /** Per origin (shared by the addresses on it), per field id: the user's correction of the automatic match. */
  corrections: z.record(origin, z.record(z.string().check(z.maxLength(300)), z.enum(CORRECTION_VALUES))),
});
export type PrefillSettings = z.infer<typeof prefillSettingsSchema>;

/** Default: the clinic preset's website origin. */
export const DEFAULT_PREFILL_SETTINGS: PrefillSettings = Object.freeze({
  v: PREFILL_SETTINGS_VERSION,
  origins: [new URL(CLINIC_SITE).origin],
  corrections: {},
});

export const PREFILL_RESET_NOTICE =
  'The saved form addresses could not be read, so they were reset to the clinic’s website. Please check them in settings.';

export function restorePrefillSettings(raw: unknown): { settings: PrefillSettings; notice?: string } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_PREFILL_SETTINGS };
  const parsed = prefillSettingsSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data } : { settings: DEFAULT_PREFILL_SETTINGS, notice: PREFILL_RESET_NOTICE };
}

export function withOrigin(s: PrefillSettings, origin: string): PrefillSettings {
  return s.origins.includes(origin) ? s : { ...s, origins: [...s.origins, origin] };
}

/** Removes an address; its origin's corrections go with the last address on that origin. */
export function withoutOrigin(s: PrefillSettings, address: string): PrefillSettings {
  const origins = s.origins.filter((o) => o !== address);
  const origin = new URL(address).origin;
  if (origins.some((o) => new URL(o).origin === origin)) return { ...s, origins };
  const { [origin]: _dropped, ...corrections } = s.corrections;
  return { ...s, origins, corrections };
}

export function withCorrection(s: PrefillSettings, origin: string, fieldId: string, value: CorrectionValue | null): PrefillSettings {
  const current = { ...(s.corrections[origin] ?? {}) };
  if (value === null) delete current[fieldId];
  else current[fieldId] = value;
  return { ...s, corrections: { ...s.corrections, [origin]: current } };
}
