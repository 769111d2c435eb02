import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import type { Handout } from '../types';

export const ptAfterDiscRepair: Handout = {
  id: 'pt-after-disc-repair',
  title: HANDOUT_TITLES['pt-after-disc-repair'],
  intro:
    'This handout is for you if you have had biologic disc repair or plan to. It explains how physical therapy (PT) can help you recover.',
  sections: [
    {
      heading: 'First, give the disc time',
      paragraphs: [
        'Right after the treatment, your disc needs time to settle. For about the first week, the clinic advises rest and light walking. Your care team will tell you when to start PT.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.recovery, articleSection('Physical Therapy Following Biologic Disc Repair')],
    },
    {
      heading: 'What PT works on',
      paragraphs: [
        'Your therapist will set up a plan that builds over several weeks. It often covers four areas.',
      ],
      bullets: [
        'Strength: rebuild your core and back muscles, which often get weak from long-term pain.',
        'Flexibility: get back a healthy range of motion in your spine and nearby joints.',
        'Posture and body mechanics: learn to sit, stand and lift in ways that protect the healing disc.',
        'Staying active: build habits that can keep you moving for years to come.',
      ],
      sources: [articleSection('Physical Therapy Following Biologic Disc Repair')],
    },
    {
      heading: 'Go step by step',
      paragraphs: [
        'Your PT plan should start gently and build up over time. Don’t rush ahead, even if you feel good. Tell your therapist if your pain flares up.',
        'Follow your care team’s timeline. It may not match someone else’s.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.recovery, articleSection('Physical Therapy Following Biologic Disc Repair')],
    },
    {
      heading: 'Why both matter',
      paragraphs: [
        'The disc treatment aims at the tear. PT can build the muscle support around it. Together they may give your back a stronger base. Results vary from person to person.',
        'When your PT visits end, keep up the home exercises your therapist gave you.',
      ],
      bullets: [],
      sources: [articleSection('Combining Approaches for Long-Term Spine Health')],
    },
  ],
  questions: [
    'When can I start PT, and what can I do before then?',
    'Which movements should I avoid for now?',
    'What pain is normal while I heal, and what is not?',
    'How long will my PT program last?',
    'When can I go back to work, sports or lifting?',
  ],
};
