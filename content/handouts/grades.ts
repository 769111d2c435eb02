import type { HandoutId } from './types';

/**
 * Each handout's Flesch–Kincaid grade (body text, one decimal), as `gradeLevel()` in
 * ./readability computes it. Kept as numbers so the print page does not ship a readability
 * library (about 5 KB gzipped) to show six fixed values. tests/unit/handouts/handouts.test.ts
 * recomputes every grade and fails, naming the new value, when a handout's text changes.
 */
export const GRADES: Readonly<Record<HandoutId, number>> = {
  'pt-when-it-helps': 3.9,
  'annular-tears': 2.1,
  'disc-repair-explained': 3.3,
  'pt-or-disc-repair': 3.4,
  'clinic-evaluation': 4.1,
  'pt-after-disc-repair': 3.9,
};
