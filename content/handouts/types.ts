import type { Source } from '../checklist/sources';

export const HANDOUT_IDS = [
  'get-help-now',
  'pt-when-it-helps',
  'annular-tears',
  'mri-report',
  'disc-repair-explained',
  'pt-or-disc-repair',
  'disc-decisions',
  'clinic-evaluation',
  'before-after-procedure',
  'pt-after-disc-repair',
  'long-lasting-pain',
] as const;
export type HandoutId = (typeof HANDOUT_IDS)[number];

/** The two-level safety card can also be printed on its own, as one sheet. */
export const SAFETY_CARD_ID = 'safety-card';
/** Everything the print page can print: the safety card on its own, or a handout. */
export type PrintId = HandoutId | typeof SAFETY_CARD_ID;
export const PRINT_IDS: readonly PrintId[] = [SAFETY_CARD_ID, ...HANDOUT_IDS];

/** The original drawings (components/HandoutFigure.tsx), loaded only by the print page. */
export type FigureId = 'disc-tear' | 'treatment-site' | 'recovery-timeline';

/** One short section of a handout: a heading, a few plain sentences and/or bullets, and its sources. */
export interface HandoutSection {
  readonly heading: string;
  /** Plain-language paragraphs, each a few short sentences. Printed before the bullets. */
  readonly paragraphs: readonly string[];
  /** Bullet points; each is one short, complete sentence. */
  readonly bullets: readonly string[];
  /** Where the section's facts come from (article section, clinic page, guideline or study). */
  readonly sources: readonly Source[];
  /** A drawing printed with this section. */
  readonly figure?: FigureId;
}

/** A fill-in tool printed at the end (PEMAT item 23): a log or checklist with blank rows. */
export interface HandoutTool {
  /** log: blank rows; checklist: a tick box then each item; rating: each item then a tick box per column. */
  readonly kind: 'log' | 'checklist' | 'rating';
  readonly title: string;
  /** One sentence on how to use it. */
  readonly how: string;
  readonly columns: readonly string[];
  /** Blank rows to print. */
  readonly rows: number;
  /** Pre-filled rows (second column), for a checklist. */
  readonly items?: readonly string[];
}

/** A patient handout, written for patients in our own words from the clinic's published material. */
export interface Handout {
  readonly id: HandoutId;
  readonly title: string;
  /** One or two sentences under the title: who this is for. */
  readonly intro: string;
  /** Up to three key points, printed first (PEMAT item 11, a summary). */
  readonly keyPoints: { readonly points: readonly string[]; readonly sources: readonly Source[] };
  readonly sections: readonly HandoutSection[];
  /** The "questions to ask your clinician" box; blank lines follow for the patient's own. */
  readonly questions: readonly string[];
  /** A numbered "What to do next", printed last. */
  readonly nextSteps: { readonly steps: readonly string[]; readonly sources: readonly Source[] };
  readonly tool?: HandoutTool;
  /** The closing line of the footer, fitting this handout's subject (never an unrelated treatment). */
  readonly closing: string;
}
