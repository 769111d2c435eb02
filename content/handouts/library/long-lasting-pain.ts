import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const longLastingPain: Handout = {
  id: 'long-lasting-pain',
  title: HANDOUT_TITLES['long-lasting-pain'],
  intro: 'This handout is for you if your back pain has lasted more than 12 weeks (3 months). It covers everyday steps that can help.',
  keyPoints: {
    points: [
      'Staying active helps more than rest, even if it hurts a little at first.',
      'Pace yourself: spread tasks out and build up slowly.',
      'Sleep, work and mood matter too, and help is available for each.',
    ],
    sources: [EVIDENCE.stayingActive, EVIDENCE.acp2017],
  },
  sections: [
    {
      heading: 'Stay active',
      paragraphs: [
        'Staying active can lower pain and help you do more. Long bed rest can make you stiff and weak. Some pain with activity is common and does not mean you are harming your back. Walking, exercise, yoga and tai chi are all choices guidelines list.',
      ],
      bullets: [],
      sources: [EVIDENCE.stayingActive, EVIDENCE.acp2017],
    },
    {
      heading: 'Pace yourself',
      paragraphs: [],
      bullets: [
        'Break big jobs into smaller parts with rests between.',
        'Switch between sitting, standing and walking.',
        'Add a little more each week instead of doing a lot on good days.',
      ],
      sources: [EVIDENCE.stayingActive],
    },
    {
      heading: 'Sleep',
      paragraphs: [
        'Poor sleep is common with long-lasting back pain and can make pain feel worse. Tell your clinician if you sleep badly; there are ways to help.',
      ],
      bullets: [],
      sources: [EVIDENCE.sleepAndPain, EVIDENCE.stayingActive],
    },
    {
      heading: 'Work',
      paragraphs: [
        'Staying at work, or going back step by step, is usually better than a long time off. Ask about lighter tasks or shorter hours for a while.',
      ],
      bullets: [],
      sources: [EVIDENCE.stayingActive, EVIDENCE.niceNg59],
    },
    {
      heading: 'Mood',
      paragraphs: [
        'Long-lasting pain can bring worry and low mood. Pain psychology, such as CBT (a talking therapy that builds coping skills) or mindfulness, is one of the treatments guidelines recommend. It does not mean the pain is “in your head.”',
      ],
      bullets: [],
      sources: [EVIDENCE.acp2017, EVIDENCE.niceNg59, EVIDENCE.sleepAndPain],
    },
  ],
  questions: [
    'What activity is safe for me to build up?',
    'Could pain psychology or a pain program help me?',
    'What can I do about my sleep?',
  ],
  nextSteps: {
    steps: [
      'Choose one activity you enjoy and plan it for most days.',
      'Use the log below to track activity, sleep and mood for a week.',
      'Bring the log to your next visit.',
      'Ask about pain psychology if worry or low mood holds you back.',
    ],
    sources: [EVIDENCE.stayingActive, EVIDENCE.acp2017],
  },
  tool: {
    kind: 'log',
    title: 'My week',
    how: 'Each day, note your main activity, how you slept and your mood from 0 (low) to 10 (good).',
    columns: ['Day', 'Activity', 'Sleep (good / poor)', 'Mood 0–10'],
    rows: 3,
  },
  closing: 'Your care team can help you build a plan for living well with back pain.',
};
