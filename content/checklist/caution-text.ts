import type { CautionId, ConflictId } from './rules';
import { UNSCREENED_CAUTION } from './outcome-text';
import { CHRONIC_AFTER_WEEKS, PT_PROGRAMME_RANGE } from './rules';

/** What each conflict and caution says; loaded with the reasons, just after the popup opens. */
export const CONFLICT_TEXT: Readonly<Record<ConflictId, string>> = {
  'acute-but-chronic': `Presentation is marked as a recent strain, but the pain has lasted more than ${CHRONIC_AFTER_WEEKS} weeks.`,
  'pt-longer-than-pain': 'The PT course is longer than the pain has lasted.',
  'muscular-driver-with-tear': 'The main driver is marked as muscular or postural, but imaging shows an annular tear or disc disruption.',
  'disc-driver-without-findings': 'The main driver is marked as the disc, but the MRI shows no disc findings.',
  'post-op-without-surgery': 'Recovering from spine surgery is marked, but previous spine surgery is answered “No”.',
  'pt-details-without-course': 'PT weeks or a PT response are filled in, but the PT course is marked “Not started”.',
  'screened-but-flagged': 'Red flags are marked as screened and absent, yet a red flag is ticked.',
  'screened-but-fracture-risk': 'Red flags are marked as screened and absent, but a recent strain or minor injury in a patient over 70, with osteoporosis or on long-term steroids is itself a red flag for fracture.',
  'fusion-at-tear-level': 'The tear is reported at the level that was fused.',
  'injections-without-imaging': 'Epidural steroid injections are recorded, but imaging is answered “No imaging yet”; such injections are normally planned from imaging.',
  'pain-scores-out-of-order': 'The pain scores are out of order: best should be no higher than now, and now no higher than worst.',
};

export const CAUTION_TEXT: Readonly<Record<CautionId, string>> = {
  'red-flags-not-screened': UNSCREENED_CAUTION,
  'short-pt-course': `The PT course was shorter than the ${PT_PROGRAMME_RANGE} weeks the clinic suggests; the clinic may ask about it.`,
  'pt-weeks-unknown': 'How many weeks the PT course lasted is not entered; the clinic will ask for it.',
  'lasting-injection-relief': 'Injections gave lasting relief; the clinic’s reason to evaluate is relief that wore off.',
  'risk.age': 'Age 50 or older with pain that is not long-standing, or under 20: the red-flag table lists age over 50 or under 20 for tumour or infection, but on its own it is common and does not change the outcome. Ask about the other red flags with care.',
  'risk.age-long-standing': `Age 50 or older, and the pain has lasted more than ${CHRONIC_AFTER_WEEKS} weeks without settling: the red-flag table lists age over 50 for tumour or infection. Pain that fails to improve at this age is a reason to ask about the red flags again (weight loss, past cancer, fever, night pain), even if they were clear at the start.`,
  'risk.steroids': 'Long-term steroid use: a risk factor for spinal infection and for fracture. Ask about fever or chills, and about a recent fall or lift.',
  'risk.osteoporosis': 'Osteoporosis: minor trauma or even strenuous lifting can cause a fracture. Ask about a recent fall or lift.',
};
