import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import { SYMPTOM_LOG } from '../tools';
import type { Handout } from '../types';

export const annularTears: Handout = {
  id: 'annular-tears',
  title: HANDOUT_TITLES['annular-tears'],
  intro: 'This handout explains one disc problem that can cause back pain. It is for you if your back pain has lasted for months.',
  keyPoints: {
    points: [
      'An annular tear is a crack in the tough outer ring of a disc. It is one possible cause of back pain.',
      'Tears are also common in people with no back pain, so a tear on a scan does not prove it is the cause.',
      'Your clinician checks whether your exam and scans match where and how you hurt.',
    ],
    sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source'), EVIDENCE.brinjikji2015, CLINIC_PAGES.annularTearRepair],
  },
  sections: [
    {
      heading: 'Your discs, and what a tear is',
      paragraphs: [
        'Discs are soft pads between the bones of your spine. Each disc has a tough outer ring, which doctors call the annulus. Inside is a soft, gel-like center, called the nucleus. An annular tear is a crack in the outer ring, from an injury or slow wear with age.',
      ],
      bullets: [],
      sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source'), CLINIC_PAGES.annularTearRepair],
      figure: 'disc-tear',
    },
    {
      heading: 'How a tear may cause pain',
      paragraphs: [],
      bullets: [
        'The outer ring has nerves that sense pain, and a tear may set them off.',
        'Gel from the center may leak through the tear and bother nearby nerves.',
        'This can cause pain that lingers or runs down a leg, like sciatica.',
      ],
      sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source')],
    },
    {
      heading: 'Tears are common in people without pain',
      paragraphs: [
        'A large review of MRI studies looked at people who had no back pain. About 2 in 10 people aged 20 had a tear, and about 3 in 10 aged 80. Bulging discs and wear were even more common. So a tear on your scan may or may not explain your pain.',
      ],
      bullets: [],
      sources: [EVIDENCE.brinjikji2015],
    },
    {
      heading: 'What exercise can and cannot do',
      paragraphs: [
        'PT can build the muscles that support your spine, which may ease some pain. The clinic’s article says exercise generally cannot mend a torn ring directly. If a tear is the main source of pain, muscle work alone may help only part of the way.',
      ],
      bullets: [],
      sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source')],
    },
    {
      heading: 'How a tear is found',
      paragraphs: [
        'An MRI scan can show signs of a tear. Some people also need a discogram. In this test a thin needle puts dye into a disc to see if it brings on your usual pain. It has its own risks, such as a rare infection of the disc.',
      ],
      bullets: [],
      sources: [articleSection('When Regenerative Options May Be More Appropriate'), CLINIC_PAGES.evaluation, EVIDENCE.discographyRisks],
    },
  ],
  questions: [
    'Could a torn disc be part of my pain, or could it be a joint or muscle?',
    'Does my MRI show a tear, and does it match where I feel pain?',
    'What tests would tell us more, and what are their risks?',
  ],
  nextSteps: {
    steps: [
      'Get a copy of your MRI report and ask for the images too.',
      'Fill in the symptom log below for a week.',
      'Keep doing the activity and exercises your clinician advised.',
      'Bring the log and your questions to your next visit.',
    ],
    sources: [CLINIC_PAGES.evaluation, EVIDENCE.stayingActive],
  },
  tool: SYMPTOM_LOG,
  closing: 'Only an exam together with your scans can show whether a tear is part of your pain.',
};
