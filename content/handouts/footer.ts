/**
 * Printed on every handout: when not to wait for an appointment. Plain-language version of the
 * guideline red flags the checklist uses (NICE NG59; ACP 2017 / AHCPR).
 */
export const HANDOUT_SAFETY = {
  lead: 'Do not wait for a visit. Get medical help right away if you have any of these:',
  signs: [
    'Numbness between your legs or around your bottom',
    'New trouble with your bladder or bowels',
    'Leg weakness that is getting worse',
    'Back pain with a fever',
  ],
} as const;

/** Printed at the end of every handout. */
export const HANDOUT_FOOTER = [
  'This handout is general education. It is not a diagnosis or a treatment plan.',
  'Results differ from person to person.',
  'Only the clinic’s own evaluation can tell whether biologic disc repair is right for you.',
] as const;
