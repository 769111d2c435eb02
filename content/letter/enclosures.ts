import type { ReferralItemId } from '../checklist/referral-items';

export const ENCLOSURE_IDS = [
  'imaging-report', 'pt-notes', 'medication-list', 'injection-records', 'operative-notes',
  'physician-notes', 'outcome-scores',
] as const;
export type EnclosureId = (typeof ENCLOSURE_IDS)[number];

export interface Enclosure {
  readonly id: EnclosureId;
  /** As printed under "Enclosed". */
  readonly label: string;
  /**
   * The checklist's referral item that, when the referrer ticked it as included, means this
   * document goes with the referral: the letter starts with it ticked.
   */
  readonly item?: ReferralItemId;
}

/** What referrers usually send with a spine referral (the items the checklist asks for, as documents). */
export const ENCLOSURES: readonly Enclosure[] = [
  { id: 'imaging-report', label: 'Imaging report (MRI, CT or X-ray)', item: 'mri-report' },
  { id: 'pt-notes', label: 'Physical therapy notes', item: 'pt-notes' },
  { id: 'medication-list', label: 'Medication list', item: 'medication' },
  { id: 'injection-records', label: 'Injection records', item: 'injection-record' },
  { id: 'operative-notes', label: 'Operative note and surgical records', item: 'surgery-records' },
  { id: 'physician-notes', label: 'Physician or specialist notes' },
  { id: 'outcome-scores', label: 'Outcome scores (e.g. Oswestry)' },
];

/** The enclosures to start with: those the referrer already said are included in the checklist. */
export const initialEnclosures = (included: readonly string[]): EnclosureId[] =>
  ENCLOSURES.filter((e) => e.item !== undefined && included.includes(e.item)).map((e) => e.id);

/** The chosen enclosures' labels, in the table's order (whatever order they were ticked in). */
export const enclosureLabels = (ids: readonly EnclosureId[]): string[] =>
  ENCLOSURES.filter((e) => ids.includes(e.id)).map((e) => e.label);

/** Most pages a referrer can say the enclosures have: more is a typing mistake for a fax. */
export const MAX_ENCLOSURE_PAGES = 200;

export type PagesParse = { ok: true; pages: number | null } | { ok: false; message: string };

/**
 * Reads the enclosures' page count as typed. Empty means "not given" (the cover then leaves
 * the total blank to write in). Digits only: "1,000" or "1.5" is refused, never misread.
 */
export function parseEnclosurePages(text: string): PagesParse {
  const t = text.trim();
  if (t === '') return { ok: true, pages: null };
  if (!/^\d{1,4}$/.test(t)) return { ok: false, message: 'Enter a whole number of pages, digits only, for example 6.' };
  const pages = Number(t);
  if (pages > MAX_ENCLOSURE_PAGES) return { ok: false, message: `That is more than ${MAX_ENCLOSURE_PAGES} pages: check the number.` };
  return { ok: true, pages };
}
