import type { HandoutId } from './types';

/**
 * Each handout's Flesch–Kincaid and SMOG grades (body text, one decimal), as ./readability computes
 * them. Kept as numbers so the print page does not ship a readability library (about 5 KB gzipped)
 * to show fixed values. tests/unit/handouts/handouts.test.ts recomputes every grade and fails,
 * naming the new value, when a handout's text changes.
 */
export const GRADES: Readonly<Record<HandoutId, { fk: number; smog: number }>> = {
  'get-help-now': { fk: 3.7, smog: 7 },
  'pt-when-it-helps': { fk: 4.6, smog: 8.2 },
  'annular-tears': { fk: 4, smog: 7.5 },
  'mri-report': { fk: 4.9, smog: 7.7 },
  'disc-repair-explained': { fk: 5.9, smog: 8.9 },
  'pt-or-disc-repair': { fk: 4.4, smog: 7.6 },
  'disc-decisions': { fk: 6.7, smog: 10.5 },
  'clinic-evaluation': { fk: 5.6, smog: 8.5 },
  'before-after-procedure': { fk: 5.2, smog: 7.9 },
  'pt-after-disc-repair': { fk: 4.4, smog: 7.4 },
  'long-lasting-pain': { fk: 4.4, smog: 8 },
};
