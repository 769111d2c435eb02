import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const discRepairExplained: Handout = {
  id: 'disc-repair-explained',
  title: HANDOUT_TITLES['disc-repair-explained'],
  intro: 'An injection into a torn disc: its aims, its risks and what is not yet known.',
  keyPoints: {
    points: [
      'A doctor injects a fibrin sealant into a tear in a disc’s outer ring. It does not suit everyone.',
      'The evidence is limited, and a 2026 VA review calls it very uncertain.',
      'Any injection into a disc has risks. You and the clinic decide together.',
    ],
    sources: [CLINIC_PAGES.fibrinScience, EVIDENCE.yin2014, EVIDENCE.vaFibrinReview],
  },
  sections: [
    {
      heading: 'What the treatment is',
      paragraphs: [
        'Fibrin is a protein your body makes to help blood clot. A sealant is a glue-like material; “biologic” means it is made from body proteins. A doctor injects it into the torn outer ring (intra-annular means into the ring).',
        'The clinic says the sealant it uses is approved by the FDA. That is about the sealant only, not about the disc treatment.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.fibrinScience, articleSection('How the Fibrin Procedure Works')],
      figure: 'treatment-site',
    },
    {
      heading: 'What it aims to do (aims, not promises)',
      paragraphs: [],
      bullets: [
        'Seal the tear, which may keep gel from leaking out and bothering nerves.',
        'Act as a frame that, in some patients, may help the body grow new tissue in the ring.',
        'Help steady the disc. It does not restore lost disc height (the space between the bones), and is not meant for badly worn discs or pain only from the facet or sacroiliac joints.',
      ],
      sources: [articleSection('How the Fibrin Procedure Works'), CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.fibrinScience],
    },
    {
      heading: 'What the studies show',
      paragraphs: [
        'The clinic reports that about 7 in 10 (70%) of patients it tracked were satisfied 2 or more years later, so about 3 in 10 were not. Its article says these were carefully selected patients.',
        'Its pain figures match a study of 15 people with no comparison group. A 2026 VA review found the evidence limited and very uncertain; fibrin put into the disc center eased pain no more than salt water.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.outcomes, articleSection('What the Evidence Suggests'), EVIDENCE.yin2014, EVIDENCE.vaFibrinReview],
    },
    {
      heading: 'Risks of any injection into a disc',
      paragraphs: [],
      bullets: [
        'Infection of the disc, called discitis, is rare but serious.',
        'Pain or muscle spasm may flare for a while afterward.',
        'A needle near a nerve may cause shooting pain or, rarely, nerve injury.',
        'Reactions to the numbing drug, light sedation (a relaxing drug) or X-ray dye (contrast).',
      ],
      sources: [EVIDENCE.discographyRisks, EVIDENCE.yin2014, EVIDENCE.vaFibrinReview, CLINIC_PAGES.annularTearRepair],
    },
  ],
  questions: [
    'Is a torn disc the likely cause of my pain?',
    'Which risks apply to me, and how often do you see them?',
  ],
  nextSteps: {
    steps: [
      'Mark any risk above that worries you.',
      'Ask the clinic how it decides who may fit and what the full cost would be. Take your time: you and the clinic decide together.',
    ],
    sources: [CLINIC_PAGES.cost],
  },
  tool: {
    kind: 'checklist',
    title: 'Before I decide, I have asked about:',
    how: 'Tick each one once the clinic has answered it.',
    columns: ['Done', 'Question'],
    rows: 0,
    items: ['The risks that apply to me, and other options (see “Questions about disc treatments”)', 'The full cost (people usually pay for fibrin themselves, the clinic says) and what my plan or VA community care may pay'],
  },
  closing: 'Only the clinic’s own evaluation can tell whether this treatment might fit you, and the choice is yours.',
};
