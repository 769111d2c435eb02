import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import { SYMPTOM_LOG } from '../tools';
import type { Handout } from '../types';

export const ptOrDiscRepair: Handout = {
  id: 'pt-or-disc-repair',
  title: HANDOUT_TITLES['pt-or-disc-repair'],
  intro: 'This handout is for you if you are weighing physical therapy (PT) and biologic disc repair. They do different jobs, and PT usually comes first.',
  keyPoints: {
    points: [
      'PT is the usual first step for back pain. Disc repair is aimed only at a tear in a disc.',
      'An evaluation for disc repair makes sense only when several things are true together.',
      'The two can be used one after the other. You and the clinic decide together.',
    ],
    sources: [EVIDENCE.acp2017, articleSection('When Regenerative Options May Be More Appropriate'), CLINIC_PAGES.annularTearRepair],
  },
  sections: [
    {
      heading: 'Two different jobs',
      paragraphs: [
        'PT works on your muscles, the way you move and your posture. Biologic disc repair is an injection aimed at a tear in the outer ring of a disc. Guidelines advise exercise and other care without drugs or needles as the first step for most back pain.',
      ],
      bullets: [],
      sources: [
        articleSection('Physical Therapy vs. Biologic Disc Repair: Key Differences'),
        articleSection('The Foundational Role of Physical Therapy in Spine Health'),
        EVIDENCE.acp2017,
      ],
    },
    {
      heading: 'When PT is usually the first step',
      paragraphs: [],
      bullets: [
        'Your pain is new and came from a strain or small injury.',
        'Tight or weak muscles, a sprain or posture seem to drive the pain.',
        'Your scans show only mild disc changes (wear that is common with age) and no clear tear.',
      ],
      sources: [articleSection('When Physical Therapy Is the Right Starting Point')],
    },
    {
      heading: 'When an evaluation may make sense',
      paragraphs: ['The clinic looks for all of these together. One alone is not enough.'],
      bullets: [
        'Pain has lasted past 12 weeks (3 months) despite a real effort at PT and other care.',
        'Your MRI shows a tear that likely explains the pain, and the disc is not badly worn.',
        'Your scans match where and how you feel pain.',
        'Wanting to avoid surgery, or steroid shots that helped only briefly, can be part of the picture but are not reasons on their own.',
      ],
      sources: [articleSection('When Regenerative Options May Be More Appropriate'), CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.evaluation],
    },
    {
      heading: 'Other sources of pain',
      paragraphs: [
        'Pain can also come from the small joints at the back of the spine (facet joints) or where the spine meets the pelvis (sacroiliac joints). Disc repair is not meant for pain only from these joints.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.fibrinVsFusion],
    },
    {
      heading: 'Using both',
      paragraphs: [
        'One plan the clinic describes is to treat the torn disc first. Then, after time to heal, PT can build strength and good movement habits. Results vary, and your plan should fit your own case.',
      ],
      bullets: [],
      sources: [articleSection('Combining Approaches for Long-Term Spine Health'), articleSection('Physical Therapy Following Biologic Disc Repair')],
    },
  ],
  questions: [
    'What do you think is the main cause of my pain?',
    'Have I given PT a fair try?',
    'What are the pros and cons of each choice for me?',
  ],
  nextSteps: {
    steps: [
      'If you have not had a full course of PT, start there (about 8 to 12 weeks).',
      'Keep the symptom log below.',
      'If pain lasts past 12 weeks (3 months) despite PT, ask your clinician what may be causing it.',
      'Bring your records and questions to your visit.',
    ],
    sources: [CLINIC_PAGES.beforeFusion, CLINIC_PAGES.evaluation],
  },
  tool: SYMPTOM_LOG,
  closing: 'Your clinician can help you work out which care fits your pain, and you decide together.',
};
