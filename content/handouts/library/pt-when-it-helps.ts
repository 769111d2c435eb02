import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import type { Handout } from '../types';

export const ptWhenItHelps: Handout = {
  id: 'pt-when-it-helps',
  title: HANDOUT_TITLES['pt-when-it-helps'],
  intro:
    'This handout is for you if you have back pain and want to know when physical therapy (PT) is a good first step.',
  sections: [
    {
      heading: 'What PT does',
      paragraphs: [
        'A physical therapist teaches you exercises and safe ways to move. The goal is a back that is strong, loose and well lined up. Your therapist looks for weak or tight muscles and makes a plan just for you.',
      ],
      bullets: [],
      sources: [articleSection('The Foundational Role of Physical Therapy in Spine Health')],
    },
    {
      heading: 'When PT tends to help most',
      paragraphs: [],
      bullets: [
        'A new strain or sprain: PT can ease the pain and get you moving again.',
        'After back surgery: PT can help you get your strength and movement back.',
        'Poor posture: PT can help if long hours of sitting make your back ache.',
        'Weak or uneven muscles: a strong core (your belly and back muscles) can give your spine more support.',
        'Staying well: regular exercise and safe lifting may mean fewer or milder flare-ups.',
      ],
      sources: [
        articleSection('When Physical Therapy Works Well'),
        articleSection('When Physical Therapy Is the Right Starting Point'),
      ],
    },
    {
      heading: 'Give it a fair try',
      paragraphs: [
        'PT takes steady work. The clinic suggests a set PT plan of about 8 to 12 weeks as a first step. Do your home exercises, not just the visits.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.beforeFusion],
    },
    {
      heading: 'When to look further',
      paragraphs: [
        'Many people get better with PT. But some do not, even after a fair try. If your pain lasts more than 12 weeks, the cause may be in a disc, not in your muscles. A tear in the disc is one example.',
        'If that sounds like you, ask your clinician if a closer look makes sense.',
      ],
      bullets: [],
      sources: [
        articleSection('Understanding Persistent Back Pain: Beyond the Muscles'),
        articleSection('When Regenerative Options May Be More Appropriate'),
      ],
    },
  ],
  questions: [
    'What do you think is causing my back pain?',
    'Which exercises should I do at home, and how often?',
    'How long should I try PT before we look at other options?',
    'How should I sit, stand and lift to protect my back?',
    'What signs mean I should call you sooner?',
  ],
};
