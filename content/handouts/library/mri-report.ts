import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const mriReport: Handout = {
  id: 'mri-report',
  title: HANDOUT_TITLES['mri-report'],
  intro: 'This handout explains words often found in a low back MRI report. It is for you if you have a report and want to understand it.',
  keyPoints: {
    points: [
      'Many MRI findings are common in people with no back pain, and become more common with age.',
      'A finding on the report does not by itself explain your pain.',
      'Your clinician puts the report together with your symptoms and exam.',
    ],
    sources: [EVIDENCE.brinjikji2015],
  },
  sections: [
    {
      heading: 'Words you may see',
      paragraphs: [],
      bullets: [
        'Annular tear or fissure: a crack in the tough outer ring of a disc.',
        'Bulge: the disc spreads a little past the edge of the bones.',
        'Protrusion or herniation: some of the soft center pushes out further in one spot.',
        'Degeneration or desiccation: wear and drying of a disc, common with age.',
        'Facet arthropathy: wear in the small joints at the back of the spine.',
      ],
      sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source'), EVIDENCE.brinjikji2015, CLINIC_PAGES.annularTearRepair],
      figure: 'disc-tear',
    },
    {
      heading: 'Common in people without pain',
      paragraphs: [
        'A large review looked at MRI scans of people who had no back pain. Disc wear was found in about 4 in 10 people aged 20 and in nearly all aged 80. Bulges rose from about 3 in 10 to about 8 in 10. Tears were found in about 2 to 3 in 10 at every age.',
      ],
      bullets: [],
      sources: [EVIDENCE.brinjikji2015],
    },
    {
      heading: 'How your clinician uses it',
      paragraphs: [
        'Your clinician checks whether a finding matches where and how you hurt. The clinic looks at the images, not only the words. Some findings point to a disc; others point to a joint or muscles.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.evaluation, CLINIC_PAGES.annularTearRepair],
    },
  ],
  questions: [
    'Which findings on my report matter for my pain?',
    'Which ones are common for my age?',
    'Do I need any other test?',
  ],
  nextSteps: {
    steps: [
      'Get a copy of your report and the images.',
      'Write the words you do not understand in the table below.',
      'Ask your clinician to explain each one at your visit.',
    ],
    sources: [CLINIC_PAGES.evaluation],
  },
  tool: {
    kind: 'log',
    title: 'Words on my report',
    how: 'Copy each word you want explained, then write what your clinician tells you.',
    columns: ['Word on my report', 'What it means for me'],
    rows: 3,
  },
  closing: 'Your clinician can explain what your own report means for you.',
};
