import { articleSection, CLINIC_PAGES, GUIDELINES, type Source } from './sources';

/** What part of the referral pathway a criterion belongs to. */
export type CriterionGroup =
  | 'red-flag' // guideline red flags: stop, arrange urgent medical evaluation
  | 'exclusion' // findings the clinic says point away from biologic disc repair
  | 'pt-first' // reasons PT is the right starting point
  | 'evaluation' // reasons to consider referral for a candidacy evaluation
  | 'pathway' // other conclusions the rules can reach
  | 'clinic-evaluation' // what the clinic's own evaluation involves
  | 'candidacy'; // what the clinic itself looks for before recommending the procedure

export interface Criterion {
  /** Stable id, referenced by rules, tests and referral summaries; never reuse an old id. */
  readonly id: string;
  readonly group: CriterionGroup;
  /** Clinician wording, written for this extension (not copied from the source). */
  readonly text: string;
  readonly source: Source;
}

const PT_START = articleSection('When Physical Therapy Is the Right Starting Point');
const REGEN = articleSection('When Regenerative Options May Be More Appropriate');

/**
 * Every criterion the checklist can cite. The wording is ours; each item names where it comes
 * from so that the clinician can read the original.
 */
export const CRITERIA = [
  // Guideline red flags: these override everything else.
  { id: 'rf.saddle-numbness', group: 'red-flag', source: GUIDELINES.caudaEquina,
    text: 'Numbness in the saddle area (possible cauda equina syndrome)' },
  { id: 'rf.bladder-bowel', group: 'red-flag', source: GUIDELINES.caudaEquina,
    text: 'New difficulty passing or holding urine, or new loss of bowel control (possible cauda equina syndrome)' },
  { id: 'rf.bilateral-legs', group: 'red-flag', source: GUIDELINES.caudaEquina,
    text: 'Pain, numbness or weakness in both legs (possible cauda equina syndrome)' },
  { id: 'rf.progressive-deficit', group: 'red-flag', source: GUIDELINES.redFlags,
    text: 'Severe, new or rapidly worsening neurological deficit, such as increasing leg weakness or a new foot drop' },
  { id: 'rf.infection', group: 'red-flag', source: GUIDELINES.redFlags,
    text: 'Possible spinal infection: fever, intravenous drug use, immune suppression or a recent infection' },
  { id: 'rf.cancer', group: 'red-flag', source: GUIDELINES.redFlags,
    text: 'Possible cancer: past cancer, weight loss with no explanation, or night pain that rest does not ease' },
  { id: 'rf.fracture', group: 'red-flag', source: GUIDELINES.redFlags,
    text: 'Possible fracture: major trauma, osteoporosis, long-term steroid use, or minor trauma at an older age' },

  // The clinic's published exclusions.
  { id: 'excl.severe-collapse', group: 'exclusion', source: CLINIC_PAGES.annularTearRepair,
    text: 'Severe collapse of the disc (marked loss of disc height)' },
  { id: 'excl.gross-instability', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'Gross segmental instability: the clinic directs this to a surgical evaluation' },
  { id: 'excl.fracture', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'A known vertebral fracture: the clinic directs this to a surgical evaluation' },
  { id: 'excl.infection', group: 'exclusion', source: CLINIC_PAGES.annularTearRepair,
    text: 'A diagnosed spinal infection, such as discitis' },
  { id: 'excl.facet-si', group: 'exclusion', source: CLINIC_PAGES.annularTearRepair,
    text: 'Pain that comes only from the facet joints or the sacroiliac joint, not the disc' },
  { id: 'excl.severe-scoliosis', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'Severe scoliosis: the clinic directs this to a surgical evaluation' },
  { id: 'excl.progressive-deficit', group: 'exclusion', source: CLINIC_PAGES.fibrinVsFusion,
    text: 'A known, slowly progressing neurological deficit: the clinic directs this to a surgical evaluation, not disc repair' },
  { id: 'excl.end-stage-imaging', group: 'exclusion', source: CLINIC_PAGES.fibrinScience,
    text: 'Imaging shows severe collapse or instability: the procedure does not rebuild lost disc height or end-stage discs' },

  // When PT is the right starting point.
  { id: 'pt.acute', group: 'pt-first', source: PT_START,
    text: 'Recent pain after a strain or minor injury that is expected to settle' },
  { id: 'pt.muscular', group: 'pt-first', source: PT_START,
    text: 'Pain driven mainly by muscle imbalance, a ligament sprain or posture' },
  { id: 'pt.mild-disc', group: 'pt-first', source: PT_START,
    text: 'Mild disc changes on imaging, with no proven annular tear and no important nerve involvement' },
  { id: 'pt.rehab', group: 'pt-first', source: PT_START,
    text: 'Rehabilitation before or after spine surgery' },
  { id: 'pt.conditioning', group: 'pt-first', source: PT_START,
    text: 'General conditioning, flexibility and injury prevention' },
  { id: 'pt.not-chronic', group: 'pt-first',
    source: articleSection('Understanding Persistent Back Pain: Beyond the Muscles'),
    text: 'Pain for 12 weeks or less: not yet chronic, which the article defines as more than 12 weeks' },
  { id: 'pt.structured-course', group: 'pt-first', source: CLINIC_PAGES.beforeFusion,
    text: 'No dedicated PT course completed yet: the clinic suggests a structured programme of about 8–12 weeks first' },
  { id: 'pt.after-disc-repair', group: 'pt-first',
    source: articleSection('Physical Therapy Following Biologic Disc Repair'),
    text: 'Recovering from biologic disc repair: after the first healing period, a graded PT programme supports recovery' },
  { id: 'pt.improving', group: 'pt-first', source: articleSection('When Physical Therapy Works Well'),
    text: 'The patient is improving with PT, so the current plan is working' },

  // When a candidacy evaluation for biologic disc repair may be appropriate.
  { id: 'eval.chronic-after-pt', group: 'evaluation', source: REGEN,
    text: 'Pain lasting over 12 weeks that has not settled despite a dedicated PT course and other conservative care' },
  { id: 'eval.imaging-tear', group: 'evaluation', source: REGEN,
    text: 'Imaging shows an annular tear or internal disc disruption that is the likely source of pain' },
  { id: 'eval.avoid-surgery', group: 'evaluation', source: REGEN,
    text: 'Ongoing disc pain in a patient who wants to avoid or put off fusion or microdiscectomy' },
  { id: 'eval.disc-preserving', group: 'evaluation', source: REGEN,
    text: 'The patient wants a disc-preserving option rather than removal or fusion, once conservative treatment has run its course' },
  { id: 'eval.esi-temporary', group: 'evaluation', source: REGEN,
    text: 'Epidural steroid injections gave only short-lived relief' },
  { id: 'eval.post-surgery', group: 'evaluation', source: articleSection('What the Evidence Suggests'),
    text: 'Pain continues after earlier back surgery; the clinic assesses each such case on its own merits' },
  { id: 'eval.needs-mri', group: 'evaluation', source: REGEN,
    text: 'No imaging yet: the clinic’s evaluation includes an MRI review, so the patient will need an MRI' },

  // Other conclusions.
  { id: 'path.no-disc-evidence', group: 'pathway', source: articleSection('Deciding What May Be Right for You'),
    text: 'Pain persists after PT, but nothing recorded points to a disc source: a closer diagnostic look is needed rather than more of the same' },

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
