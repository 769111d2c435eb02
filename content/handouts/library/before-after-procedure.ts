import { CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const beforeAfterProcedure: Handout = {
  id: 'before-after-procedure',
  title: HANDOUT_TITLES['before-after-procedure'],
  intro: 'This handout is for you if you have a disc procedure booked. It covers how to get ready, the day itself, and the first weeks after.',
  keyPoints: {
    points: [
      'Arrange an adult to drive you home, and tell the clinic about blood thinners and allergies.',
      'Soreness for a few days is common; fever, redness at the needle site or worsening pain is not.',
      'Rest and take short walks for about a week, then build up as your care team says.',
    ],
    sources: [EVIDENCE.injectionPrep, EVIDENCE.afterInjection, CLINIC_PAGES.recovery],
  },
  sections: [
    {
      heading: 'Before the day',
      paragraphs: [],
      bullets: [
        'Arrange an adult to drive you home; you will get a drug to relax you (sedation).',
        'Tell the clinic if you take a blood thinner, such as warfarin or clopidogrel, or aspirin.',
        'Do not stop a blood thinner on your own; the doctor who prescribed it must agree.',
        'Tell the clinic about allergies to medicines, latex or X-ray dye.',
        'Tell the clinic if you get sick, for example with a fever or cold.',
      ],
      sources: [EVIDENCE.injectionPrep, CLINIC_PAGES.annularTearRepair],
    },
    {
      heading: 'The day itself',
      paragraphs: [
        'You lie face down. The doctor numbs the skin and uses X-ray pictures to guide a thin needle to the disc. It takes about 15 to 20 minutes for each disc, and most people go home the same day.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.annularTearRepair, CLINIC_PAGES.recovery],
      figure: 'treatment-site',
    },
    {
      heading: 'What is common afterward',
      paragraphs: [
        'Soreness where the needle went in, and a flare of your usual pain for a few days, are common. Do not drive on the day of the procedure.',
      ],
      bullets: [],
      sources: [EVIDENCE.afterInjection, EVIDENCE.discographyRisks],
    },
    {
      heading: 'Warning signs: call the clinic the same day',
      paragraphs: [],
      bullets: [
        'A fever over 101 °F, or chills.',
        'Redness, swelling, warmth or bleeding at the needle site.',
        'Pain that keeps getting worse instead of settling.',
        'Trouble passing urine, or any sign on the safety card: follow the card.',
      ],
      sources: [EVIDENCE.afterInjection, EVIDENCE.discographyRisks],
    },
    {
      heading: 'Whom to call',
      paragraphs: [
        'Call the clinic that did your procedure; its phone number is at the top of this page. If you cannot reach it and a warning sign gets worse, go to urgent care or the emergency department.',
      ],
      bullets: [],
      sources: [EVIDENCE.afterInjection],
    },
  ],
  questions: [
    'Which of my medicines should I stop, and when?',
    'Whom do I call after hours, and when can I drive, work and start PT?',
  ],
  nextSteps: {
    steps: [
      'Book your driver now.',
      'Ask the doctor who prescribes any blood thinner what to do before the day.',
      'Follow the day-by-day plan below, and call the clinic for any warning sign.',
    ],
    sources: [EVIDENCE.injectionPrep, CLINIC_PAGES.recovery],
  },
  tool: {
    kind: 'checklist',
    title: 'My day-by-day plan (tick each day)',
    how: 'The clinic gives about 1 to 4 weeks for a return to normal activity. Your care team may change this plan.',
    columns: ['Done', 'What to do'],
    rows: 0,
    items: [
      'Day of the procedure: go home with your driver and rest. No driving.',
      'Days 1 to 7: rest, with short, easy walks a few times a day.',
      'Week 2: longer walks; start PT when your care team says.',
      'Weeks 2 to 4: build up daily activity step by step, as advised.',
    ],
  },
  closing: 'Your care team sets your plan; call the clinic with any question about your recovery.',
};
