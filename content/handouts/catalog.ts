import type { HandoutId } from './types';

/**
 * Handout titles on their own, so the popup can name suggested handouts without bundling the
 * handout texts. The library files take their titles from here.
 */
export const HANDOUT_TITLES: Readonly<Record<HandoutId, string>> = {
  'pt-when-it-helps': 'Physical therapy for back pain: when it helps most',
  'annular-tears': 'Annular tears: a commonly missed cause of long-lasting back pain',
  'disc-repair-explained': 'Biologic disc repair (intra-annular fibrin injection): what it is and what it is not',
  'pt-or-disc-repair': 'PT or disc repair? How they differ and why they are not rivals',
  'clinic-evaluation': 'Your evaluation at the clinic: what happens and what to bring',
  'pt-after-disc-repair': 'Physical therapy after biologic disc repair',
};
