/**
 * The two paper sizes referrers print on. The letter is laid out on sheets of exactly this size,
 * and the stylesheet's named @page rules (`letter-sheet`, `a4-sheet`) set the printed page to
 * match, with no margin of the printer's own: the sheet carries its margins.
 */
export const PAGE_SIZES = {
  letter: { label: 'US Letter (8.5 × 11 in)', page: 'letter-sheet' },
  a4: { label: 'A4 (210 × 297 mm)', page: 'a4-sheet' },
} as const;
export type PageSize = keyof typeof PAGE_SIZES;
export const PAGE_SIZE_IDS = Object.keys(PAGE_SIZES) as PageSize[];

/**
 * The size to start with: A4 unless the browser's language is from a country that uses Letter
 * (the US, Canada, Mexico, Chile, Colombia, Venezuela, the Philippines and a few more).
 */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'CL', 'CO', 'VE', 'PH', 'CR', 'GT', 'PA', 'DO', 'PR', 'SV', 'NI']);
export function defaultPageSize(locale: string): PageSize {
  const region = /^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
  return region === undefined || LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
