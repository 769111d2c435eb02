import { CHRONIC_AFTER_WEEKS, PT_PROGRAMME_RANGE, SUGGESTED_PT_WEEKS } from './rules';
import { articleSection, CLINIC_PAGES, GUIDELINES, type Source } from './sources';

/** What part of the referral pathway a criterion belongs to. */
export type CriterionGroup =
  | 'red-flag' // guideline red flags: stop, arrange emergency or urgent medical evaluation
  | 'risk' // risk factors that are not red flags on their own: a visible caution
  | 'exclusion' // findings the clinic says point away from biologic disc repair
  | 'pt-first' // reasons PT is the right starting point
  | 'evaluation' // reasons to consider referral for a candidacy evaluation
  | 'pathway' // other conclusions the rules can reach
  | 'clinic-evaluation' // what the clinic's own evaluation involves
  | 'candidacy'; // what the clinic itself looks for before recommending the procedure

export interface Criterion {
  /** Stable id, referenced by rules, tests and referral notes; never reuse an old id. */
  readonly id: string;
  readonly group: CriterionGroup;
  /** Clinician wording, written for this extension (not copied from the source). */
  readonly text: string;
  readonly source: Source;
}

const PT_START = articleSection('When Physical Therapy Is the Right Starting Point');
const REGEN = articleSection('When Regenerative Options May Be More Appropriate');
const CES = GUIDELINES.caudaEquina;
const AHCPR = GUIDELINES.redFlags;

/**
 * Every criterion the checklist can cite. The wording is ours; each item names where it comes
 * from so that the clinician can read the original. Retired ids (never reuse): eval.post-surgery
 * (prior surgery no longer counts towards a referral; see path.post-surgery).
 */
