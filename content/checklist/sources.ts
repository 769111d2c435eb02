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

/** Guideline red flags; the clinic does not publish these, the guidelines below do. */
export const GUIDELINES = {
  caudaEquina: {
    label: 'NICE NG59, low back pain and sciatica (cauda equina red flags)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  redFlags: {
    label: 'ACP 2017 low back pain guideline (Ann Intern Med 2017;166:514) and the AHCPR red-flag table',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK52120/',
  },
  referralAudit: {
    label: 'Audit of back-pain referral content (2.1% of 286 referrals complete)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3267443',
  },
} as const satisfies Record<string, Source>;
