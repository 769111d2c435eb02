import { GUIDELINES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import { SYMPTOM_LOG } from '../tools';
import type { Handout } from '../types';

export const getHelpNow: Handout = {
  id: 'get-help-now',
  title: HANDOUT_TITLES['get-help-now'],
  intro: 'This handout is for anyone with back pain. It explains the few signs that need care fast, and what to do.',
  keyPoints: {
    points: [
      'Most back pain is not an emergency and gets better with time.',
      'A few signs mean nerves may be squeezed: go to the emergency department or call 911 now.',
      'Other signs mean you should call your doctor today.',
    ],
    sources: [EVIDENCE.acp2017, GUIDELINES.caudaEquina, GUIDELINES.redFlags],
  },
  sections: [
    {
      heading: 'Why the emergency signs matter',
      paragraphs: [
        'A bundle of nerves runs down from the bottom of the spine. Doctors call it the cauda equina. If something presses hard on it, you can lose feeling between your legs and control of your bladder or bowels. This needs care within hours, so do not wait for an appointment.',
      ],
      bullets: [],
      sources: [GUIDELINES.caudaEquina, EVIDENCE.niceNg59],
    },
    {
      heading: 'Why the other signs matter',
      paragraphs: [
        'Rarely, back pain comes from an infection, a cancer or a broken bone in the spine. Fever, past cancer, weight loss, a fall or thin bones make these more likely. Your doctor can check you and decide on tests.',
      ],
      bullets: [],
      sources: [GUIDELINES.redFlags],
    },
    {
      heading: 'When you call or go',
      paragraphs: [],
      bullets: [
        'Say that you have back pain and which sign you have.',
        'Say when it started and whether it is getting worse.',
        'Bring a list of your medicines and this handout.',
      ],
      sources: [GUIDELINES.redFlags, EVIDENCE.injectionPrep],
    },
    {
      heading: 'Most back pain is not an emergency',
      paragraphs: [
        'Most new back pain gets better over a few weeks. Staying active as you can helps more than bed rest. Pain with movement does not always mean harm.',
      ],
      bullets: [],
      sources: [EVIDENCE.acp2017, EVIDENCE.stayingActive],
    },
  ],
  questions: [
    'Which of these signs should I watch for most?',
    'Whom should I call after hours?',
    'When should I come back if my pain does not get better?',
  ],
  nextSteps: {
    steps: [
      'Keep the safety card on page 1 where you can see it, such as on the fridge.',
      'Write your doctor’s phone number on it if it is not printed at the top.',
      'If you have any emergency sign, go to the emergency department or call 911 now.',
      'If you have any other sign, call your doctor today.',
      'Use the log below to note changes in your pain.',
    ],
    sources: [GUIDELINES.caudaEquina, GUIDELINES.redFlags],
  },
  tool: SYMPTOM_LOG,
  closing: 'When in doubt about a sign on the card, get checked the same day.',
};