export const CRITERIA = [
  // Possible cauda equina syndrome: emergency. GIRFT lists new bilateral leg pain, loss of
  // genital/perianal/perineal sensation, loss of bladder or bowel control and of sexual function.
  { id: 'rf.saddle-numbness', group: 'red-flag', source: CES,
    text: 'Numbness in the saddle area, genitals or around the anus (possible cauda equina syndrome)' },
  { id: 'rf.bladder-bowel', group: 'red-flag', source: CES,
    text: 'New difficulty passing or holding urine, or new loss of bowel control (possible cauda equina syndrome)' },
  { id: 'rf.sexual-dysfunction', group: 'red-flag', source: CES,
    text: 'New loss of sexual function with back or leg pain (possible cauda equina syndrome)' },
  { id: 'rf.bilateral-legs', group: 'red-flag', source: CES,
    text: 'New pain, numbness or weakness in both legs (possible cauda equina syndrome)' },
  // Urgent: AHCPR Table 1 (fracture, tumour or infection, and the neurological deficit column).
  { id: 'rf.progressive-deficit', group: 'red-flag', source: AHCPR,
    text: 'Severe or progressive neurological deficit in the legs, such as increasing weakness or a foot drop, including a known deficit that is slowly getting worse' },
  { id: 'rf.infection', group: 'red-flag', source: AHCPR,
    text: 'Possible spinal infection: recent fever or chills, intravenous drug use, immune suppression or a recent bacterial infection' },
  { id: 'rf.cancer', group: 'red-flag', source: AHCPR,
    text: 'Possible cancer: a history of cancer, or weight loss with no explanation' },
  { id: 'rf.night-pain', group: 'red-flag', source: AHCPR,
    text: 'Pain that is worse lying down, or severe pain at night (possible tumour or infection)' },
  { id: 'rf.fracture', group: 'red-flag', source: AHCPR,
    text: 'Possible fracture: major trauma, or minor trauma or even strenuous lifting in an older or osteoporotic patient' },
  // The same red flag met by the answers without its box: see fractureRisk in rules.ts.
  { id: 'rf.fracture-risk', group: 'red-flag', source: AHCPR,
    text: 'Possible fracture: a recent strain or minor injury in a patient over 70, with osteoporosis or on long-term steroids, in whom minor trauma or even lifting can break a vertebra' },

  // Risk factors: a caution, not an outcome (see rules.ts for why).
  { id: 'risk.age', group: 'risk', source: AHCPR,
    text: 'Age 50 or older with pain that is not long-standing, or under 20: the red-flag table lists age over 50 or under 20 for tumour or infection, so ask about the other red flags with care' },
  { id: 'risk.age-long-standing', group: 'risk', source: AHCPR,
    text: 'Age 50 or older with pain beyond 12 weeks that has not settled: the red-flag table lists age over 50 for tumour or infection, so ask about the red flags again' },
  { id: 'risk.steroids', group: 'risk', source: AHCPR,
    text: 'Long-term steroid use: immune suppression is a risk factor for spinal infection, and steroids weaken bone, so minor trauma can cause a fracture; ask about fever or chills and a recent fall or lift' },
  { id: 'risk.osteoporosis', group: 'risk', source: AHCPR,
    text: 'Osteoporosis: minor trauma or even strenuous lifting can cause a fracture; ask about a recent fall or lift' },

  // The clinic's published exclusions.
  { id: 'excl.severe-collapse', group: 'exclusion', source: CLINIC_PAGES.annularTearRepair,
    text: 'Severe collapse of the disc (marked loss of disc height)' },
  { id: 'excl.gross-instability', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'Gross segmental instability: the clinic directs this to a surgical evaluation' },
  { id: 'excl.fracture', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'A known vertebral fracture: if it is new or not yet treated it needs urgent medical care; otherwise the clinic directs it to a surgical evaluation, not disc repair' },
  { id: 'excl.infection', group: 'exclusion', source: CLINIC_PAGES.annularTearRepair,
    text: 'A diagnosed spinal infection, such as discitis: if it is new or not under treatment it needs urgent medical care; it is not a disc-repair question' },
  { id: 'excl.facet-si', group: 'exclusion', source: CLINIC_PAGES.annularTearRepair,
    text: 'Pain that comes only from the facet joints or the sacroiliac joint, not the disc' },
  { id: 'excl.severe-scoliosis', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'Severe scoliosis: the clinic directs this to a surgical evaluation' },
  { id: 'excl.progressive-deficit', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'The clinic also directs a progressive neurological deficit to a surgical evaluation, not disc repair' },
  { id: 'excl.end-stage-imaging', group: 'exclusion', source: CLINIC_PAGES.fibrinScience,
    text: 'Imaging shows severe collapse or instability: the procedure does not rebuild lost disc height or end-stage discs' },

  // When PT is the right starting point.
  { id: 'pt.acute', group: 'pt-first', source: PT_START,
    text: 'Recent pain after a strain or minor injury that is expected to settle' },
  { id: 'pt.muscular', group: 'pt-first', source: PT_START,
    text: 'Pain driven mainly by muscle imbalance, a ligament sprain or posture' },
  { id: 'pt.mild-disc', group: 'pt-first', source: PT_START,
    text: 'Mild disc changes on imaging, with no confirmed annular tear and no important nerve involvement' },
  { id: 'pt.rehab', group: 'pt-first', source: PT_START,
    text: 'Rehabilitation before or after spine surgery' },
  { id: 'pt.conditioning', group: 'pt-first', source: PT_START,
    text: 'General conditioning, flexibility and injury prevention' },
  { id: 'pt.not-chronic', group: 'pt-first',
    source: articleSection('Understanding Persistent Back Pain: Beyond the Muscles'),
    text: 'Pain for 12 weeks or less: not yet chronic, which the article defines as more than 12 weeks' },
  // Replaces pt.not-chronic when a completed course did not help: the article's reasons to evaluate
  // start at chronic pain, so the next step is to wait for that line, not to repeat the programme.
  { id: 'pt.not-yet-chronic-after-pt', group: 'pt-first',
    source: articleSection('Understanding Persistent Back Pain: Beyond the Muscles'),
    text: `A PT course is complete without lasting benefit, but the pain has lasted ${CHRONIC_AFTER_WEEKS} weeks or less: not yet chronic as the article defines it, so re-assess once it passes ${CHRONIC_AFTER_WEEKS} weeks` },
  { id: 'pt.structured-course', group: 'pt-first', source: CLINIC_PAGES.beforeFusion,
    text: `No dedicated PT course completed yet: the clinic suggests a structured programme of about ${PT_PROGRAMME_RANGE} weeks first` },
  { id: 'pt.short-course', group: 'pt-first', source: CLINIC_PAGES.beforeFusion,
    text: `The PT course lasted less than ${SUGGESTED_PT_WEEKS} weeks and no imaging shows a disc tear: the clinic suggests completing a structured programme of about ${PT_PROGRAMME_RANGE} weeks first` },
  { id: 'pt.after-disc-repair', group: 'pt-first',
    source: articleSection('Physical Therapy Following Biologic Disc Repair'),
    text: 'Recovering from biologic disc repair: after the first healing period, a graded PT programme supports recovery' },
  { id: 'pt.improving', group: 'pt-first', source: articleSection('When Physical Therapy Works Well'),
    text: 'The patient is improving with PT, so the current plan is working' },

  // When a candidacy evaluation for biologic disc repair may be appropriate.
  { id: 'eval.chronic-after-pt', group: 'evaluation', source: REGEN,
    text: 'Pain beyond 12 weeks, not settled by physical therapy so far' },
  { id: 'eval.imaging-tear', group: 'evaluation', source: REGEN,
    text: 'Imaging reports an annular tear or internal disc disruption that fits the pain; it may be the pain source, which the clinic’s evaluation tests' },
  { id: 'eval.structured-pt', group: 'evaluation', source: CLINIC_PAGES.beforeFusion,
    text: `A structured PT course of at least ${SUGGESTED_PT_WEEKS} weeks is complete without lasting benefit, and injections (if any) gave no lasting relief` },
  { id: 'eval.avoid-surgery', group: 'evaluation', source: REGEN,
    text: 'Ongoing pain in a patient who wants to avoid or put off fusion or microdiscectomy' },
  { id: 'eval.disc-preserving', group: 'evaluation', source: REGEN,
    text: 'The patient wants a disc-preserving option rather than removal or fusion, once conservative treatment has run its course' },
  { id: 'eval.esi-temporary', group: 'evaluation', source: REGEN,
    text: 'Epidural steroid injections gave only short-lived relief' },
  { id: 'eval.needs-mri', group: 'evaluation', source: REGEN,
    text: 'No imaging yet: the clinic’s evaluation includes a review of advanced imaging such as MRI; the clinic or the patient’s physician decides whether and when to image' },
  { id: 'eval.imaging-guidance', group: 'evaluation', source: GUIDELINES.imaging,
    text: 'NICE advises against routine imaging in non-specialist settings, and that people referred for a specialist opinion may not need imaging' },

  // Other conclusions.
  { id: 'path.no-disc-evidence', group: 'pathway', source: articleSection('Deciding What May Be Right for You'),
    text: 'Pain persists after PT, but no imaging finding that fits the pain points to a disc source: a closer diagnostic look is needed rather than more of the same' },
  { id: 'path.post-surgery', group: 'pathway', source: articleSection('What the Evidence Suggests'),
    text: 'Pain continues after earlier back surgery: the clinic assesses each such case on its own merits, so discuss it before referring' },
  { id: 'path.lasting-relief', group: 'pathway', source: REGEN,
    text: 'Injections gave lasting relief and no imaging shows a disc tear: the clinic’s reason to evaluate is relief that wore off' },
  { id: 'path.inflammatory', group: 'pathway', source: GUIDELINES.spondyloarthritis,
    text: 'Features of inflammatory back pain (possible axial spondyloarthritis): assess for referral to a rheumatologist; not an emergency' },
  { id: 'path.under-16', group: 'pathway', source: GUIDELINES.scope,
    text: 'Under 16: outside what these guidelines cover (NICE NG59 is for people aged 16 and over), and back pain in a child needs its own assessment; refer to the child’s doctor' },
  { id: 'path.fused-level', group: 'pathway', source: CLINIC_PAGES.annularTearRepair,
    text: 'The reported tear is at a level that was fused: the clinic looks for a disc that is still viable, so discuss the route before referring' },
  { id: 'path.claudication', group: 'pathway', source: CLINIC_PAGES.annularTearRepair,
    text: 'Long-standing symptoms in both legs on walking, eased by sitting or bending forward: not an emergency, but the clinic looks for a discrete annular tear as the main pain driver, so discuss the route' },

  // The clinic's evaluation: what the referral prepares for.
  { id: 'clinic-eval.history', group: 'clinic-evaluation', source: REGEN,
    text: 'A detailed medical history and pain profile' },
  { id: 'clinic-eval.exam', group: 'clinic-evaluation', source: REGEN,
    text: 'A physical examination' },
  { id: 'clinic-eval.mri', group: 'clinic-evaluation', source: REGEN,
    text: 'A review of advanced imaging, usually MRI' },
  { id: 'clinic-eval.discography', group: 'clinic-evaluation', source: CLINIC_PAGES.evaluation,
    text: 'Sometimes diagnostic injections or discography to find the painful disc, especially when several levels look worn' },
  { id: 'candidacy.discrete-tear', group: 'candidacy', source: CLINIC_PAGES.annularTearRepair,
    text: 'A discrete annular tear that is the main pain driver' },
  { id: 'candidacy.viable-disc', group: 'candidacy', source: CLINIC_PAGES.annularTearRepair,
    text: 'A disc that is still structurally viable' },
  { id: 'candidacy.failed-care', group: 'candidacy', source: CLINIC_PAGES.annularTearRepair,
    text: 'Documented conservative care that did not bring lasting relief' },
  { id: 'candidacy.imaging-match', group: 'candidacy', source: CLINIC_PAGES.annularTearRepair,
    text: 'Imaging findings that match the pain pattern' },
] as const satisfies readonly Criterion[];

export type CriterionId = (typeof CRITERIA)[number]['id'];

const BY_ID: ReadonlyMap<string, Criterion> = new Map(CRITERIA.map((c) => [c.id, c]));

/** Looks up a criterion; ids come from the typed list, so a miss is a programming error. */
export function criterion(id: CriterionId): Criterion {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown criterion id: ${id}`);
  return found;
}

export function criteriaInGroup(group: CriterionGroup): Criterion[] {
  return CRITERIA.filter((c) => c.group === group);
}
