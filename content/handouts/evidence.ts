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
  /** Textbook chapter: complications after discography 0% to 2.5%; discitis, abscess, meningitis reported;
   *  more often brief nerve pain (paresthesia), muscle spasm, minor bleeding; light sedation used. */
  discographyRisks: {
    label: 'Complications of discography and disc injections (textbook)',
    url: 'https://test.aneskey.com/complications-associated-with-discography-and-intradiscal-treatment-techniques',
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
  stayingActive: {
    label: 'Therapeutic Guidelines (Australia): staying active',
    url: 'https://etg-complete-oxy.netlify.app/rheumatology/nonspecific-low-back-pain/c_rhg_nonspecific-low-back-pain_topic_7',
  },
  /** Hurley et al. 2010, BMC Musculoskeletal Disorders 11:70: sleep disturbance is common in chronic low back
   *  pain and goes with physical inactivity and depression. */
  sleepAndPain: {
    label: 'Hurley 2010, BMC Musculoskelet Disord (sleep and back pain)',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-11-70',
  },
} as const satisfies Record<string, Source>;
