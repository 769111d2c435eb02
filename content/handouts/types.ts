import type { Source } from '../checklist/sources';

export const HANDOUT_IDS = [
  'pt-when-it-helps',
  'annular-tears',
  'disc-repair-explained',
  'pt-or-disc-repair',
  'clinic-evaluation',
  'pt-after-disc-repair',
] as const;
export type HandoutId = (typeof HANDOUT_IDS)[number];

/** One short section of a handout: a heading, a few plain sentences and/or bullets, and its sources. */
export interface HandoutSection {
  readonly heading: string;
  /** Plain-language paragraphs, each a few short sentences. */
  readonly paragraphs: readonly string[];
  /** Bullet points; each is one short sentence. */
  readonly bullets: readonly string[];
  /** Where the section's facts come from (article section, clinic page or guideline). */
  readonly sources: readonly Source[];
}

/** A patient handout, written for patients in our own words from the clinic's published material. */
export interface Handout {
  readonly id: HandoutId;
  readonly title: string;
  /** One or two sentences under the title: who this is for. */
  readonly intro: string;
  readonly sections: readonly HandoutSection[];
  /** The "questions to ask your clinician" box. */
  readonly questions: readonly string[];
}
