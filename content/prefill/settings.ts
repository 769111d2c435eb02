import { z } from 'zod/mini';
import { CLINIC_SITE } from '../checklist/sources';
import { normaliseAddress, normaliseOrigin } from './origin';
import { TARGETS } from './targets';

const PREFILL_SETTINGS_VERSION = 1;
/** A correction says what a field is, or that it must never be filled. */
const CORRECTION_VALUES = [...TARGETS, 'none'] as const;
export type CorrectionValue = (typeof CORRECTION_VALUES)[number];
const correctionValue = z.enum(CORRECTION_VALUES);
const fieldKey = z.string().check(z.maxLength(300));
const MAX_ADDRESSES = 20;

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
  origins: z.array(address).check(z.maxLength(MAX_ADDRESSES)),
  /** Per origin (shared by the addresses on it), per field id: the user's correction of the automatic match. */
  corrections: z.record(origin, z.record(fieldKey, correctionValue)),
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

/** What was dropped from a readable record, in words for the notice. */
function repairNotice(addresses: number, corrections: number): string {
  const parts = [
    // Spelled out rather than plan-words' count(): importing that module brings the planner's
    // reason tables into the settings page.
    addresses ? `${addresses} form address${addresses === 1 ? '' : 'es'}` : '',
    corrections ? `${corrections} field correction${corrections === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} could not be read and ${addresses + corrections === 1 ? 'was' : 'were'} removed; the rest of your form settings were kept. Please check them in settings.`;
}

/**
 * Validates what storage returned. A record of this version with a few unreadable entries keeps
 * every readable address and correction, and says what was dropped (one bad value costs only
 * itself, as for the profile and the patient details). If no readable address remains where there
 * were some, the clinic's website is restored. Anything else is reset, with a notice.
 */
export function restorePrefillSettings(raw: unknown): { settings: PrefillSettings; notice?: string } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_PREFILL_SETTINGS };
  const parsed = prefillSettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const reset = { settings: DEFAULT_PREFILL_SETTINGS, notice: PREFILL_RESET_NOTICE };
  if (typeof raw !== 'object' || Array.isArray(raw) || (raw as { v?: unknown }).v !== PREFILL_SETTINGS_VERSION) return reset;
  const { origins: rawOrigins, corrections: rawCorrections } = raw as { origins?: unknown; corrections?: unknown };
  if (!Array.isArray(rawOrigins)) return reset;
  const origins = [...new Set(rawOrigins.filter((a): a is string => address.safeParse(a).success))].slice(0, MAX_ADDRESSES);
  let droppedCorrections = 0;
  const corrections: PrefillSettings['corrections'] = {};
  if (rawCorrections !== undefined && (typeof rawCorrections !== 'object' || rawCorrections === null || Array.isArray(rawCorrections))) return reset;
  for (const [o, fields] of Object.entries(rawCorrections ?? {})) {
    const entries = fields && typeof fields === 'object' && !Array.isArray(fields) ? Object.entries(fields) : null;
    if (!origin.safeParse(o).success || !entries) { droppedCorrections += entries?.length || 1; continue; }
    const kept = entries.filter(([k, v]) => fieldKey.safeParse(k).success && correctionValue.safeParse(v).success);
    droppedCorrections += entries.length - kept.length;
    // Defined as own data properties, so a "__proto__" field id stays data.
    corrections[o] = Object.defineProperties({}, Object.fromEntries(kept.map(([k, v]) => [k, { value: v, enumerable: true, writable: true, configurable: true }])));
  }
  const droppedAddresses = rawOrigins.length - origins.length;
  if (origins.length === 0 && rawOrigins.length > 0) return { settings: { ...DEFAULT_PREFILL_SETTINGS, corrections }, notice: PREFILL_RESET_NOTICE };
  return { settings: { v: PREFILL_SETTINGS_VERSION, origins, corrections }, notice: repairNotice(droppedAddresses, droppedCorrections) };
}

/** Hosts the user already trusts as the clinic's: the preset and the saved addresses (for look-alike checks). */
export const knownHosts = (s: PrefillSettings) => [CLINIC_SITE, ...s.origins].map((a) => new URL(a).hostname);

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
