import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import { EXERCISE_LOG } from '../tools';
import type { Handout } from '../types';

export const ptWhenItHelps: Handout = {
  id: 'pt-when-it-helps',
  title: HANDOUT_TITLES['pt-when-it-helps'],
  intro: 'This handout is for you if you have back pain and want to know when physical therapy (PT) is a good first step.',
  keyPoints: {
    points: [
      'Most new back pain gets better with time, and PT is usually the first step.',
      'The clinic suggests a set PT plan of about 8 to 12 weeks, with exercises at home.',
      'If pain lasts past 12 weeks (3 months) after a fair try, ask what else may be going on.',
    ],
    sources: [EVIDENCE.acp2017, CLINIC_PAGES.beforeFusion, articleSection('When Physical Therapy Is the Right Starting Point')],
  },
  sections: [
    {
      heading: 'What PT does',
      paragraphs: [
        'A physical therapist teaches you exercises and safe ways to move. The aim is a back that is strong, flexible and well lined up. Your therapist looks for weak or tight muscles and makes a plan for you.',
      ],
      bullets: [],
      sources: [articleSection('The Foundational Role of Physical Therapy in Spine Health')],
    },
    {
      heading: 'When PT tends to help most',
      paragraphs: [],
      bullets: [
        'After a new strain or sprain, PT can ease pain and get you moving again.',
        'After back surgery, PT can help you get strength and movement back.',
        'If long hours of sitting make your back ache, PT can help with posture.',
        'A strong core (belly and back muscles) can give your spine more support.',
        'Regular exercise and safe lifting may mean fewer or milder flare-ups.',
      ],
      sources: [articleSection('When Physical Therapy Works Well'), articleSection('When Physical Therapy Is the Right Starting Point')],
    },
    {
      heading: 'Give it a fair try',
      paragraphs: [
        'PT takes steady work. The clinic suggests a set plan of about 8 to 12 weeks as a first step. Do your home exercises, not just the visits. Use the log at the end to keep track.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.beforeFusion],
    },
    {
      heading: 'When to look further',
      paragraphs: [
        'Many people get better with PT, but some do not. Back pain can come from muscles, from the small joints at the back of the spine (facet joints), from the joints where the spine meets the pelvis (sacroiliac joints), or from a disc. If pain lasts past 12 weeks (3 months) after a fair try, your clinician can look for the source. A tear in a disc is one possible cause among several.',
      ],
      bullets: [],
      sources: [
        articleSection('Understanding Persistent Back Pain: Beyond the Muscles'),
        CLINIC_PAGES.annularTearRepair,
      ],
    },
  ],
  questions: [
    'What do you think is causing my back pain?',
    'Which exercises should I do at home, and how often?',
    'How long should I try PT before we look at other options?',
  ],
  nextSteps: {
    steps: [
      'Book your PT visits and go to each one.',
      'Do your home exercises most days, and write them in the log below.',
      'Keep up your everyday activities as much as you can.',
      'If your pain lasts past 12 weeks (3 months) despite PT, book a visit to talk about next steps.',
      'Keep the safety card where you can see it, and act on it if a sign appears.',
    ],
    sources: [CLINIC_PAGES.beforeFusion, EVIDENCE.stayingActive, EVIDENCE.niceNg59],
  },
  tool: EXERCISE_LOG,
  closing: 'Your physical therapist and doctor can tell you how PT fits your own back.',
};
