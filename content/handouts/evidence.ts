import type { Source } from '../checklist/sources';

/**
 * Outside sources for statements the clinic does not make (risks, evidence quality, how common
 * findings are in people without pain, practical preparation). Each was read through the search
 * tool; the comment says what the text holds, so a reviewer can check the handout wording.
 */
export const EVIDENCE = {
  /** Systematic review, 33 studies, 3110 people without back pain: annular fissure 19% at 20 to 29% at 80;
   *  disc bulge 30% to 84%; disc degeneration 37% to 96%; "likely part of normal aging". */
  brinjikji2015: {
    label: 'Brinjikji 2015, AJNR (MRI findings in people without pain)',
    url: 'https://www.ajnr.org/content/36/4/811',
  },
  /** Pilot study: 15 adults, no comparison group; VAS 72.4 to 33.0 at 104 weeks (the figures the clinic
   *  quotes); one discitis and two muscle spasms judged related to the procedure. */
  yin2014: {
    label: 'Yin 2014, Pain Medicine (fibrin pilot study, 15 adults)',
    url: 'https://doi.org/10.1111/pme.12249',
  },
  /** VA Evidence Synthesis Program review (January 2026): evidence "limited in quantity and quality";
   *  intradiscal fibrin did not lower pain compared with saline; adverse events common with
   *  intradiscal injection; evidence for intra-annular fibrin "very uncertain". Read as the VA's
   *  press release republished at this address. */
  vaFibrinReview: {
    label: 'VA Evidence Synthesis Program 2026, fibrin injections review',
    url: 'https://pubt.io/view/DF40D9D2FA6DA2D2343519DBED6B3226DB7B4B9E',
  },
  /** Patient page on discography (a needle and dye into the disc): complications are rare but include
   *  infection of the disc space (fewer than 1 in 400), more pain for a time, an allergic reaction to
   *  the dye or skin irritation, and, very rarely, nerve root irritation or injury. (An earlier draft
   *  cited a textbook chapter read on an unofficial mirror; replaced by this page, whose text holds
   *  every risk the handouts name from it.) */
  discographyRisks: {
    label: 'Sharecare: possible complications of discography',
    url: 'https://www.sharecare.com/health/discography/what-are-possible-complications-discography',
  },
  /** Patient preparation for a spinal injection: list medicines incl. blood thinners, allergies to
   *  medicines, latex or contrast dye, someone to drive you home, bring MRI scans, report illness. */
  injectionPrep: {
    label: 'Sharecare: preparing for a spinal injection',
    url: 'https://www.sharecare.com/health/pain-treatment/how-prepare-for-spinal-injection',
  },
  /** After-injection instructions: no driving that day; call for redness, swelling or bleeding at the
   *  site, fever over 101 °F, trouble passing urine, severe pain that is not eased. */
  afterInjection: {
    label: 'Global Pain Care: after-injection instructions',
    url: 'http://www.globalpaincare.com/procedure-instruction.html',
  },
  /** ACP 2017 recommendation 2: for chronic low back pain, start with non-drug care such as exercise,
   *  multidisciplinary rehabilitation, mindfulness, yoga, tai chi or cognitive behavioral therapy. */
  acp2017: {
    label: 'ACP 2017 guideline, noninvasive low back pain treatments',
    url: 'https://www.guidelinecentral.com/guideline/13349/',
  },
  /** NICE NG59: exercise first; consider a combined physical and psychological programme with a
   *  cognitive behavioural approach; red flags for cauda equina. */
  niceNg59: {
    label: 'NICE NG59, low back pain and sciatica in over 16s',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  /** Therapeutic Guidelines (Australia), staying active: compared with bed rest, staying active reduces pain,
   *  disability and time off work; "hurt does not mean harm"; advice on daily tasks and sleep; pacing;
   *  graded return to usual activities and work. */
  // Linked at its publisher (a subscription guideline), not at the unofficial copy it was read from.
  stayingActive: {
    label: 'Therapeutic Guidelines (Australia), Rheumatology: nonspecific low back pain, staying active',
    url: 'https://www.tg.org.au/',
  },
  /** Hurley et al. 2010, BMC Musculoskeletal Disorders 11:70: sleep disturbance is common in chronic low back
   *  pain and goes with physical inactivity and depression. */
  sleepAndPain: {
    label: 'Hurley 2010, BMC Musculoskelet Disord (sleep and back pain)',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-11-70',
  },
} as const satisfies Record<string, Source>;
