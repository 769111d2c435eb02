import type { HandoutId, PrintId } from './types';

/**
 * Handout titles on their own, so the popup can name suggested handouts without bundling the
 * handout texts. The library files take their titles from here.
 */
export const HANDOUT_TITLES: Readonly<Record<HandoutId, string>> = {
  'get-help-now': 'Back pain: when to get help now',
  'pt-when-it-helps': 'Physical therapy for back pain: when it helps most',
  'annular-tears': 'Annular tears: one possible cause of long-lasting back pain',
  'mri-report': 'Understanding your MRI report',
  'disc-repair-explained': 'Biologic disc repair: what it is, its risks and what is not known',
  'pt-or-disc-repair': 'PT or disc repair? How they differ',
  'disc-decisions': 'Questions about disc treatments: weighing your options',
  'clinic-evaluation': 'Your evaluation at the clinic: what happens and what to bring',
  'before-after-procedure': 'Before and after your disc procedure',
  'pt-after-disc-repair': 'Physical therapy after biologic disc repair',
  'long-lasting-pain': 'Living with long-lasting back pain',
};

/** Titles of everything the print page can print, the safety card included. */
export const PRINT_TITLES: Readonly<Record<PrintId, string>> = {
  'safety-card': 'Safety card on its own: when to get help now (one page)',
  ...HANDOUT_TITLES,
};
