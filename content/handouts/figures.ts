import type { FigureId } from './types';

/**
 * Alt text and caption of each original drawing (components/HandoutFigure.tsx). The alt text says
 * what the picture shows; the caption says why it matters. The facts are those of the section the
 * figure sits in, and cite that section's sources.
 */
export const FIGURES: Readonly<Record<FigureId, { alt: string; caption: string }>> = {
  'disc-tear': {
    alt: 'A spinal disc seen from above: a tough outer ring made of layers around a soft center, with a crack running through the ring.',
    caption: 'A disc seen from above. The crack in the outer ring is an annular tear.',
  },
  'treatment-site': {
    alt: 'A side view of the lower spine: three bones with discs between them. One disc is marked where the treatment is given. An X-ray camera above shows the doctor the way.',
    caption: 'The doctor uses X-ray pictures to guide a thin needle to the marked disc.',
  },
  'recovery-timeline': {
    alt: 'A timeline from left to right: the day of the procedure, rest and short walks in week 1, PT starting when the care team says, and building up activity over weeks 2 to 4.',
    caption: 'A typical path back to activity. The clinic gives about 1 to 4 weeks; yours may differ.',
  },
};
