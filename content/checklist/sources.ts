/**
 * Where each criterion comes from. Every criterion, referral item and (later) handout section
 * names one of these, so a clinician can check the wording against the original.
 */
export interface Source {
  /** Short human label, e.g. the article section heading or the guideline name. */
  readonly label: string;
  /** Public page the label refers to; rendered only as a link, never fetched. */
  readonly url: string;
}

export const CLINIC_SITE = 'https://valorspine.com';
export const ARTICLE_URL =
  'https://valorspine.com/physical-therapy-vs-regenerative-solutions-for-persistent-back-pain/';

/**
 * A link to a heading of the clinic's article. Uses a URL text fragment so the browser scrolls
 * to the heading; `-`, `&` and `,` are syntax in text fragments and must be percent-encoded.
 */
export function articleSection(heading: string): Source {
  const fragment = encodeURIComponent(heading).replace(/-/g, '%2D');
  return { label: `Clinic article, section “${heading}”`, url: `${ARTICLE_URL}#:~:text=${fragment}` };
}

const clinicPage = (label: string, path: string): Source => ({
  label: `Clinic page: ${label}`,
  url: `${CLINIC_SITE}/${path}`,
});

/** Clinic pages summarised in shared/source/clinic-facts.md. */
export const CLINIC_PAGES = {
  beforeFusion: clinicPage('Non-surgical options before spinal fusion', 'non-surgical-options-before-spinal-fusion/'),
  annularTearRepair: clinicPage('Annular tear repair, a non-surgical approach', 'annular-tear-repair-non-surgical-approach/'),
  fibrinScience: clinicPage('The science behind intra-annular fibrin injection', 'science-behind-intra-annular-fibrin-injection/'),
  fibrinVsFusion: clinicPage('Fibrin vs fusion FAQ', 'fibrin-vs-fusion-faq/'),
  evaluation: clinicPage('Candidacy evaluation for non-surgical disc treatment', '?p=13074'),
  failedBackSurgery: clinicPage('Failed back surgery syndrome: causes and alternatives', 'failed-back-surgery-syndrome-causes-alternatives/'),
  recovery: clinicPage('Recovery after intra-annular fibrin injection', '?p=3862'),
  cost: clinicPage('Fibrin treatment vs epidural injections', '?p=3833'),
  outcomes: clinicPage('Outcomes of intra-annular fibrin injection', '?p=3852'),
  veteranAccess: clinicPage('Veteran access and coverage for spinal fusion alternatives', 'veteran-access-coverage-spinal-fusion-alternatives/'),
} as const satisfies Record<string, Source>;

/**
 * Guidelines and reviews, each checked against its own text (quotes in /work/wt-notes/checklist.md).
 * The clinic does not publish red flags; these do. ACP 2017 (Ann Intern Med 2017;166:514) is about
 * treatment and holds no red-flag table, and NICE NG59 names spondyloarthritis and imaging but not
 * the cauda equina signs, so neither is cited for those.
 */
export const GUIDELINES = {
  /** Possible cauda equina syndrome: new bilateral leg pain, genital/perianal/perineal numbness, bladder, bowel, sexual function; to an emergency department. */
  caudaEquina: {
    label: 'GIRFT National Suspected Cauda Equina Syndrome Pathway (NHS England, 2023), as summarised for physiotherapists in Physiotherapy, March 2024',
    url: 'https://www.csp.org.uk/journal/article/physiotherapy-journal-march-2024/national-suspected-cauda-equina-syndrome-pathway',
  },
  /** AHCPR Acute Low Back Problems in Adults, Table 1 "Red flags for potentially serious conditions". */
  redFlags: {
    label: 'AHCPR guideline “Acute low back problems in adults”, Table 1: red flags for potentially serious conditions',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
  },
  /** NICE NG59 recommendations 1.1.4 and 1.1.5: no routine imaging in a non-specialist setting. */
  imaging: {
    label: 'NICE NG59, low back pain and sciatica, recommendations 1.1.4–1.1.5 (imaging)',
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  },
  /** NICE NG59's title and overview: "Low back pain and sciatica in over 16s"; it covers people aged 16 and over. */
  scope: {
    label: 'NICE NG59, “Low back pain and sciatica in over 16s: assessment and management” (covers people aged 16 and over)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  /** NICE NG59 recommendations 1.1.2–1.1.3: risk stratification, for example the STarT Back tool. */
  stratification: {
    label: 'NICE NG59, low back pain and sciatica, recommendations 1.1.2–1.1.3 (risk stratification, e.g. STarT Back)',
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  },
  /** NICE NG65 section 1.1: recognising spondyloarthritis and referring to a rheumatologist. */
  spondyloarthritis: {
    label: 'NICE NG65, spondyloarthritis, section 1.1 (recognition and referral in non-specialist care)',
    url: 'https://www.nice.org.uk/guidance/ng65/chapter/recommendations',
  },
  referralAudit: {
    label: 'Audit of back-pain referral content (2.1% of 286 referrals complete)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3267443',
  },
} as const satisfies Record<string, Source>;
