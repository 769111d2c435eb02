import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import type { Handout } from '../types';

export const discRepairExplained: Handout = {
  id: 'disc-repair-explained',
  title: HANDOUT_TITLES['disc-repair-explained'],
  intro:
    'This handout explains a shot into a torn disc called biologic disc repair. It covers what it may do, what it can’t do, and what the day is like.',
  sections: [
    {
      heading: 'What fibrin is',
      paragraphs: [
        'Fibrin is a protein your body makes to help blood clot and wounds close. In this treatment, a doctor puts a fibrin sealant into the tear in the outer ring of your disc. The clinic says the sealant it uses is approved by the FDA.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.fibrinScience, articleSection('How the Fibrin Procedure Works')],
    },
    {
      heading: 'What it may do',
      paragraphs: [
        'These are aims, not promises. The clinic reports that 70% of the patients it tracked were satisfied 2 or more years later. Results vary.',
      ],
      bullets: [
        'Fill and seal the tear, which may keep gel from leaking out and bothering nerves.',
        'Act as a frame that your body may use to grow new tissue.',
        'Help make the disc more steady.',
      ],
      sources: [articleSection('How the Fibrin Procedure Works'), articleSection('What the Evidence Suggests'), CLINIC_PAGES.outcomes],
    },
    {
      heading: 'How it differs from a steroid shot',
      paragraphs: [
        'A steroid shot can calm swelling and pain for a while. It does not treat the tear. Fibrin is aimed at the tear itself.',
        'Most insurance plans pay for steroid shots. The clinic says people usually pay for the fibrin treatment themselves.',
      ],
      bullets: [],
      sources: [articleSection('How the Fibrin Procedure Works'), CLINIC_PAGES.cost],
    },
    {
      heading: 'The day of the treatment',
      paragraphs: [],
      bullets: [
        'You lie face down on a table.',
        'The doctor uses X-ray pictures to guide a thin needle to the disc.',
        'You get numbing medicine and a mild drug to help you relax.',
        'It takes about 15 to 20 minutes for each disc.',
        'Most people go home the same day.',
      ],
      sources: [CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.recovery],
    },
    {
      heading: 'Recovery',
      paragraphs: [
        'For the first week, rest and take short, easy walks. Then build back up step by step. The clinic says most people get back to normal activity in about 1 to 4 weeks. Your own timeline may be different.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.recovery, CLINIC_PAGES.annularTearRepair],
    },
    {
      heading: 'What it is not',
      paragraphs: [],
      bullets: [
        'It does not bring back disc height that has been lost.',
        'It is not meant for discs that are badly worn down.',
        'It is not right for everyone, and the clinic decides through its own exam.',
      ],
      sources: [CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.fibrinScience],
    },
  ],
  questions: [
    'Is a torn disc the likely cause of my pain?',
    'What tests do I need to know if this could fit me?',
    'What are the risks and side effects?',
    'How much will it cost, and could my plan pay any of it?',
    'What other choices do I have?',
  ],
};
