import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const discRepairExplained: Handout = {
  id: 'disc-repair-explained',
  title: HANDOUT_TITLES['disc-repair-explained'],
  intro: 'This handout explains an injection into a torn disc called biologic disc repair. It covers what it aims to do, its risks and what is not yet known.',
  keyPoints: {
    points: [
      'A doctor injects a fibrin sealant into a tear in the outer ring of a disc. It is not right for everyone.',
      'The evidence is limited: small studies with no comparison group, and a 2026 VA review calls it very uncertain.',
      'Any injection into a disc has risks. You and the clinic decide together.',
    ],
    sources: [CLINIC_PAGES.fibrinScience, EVIDENCE.yin2014, EVIDENCE.vaFibrinReview, EVIDENCE.discographyRisks],
  },
  sections: [
    {
      heading: 'What the treatment is',
      paragraphs: [
        'Fibrin is a protein your body makes to help blood clot. A sealant is a glue-like material; “biologic” means it is made from body proteins. A doctor injects the fibrin sealant into the torn outer ring of the disc. Doctors call this intra-annular, which means into the ring.',
        'The clinic says the sealant product it uses is approved by the FDA. That statement is about the sealant only. It does not say the disc treatment itself is approved.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.fibrinScience, articleSection('How the Fibrin Procedure Works')],
      figure: 'treatment-site',
    },
    {
      heading: 'What it aims to do',
      paragraphs: ['These are aims, not promises.'],
      bullets: [
        'Seal the tear, which may keep gel from leaking out and bothering nerves.',
        'Act as a frame that, in some patients, may help the body grow new tissue in the ring.',
        'Help make the disc steadier.',
      ],
      sources: [articleSection('How the Fibrin Procedure Works')],
    },
    {
      heading: 'What the studies show',
      paragraphs: [
        'The clinic reports that about 7 in 10 (70%) of the patients it tracked were satisfied 2 or more years later. So about 3 in 10 were not. The clinic’s article says these results come from carefully selected patients.',
        'The clinic’s pain figures match a first study of 15 people that had no comparison group. A 2026 VA review found the evidence limited and, for injection into the ring, very uncertain. For fibrin put into the center of the disc, the review found it eased pain no more than a salt-water injection.',
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
        'You may react to the numbing drug, the relaxing drug (sedation) or the X-ray dye (contrast).',
      ],
      sources: [EVIDENCE.discographyRisks, EVIDENCE.yin2014, EVIDENCE.vaFibrinReview],
    },
    {
      heading: 'Cost, and how it differs from a steroid shot',
      paragraphs: [
        'A steroid shot puts a strong anti-swelling drug near the nerves. It can calm pain for a while but does not treat a tear. Most insurance plans pay for steroid shots. The clinic says people usually pay for fibrin themselves, though VA community care may cover it for veterans.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.cost],
    },
    {
      heading: 'What it is not',
      paragraphs: [],
      bullets: [
        'It does not bring back disc height, the space a healthy disc keeps between the bones.',
        'It is not meant for badly worn discs, or for pain only from the facet or sacroiliac joints.',
        'The clinic decides through its own exam whether it may fit you; you decide whether to go ahead.',
      ],
      sources: [CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.fibrinScience],
    },
  ],
  questions: [
    'Is a torn disc the likely cause of my pain?',
    'Which risks apply to me, and how often do you see them?',
    'What other choices do I have?',
  ],
  nextSteps: {
    steps: [
      'Read the risks above and mark any that worry you.',
      'Ask the clinic how it decides who may fit, and what the full cost would be.',
      'Read “Questions about disc treatments” to compare other options.',
      'Take your time; you and the clinic decide together.',
    ],
    sources: [CLINIC_PAGES.evaluation, CLINIC_PAGES.cost],
  },
  tool: {
    kind: 'checklist',
    title: 'Before I decide, I have asked about:',
    how: 'Tick each one once the clinic has answered it.',
    columns: ['Done', 'Question'],
    rows: 0,
    items: ['The risks that apply to me', 'The full cost, and what my plan or the VA may pay', 'Other options and what happens if I wait'],
  },
  closing: 'Only the clinic’s own evaluation can tell whether this treatment might fit you, and the choice is yours.',
};
