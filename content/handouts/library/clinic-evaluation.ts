import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import type { Handout } from '../types';

export const clinicEvaluation: Handout = {
  id: 'clinic-evaluation',
  title: HANDOUT_TITLES['clinic-evaluation'],
  intro:
    'This handout tells you what happens at your first visit and what to bring. The visit helps the clinic learn what is causing your pain and which care may fit.',
  sections: [
    {
      heading: 'What happens at the visit',
      paragraphs: [],
      bullets: [
        'You talk about your pain: where it is, how long it has lasted and what makes it better or worse.',
        'A clinician gives you a physical exam.',
        'The team looks closely at your MRI.',
        'Sometimes a test shot is used to find which disc hurts.',
        'Some people need a test called a discogram to pin down the painful disc.',
      ],
      sources: [articleSection('When Regenerative Options May Be More Appropriate'), CLINIC_PAGES.evaluation],
    },
    {
      heading: 'What to bring',
      paragraphs: [],
      bullets: [
        'Your MRI report and the images themselves.',
        'Your PT notes, with the dates you went.',
        'The dates of any back shots and how long the relief lasted.',
        'A list of all the medicines you take.',
      ],
      sources: [CLINIC_PAGES.evaluation, CLINIC_PAGES.annularTearRepair],
    },
    {
      heading: 'If you had back surgery',
      paragraphs: [
        'Bring the operative note. This is the surgeon’s report of what was done. Also bring scans from before and after surgery, a recent MRI and notes on the care you have had since.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.failedBackSurgery],
    },
    {
      heading: 'For veterans',
      paragraphs: [
        'Ask your VA team for a community care consult. Bring your recent MRI, records of PT and other care, any notes from surgery consults and your disability rating decision.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.veteranAccess],
    },
    {
      heading: 'Who decides',
      paragraphs: [
        'The clinic uses this evaluation to decide if a treatment fits you. Not everyone is a match for disc repair. If your pain seems to come from somewhere else, the team may point you to other care.',
      ],
      bullets: [],
      sources: [articleSection('Deciding What May Be Right for You'), CLINIC_PAGES.evaluation, CLINIC_PAGES.fibrinVsFusion],
    },
  ],
  questions: [
    'What tests will I need, and why?',
    'Will I need a discogram or a test shot?',
    'Are any of my records still missing?',
    'How will you decide which care fits me?',
    'What happens if disc repair is not a good fit for me?',
  ],
};
