/**
 * The two paper sizes referrers print on. The letter is laid out on sheets of exactly this size,
 * and the page's @page rule gets `size: <css>; margin: 0` to match: the sheet carries its margins.
 */
export const PAGE_SIZES = {
  letter: { label: 'US Letter (8.5 × 11 in)', css: '8.5in 11in' },
  a4: { label: 'A4 (210 × 297 mm)', css: '210mm 297mm' },
} as const;

/**
 * The @page rule for a size. Set as a whole rule rather than by named pages (`page: a4-sheet`):
 * Firefox 153 ignores a named page's size and prints such sheets on Letter; it honours this.
 */
export const pageRule = (size: PageSize) => `@page { size: ${PAGE_SIZES[size].css}; margin: 0; }`;
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
