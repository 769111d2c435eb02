import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import { EXERCISE_LOG } from '../tools';
import type { Handout } from '../types';

export const ptAfterDiscRepair: Handout = {
  id: 'pt-after-disc-repair',
  title: HANDOUT_TITLES['pt-after-disc-repair'],
  intro: 'This handout is for you if you have had biologic disc repair. It explains how physical therapy (PT) can help you recover.',
  keyPoints: {
    points: [
      'Give the disc time first: for about a week, rest and take short, easy walks.',
      'PT then builds up step by step. Follow your care team’s timeline, not someone else’s.',
      'Call the clinic for a fever, pain that gets worse, or redness at the needle site.',
    ],
    sources: [CLINIC_PAGES.recovery, articleSection('Physical Therapy Following Biologic Disc Repair'), EVIDENCE.afterInjection],
  },
  sections: [
    {
      heading: 'First, give the disc time',
      paragraphs: [
        'For about the first week, the clinic advises rest and light walking. Your care team will tell you when to start PT. The clinic says most people return to normal activity in about 1 to 4 weeks, but your own timeline may differ.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.recovery, CLINIC_PAGES.annularTearRepair],
      figure: 'recovery-timeline',
    },
    {
      heading: 'What PT works on',
      paragraphs: [],
      bullets: [
        'Strength: rebuild core and back muscles that long-term pain has weakened.',
        'Range of motion: how far your back and hips can bend and turn without strain.',
        'Posture and body mechanics: ways to sit, stand and lift that protect the healing disc.',
        'Staying active: habits that keep you moving for years.',
      ],
      sources: [articleSection('Physical Therapy Following Biologic Disc Repair')],
    },
    {
      heading: 'Go step by step',
      paragraphs: [
        'Your PT plan should start gently and build over several weeks. Do not rush ahead, even if you feel good. Tell your therapist if your pain flares.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.recovery, articleSection('Physical Therapy Following Biologic Disc Repair')],
    },
    {
      heading: 'Warning signs after the procedure',
      paragraphs: [
        'Call the clinic that did your procedure the same day if you have a fever over 101 °F, redness, swelling or bleeding at the needle site, or pain that keeps getting worse. Use the safety card for emergency signs.',
      ],
      bullets: [],
      sources: [EVIDENCE.afterInjection, EVIDENCE.discographyRisks],
    },
    {
      heading: 'Why both may matter',
      paragraphs: [
        'The disc treatment aims at the tear. PT can build the muscle support around it. When your PT visits end, keep up the home exercises. Results vary from person to person.',
      ],
      bullets: [],
      sources: [articleSection('Combining Approaches for Long-Term Spine Health')],
    },
  ],
  questions: [
    'When can I start PT, and what can I do before then?',
    'Which movements should I avoid for now?',
    'When can I go back to work, sports or lifting?',
  ],
  nextSteps: {
    steps: [
      'Rest and take short, easy walks for about the first week.',
      'Start PT when your care team says, and go to each visit.',
      'Write your exercises and pain in the log below.',
      'Call the clinic for any warning sign above.',
    ],
    sources: [CLINIC_PAGES.recovery, EVIDENCE.afterInjection],
  },
  tool: EXERCISE_LOG,
  closing: 'Your care team and physical therapist set your recovery plan; call them with any concern.',
};
