import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const clinicEvaluation: Handout = {
  id: 'clinic-evaluation',
  title: HANDOUT_TITLES['clinic-evaluation'],
  intro: 'This handout tells you what happens at your first visit and what to bring.',
  keyPoints: {
    points: [
      'The visit is to find the cause of your pain and which care may fit. It is not a promise of any treatment.',
      'Bring your MRI report and images, PT notes, injection dates and a list of your medicines.',
      'The clinic decides whether a treatment may fit; you decide whether to go ahead.',
    ],
    sources: [CLINIC_PAGES.evaluation, articleSection('Deciding What May Be Right for You')],
  },
  sections: [
    {
      heading: 'What happens at the visit',
      paragraphs: [],
      bullets: [
        'You talk about your pain: where it is, how long it has lasted and what makes it better or worse.',
        'A clinician examines you, and the team looks closely at your MRI.',
        'Sometimes a test injection of numbing medicine shows which spot hurts.',
        'Some people need a discogram: a thin needle puts dye into a disc to see if it brings on the usual pain. It has its own risks, such as a rare disc infection.',
      ],
      sources: [articleSection('When Regenerative Options May Be More Appropriate'), CLINIC_PAGES.evaluation, EVIDENCE.discographyRisks],
    },
    {
      heading: 'Getting your MRI to the clinic',
      paragraphs: [
        'Ask the place that did your MRI for the written report and for the images, on a disc or by a secure link. The team looks at the images, not just the report.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.evaluation, EVIDENCE.injectionPrep],
    },
    {
      heading: 'If you had back surgery',
      paragraphs: [
        'Bring the operative note, which is the surgeon’s report of what was done. Also bring scans from before and after surgery, a recent MRI, and notes on the care you have had since.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.failedBackSurgery],
    },
    {
      heading: 'For veterans',
      paragraphs: [
        'Ask your VA care team for a community care consult. This is a VA referral to see a doctor outside the VA. Bring your recent MRI, PT and other care records, any surgery consult notes and your disability rating decision. The clinic says VA community care may cover its fibrin treatment.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.veteranAccess, CLINIC_PAGES.cost],
    },
    {
      heading: 'Who decides',
      paragraphs: [
        'The clinic uses this evaluation to judge whether a treatment may fit you. Many people are not a match for disc repair. If your pain seems to come from somewhere else, such as a joint, the team may point you to other care.',
      ],
      bullets: [],
      sources: [articleSection('Deciding What May Be Right for You'), CLINIC_PAGES.evaluation, CLINIC_PAGES.fibrinVsFusion],
    },
  ],
  questions: [
    'What tests will I need, and what are their risks?',
    'How will you decide which care fits me?',
    'What happens if disc repair is not a good fit for me?',
  ],
  nextSteps: {
    steps: [
      'Tick off each record in the checklist below as you gather it.',
      'Ask the MRI center for your images at least a week before the visit.',
      'If you are a veteran, ask your VA team for a community care consult first.',
      'If a record is missing, call the clinic before your visit.',
    ],
    sources: [CLINIC_PAGES.evaluation, CLINIC_PAGES.veteranAccess],
  },
  tool: {
    kind: 'checklist',
    title: 'What to bring: tick each one',
    how: 'Tick each item when it is ready. Write what is missing in the notes.',
    columns: ['Ready', 'Item', 'Notes'],
    rows: 0,
    items: [
      'MRI report and images',
      'PT notes, with dates',
      'Dates of back injections and how long relief lasted',
      'List of all your medicines',
      'Surgery notes and scans, if you had surgery',
    ],
  },
  closing: 'At the visit, the clinic can tell you which care may fit, and you decide together.',
};
