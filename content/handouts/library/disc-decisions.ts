import { articleSection, CLINIC_PAGES } from '../../checklist/sources';
import { HANDOUT_TITLES } from '../catalog';
import { EVIDENCE } from '../evidence';
import type { Handout } from '../types';

export const discDecisions: Handout = {
  id: 'disc-decisions',
  title: HANDOUT_TITLES['disc-decisions'],
  intro: 'This handout helps you compare choices for long-lasting back pain that may come from a disc. Use it to talk with your clinician.',
  keyPoints: {
    points: [
      'You have several options, including more PT, pain psychology, injections and surgery.',
      'Each has its own benefits, risks and costs, and the evidence is stronger for some than others.',
      'There is no rush in most cases. You and the clinic decide together.',
    ],
    sources: [EVIDENCE.acp2017, EVIDENCE.niceNg59, articleSection('Deciding What May Be Right for You')],
  },
  sections: [
    {
      heading: 'Options without needles',
      paragraphs: [],
      bullets: [
        'More PT or exercise: guidelines advise exercise first for long-lasting back pain.',
        'Pain psychology: a talking therapy such as CBT (cognitive behavioral therapy) teaches skills to cope with pain and get back to activities.',
        'Guidelines suggest combining exercise with a psychological approach when pain holds you back.',
        'Yoga, tai chi, mindfulness and acupuncture are other choices guidelines list.',
      ],
      sources: [EVIDENCE.acp2017, EVIDENCE.niceNg59],
    },
    {
      heading: 'Injections',
      paragraphs: [],
      bullets: [
        'A steroid shot can calm pain for a while but does not treat a tear. Most insurance plans pay for it.',
        'Biologic disc repair puts a fibrin sealant into a torn disc ring. The clinic reports that about 7 in 10 patients it tracked were satisfied 2 or more years later, so about 3 in 10 were not.',
        'A 2026 VA review found the evidence for fibrin limited and very uncertain.',
        'Any injection into a disc has risks, such as a rare but serious disc infection.',
      ],
      sources: [CLINIC_PAGES.cost, CLINIC_PAGES.outcomes, EVIDENCE.vaFibrinReview, EVIDENCE.discographyRisks],
    },
    {
      heading: 'Surgery',
      paragraphs: [
        'Surgery such as fusion (joining bones) or removing part of a disc may be an option for some people. The clinic sends people with growing nerve weakness, an unstable spine or a broken bone to a surgeon.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.fibrinVsFusion, CLINIC_PAGES.beforeFusion],
    },
    {
      heading: 'Costs and coverage',
      paragraphs: [
        'Ask each provider for the full cost before you decide. The clinic says people usually pay for fibrin themselves. For veterans, VA community care may cover it; ask your VA team for a community care consult.',
      ],
      bullets: [],
      sources: [CLINIC_PAGES.cost, CLINIC_PAGES.veteranAccess],
    },
  ],
  questions: [
    'Which options fit my case, and why?',
    'What are the chances each one helps, and what are the risks?',
    'What happens if I wait?',
  ],
  nextSteps: {
    steps: [
      'Fill in the worksheet below.',
      'Bring it to your visit and talk through each option.',
      'Ask for costs in writing.',
      'Take time to decide; you can also get a second opinion.',
    ],
    sources: [articleSection('Deciding What May Be Right for You'), CLINIC_PAGES.cost],
  },
  tool: {
    kind: 'rating',
    title: 'What matters to me (tick one in each row)',
    how: 'Tick how much each point matters to you. Bring this sheet to your visit.',
    columns: ['What matters', 'A little', 'Some', 'A lot'],
    rows: 0,
    items: [
      'Avoiding needles and surgery',
      'Getting relief as soon as possible',
      'Choosing care with stronger evidence',
      'Keeping costs down',
    ],
  },
  closing: 'There is no single right choice for everyone; you and your clinicians decide together.',
};
