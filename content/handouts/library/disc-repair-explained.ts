import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import type { Source } from '../../checklist/sources';
import type { Handout } from '../types';

const recoveryPage: Source = {
  label: 'Clinic page: Recovery after intra-annular fibrin injection',
  url: 'https://valorspine.com/?p=3862',
};
const costPage: Source = {
  label: 'Clinic page: Cost of fibrin disc treatment compared with epidural injections',
  url: 'https://valorspine.com/?p=3833',
};
const outcomesPage: Source = {
  label: 'Clinic page: Outcomes of intra-annular fibrin injection',
  url: 'https://valorspine.com/?p=3852',
};
const veteranPage: Source = {
  label: 'Clinic page: Veteran access and coverage for spinal fusion alternatives',
  url: 'https://valorspine.com/veteran-access-coverage-spinal-fusion-alternatives/',
};

export const discRepairExplained: Handout = {
  id: 'disc-repair-explained',
  title: 'Biologic disc repair (intra-annular fibrin injection): what it is and what it is not',
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
        'These are aims, not promises. The clinic reports that 70% of people in the results it shares were satisfied 2 or more years later, but results vary.',
      ],
      bullets: [
        'Fill and seal the tear, which may keep gel from leaking out and bothering nerves.',
        'Act as a frame that your body may use to grow new tissue.',
        'Help make the disc more steady.',
      ],
      sources: [articleSection('How the Fibrin Procedure Works'), articleSection('What the Evidence Suggests'), outcomesPage],
    },
    {
      heading: 'How it differs from a steroid shot',
      paragraphs: [
        'A steroid shot calms swelling and pain for a while. It does not treat the tear. Fibrin is aimed at the tear itself.',
        'Most insurance plans pay for steroid shots. The clinic says people usually pay for the fibrin treatment themselves. For veterans, VA community care may cover it.',
      ],
      bullets: [],
      sources: [articleSection('How the Fibrin Procedure Works'), costPage, veteranPage],
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
      sources: [CLINIC_PAGES.annularTearRepair, recoveryPage],
    },
    {
      heading: 'Recovery',
      paragraphs: [
        'For the first week, rest and take short, easy walks. Then build back up step by step. The clinic says most people get back to normal activity in about 1 to 4 weeks. Your own timeline may be different.',
      ],
      bullets: [],
      sources: [recoveryPage, CLINIC_PAGES.annularTearRepair],
    },
    {
      heading: 'What it is not',
      paragraphs: [],
      bullets: [
        'It does not bring back disc height that has been lost.',
        'It is not meant for discs that are badly worn down.',
        'It is not right for everyone, and the clinic decides through its own exam.',
      ],
      sources: [CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.fibrinScience, CLINIC_PAGES.evaluation],
    },
  ],
  questions: [
    'Is a torn disc the likely cause of my pain?',
    'What tests do I need to know if this could fit me?',
    'What are the risks and side effects?',
    'How much will it cost, and could my plan or the VA pay any of it?',
    'What should I do and avoid in the weeks after?',
    'What other choices do I have?',
  ],
};
