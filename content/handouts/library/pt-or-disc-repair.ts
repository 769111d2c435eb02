import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import type { Handout } from '../types';

export const ptOrDiscRepair: Handout = {
  id: 'pt-or-disc-repair',
  title: HANDOUT_TITLES['pt-or-disc-repair'],
  intro:
    'This handout is for you if you are weighing physical therapy (PT) against biologic disc repair. In short, they do different jobs and can work together.',
  sections: [
    {
      heading: 'Two tools for two jobs',
      paragraphs: [
        'PT works on your muscles, the way you move and your posture. Biologic disc repair is a shot aimed at a tear in the outer ring of a disc. One is not better than the other. They deal with different problems.',
      ],
      bullets: [],
      sources: [
        articleSection('Physical Therapy vs. Biologic Disc Repair: Key Differences'),
        articleSection('The Foundational Role of Physical Therapy in Spine Health'),
      ],
    },
    {
      heading: 'When PT is usually the first step',
      paragraphs: [],
      bullets: [
        'Your pain is new and came from a strain or small injury.',
        'Tight or weak muscles, a sprain or posture seem to drive the pain.',
        'Your scans show only mild disc changes and no clear tear.',
        'You are getting ready for surgery or healing after it.',
        'You want to stay fit and avoid future flare-ups.',
      ],
      sources: [articleSection('When Physical Therapy Is the Right Starting Point')],
    },
    {
      heading: 'When a disc repair evaluation may make sense',
      paragraphs: [
        'Even then, only the clinic’s own evaluation can show if the treatment fits you.',
      ],
      bullets: [
        'Your pain has lasted more than 12 weeks despite a real effort at PT and other care.',
        'Your MRI shows a tear or other damage inside a disc that likely explains the pain.',
        'You want to avoid or put off back surgery.',
        'Steroid shots helped, but only for a short time.',
      ],
      sources: [articleSection('When Regenerative Options May Be More Appropriate'), CLINIC_PAGES.evaluation],
    },
    {
      heading: 'You can use both',
      paragraphs: [
        'You don’t have to pick just one. One plan is to treat the torn disc first. Then, after a time to heal, PT can build strength and good movement habits. Results vary, and your plan should fit your own case.',
      ],
      bullets: [],
      sources: [
        articleSection('Combining Approaches for Long-Term Spine Health'),
        articleSection('Physical Therapy Following Biologic Disc Repair'),
      ],
    },
    {
      heading: 'Find the real source of pain',
      paragraphs: [
        'The right choice depends on what is causing your pain. Is it your muscles, your posture or a disc? If PT has not helped, more of the same may not be the answer. A closer look might be.',
      ],
      bullets: [],
      sources: [articleSection('Deciding What May Be Right for You')],
    },
  ],
  questions: [
    'What do you think is the main cause of my pain?',
    'Have I given PT a fair try?',
    'Would a closer look at my discs help?',
    'If I have disc repair, when would I start PT?',
    'What are the pros and cons of each choice for me?',
  ],
};
