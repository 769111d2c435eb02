import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import type { Handout } from '../types';

export const annularTears: Handout = {
  id: 'annular-tears',
  title: HANDOUT_TITLES['annular-tears'],
  intro:
    'This handout explains a disc problem that is easy to miss. It is for you if your back pain has lasted for months.',
  sections: [
    {
      heading: 'Your spinal discs',
      paragraphs: [
        'Soft pads called discs sit between the bones of your spine. Each disc has two parts. The outer ring is tough and strong. Doctors call it the annulus. The center is a soft gel. Doctors call it the nucleus.',
      ],
      bullets: [],
      sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source')],
    },
    {
      heading: 'What an annular tear is',
      paragraphs: [
        'An annular tear is a crack or split in the outer ring. It can come from an injury. It can also form slowly as the disc wears with age. A tear can be hard to spot, so it is often missed.',
      ],
      bullets: [],
      sources: [
        articleSection('Annular Tears: A Frequently Overlooked Pain Source'),
        CLINIC_PAGES.annularTearRepair,
      ],
    },
    {
      heading: 'Why a tear can hurt',
      paragraphs: [],
      bullets: [
        'The outer ring has nerves that sense pain, and a tear can set them off.',
        'Gel from the center can leak out through the tear and bother nearby nerves.',
        'This leak can cause pain that lingers or runs down your leg, like sciatica.',
        'A large tear can make the disc less steady, which may keep the pain going.',
      ],
      sources: [articleSection('Annular Tears: A Frequently Overlooked Pain Source')],
    },
    {
      heading: 'Why exercise alone may not be enough',
      paragraphs: [
        'PT can build strong muscles around your spine. That support can ease some pain. But exercise can’t close up a torn ring. If the tear is the main source of pain, stronger muscles may only help part of the way.',
      ],
      bullets: [],
      sources: [
        articleSection('Annular Tears: A Frequently Overlooked Pain Source'),
        articleSection('Understanding Persistent Back Pain: Beyond the Muscles'),
      ],
    },
    {
      heading: 'How a tear is found',
      paragraphs: [
        'An MRI scan can show signs of a tear. Sometimes a test called a discogram helps find which disc is the one that hurts. Your clinician checks that the scans match where and how you feel pain.',
      ],
      bullets: [],
      sources: [
        articleSection('When Regenerative Options May Be More Appropriate'),
        CLINIC_PAGES.evaluation,
        CLINIC_PAGES.annularTearRepair,
      ],
    },
  ],
  questions: [
    'Could a torn disc be part of my pain?',
    'Does my MRI show a tear, and if so, where?',
    'Do my scans match where I feel pain?',
    'Is more PT likely to help me, or should we look at other options?',
    'What tests would tell us more?',
  ],
};
