import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Handout } from './types';

export interface TextCounts {
  readonly sentence: number;
  readonly word: number;
  readonly syllable: number;
  /** Words of three or more syllables (SMOG). */
  readonly polysyllable: number;
}

const WORD = /[A-Za-z0-9]+(?:[’'-][A-Za-z0-9]+)*/g;
const HAS_WORD = /[A-Za-z0-9]/;
const ENDS_SENTENCE = /[.!?]["”’)]*$/;

/**
 * Counts sentences, words and syllables. List items are treated as a reader meets them: an item
 * written as a sentence counts as one (or more); an item without a full stop, such as "Walk daily",
 * is a fragment that continues the sentence before it, so it adds words but no sentence. (Counting
 * every bullet as a sentence made the old grades read 2 to 4 years too low; see issue 13.)
 */
export function countText(pieces: readonly string[]): TextCounts {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  let poly = 0;
  for (const piece of pieces) {
    const text = piece.trim();
    const parts = text.split(/[.!?]+["”’)]*(?:\s+|$)/).filter((s) => HAS_WORD.test(s));
    const complete = ENDS_SENTENCE.test(text) ? parts.length : parts.length - 1;
    sentences += Math.max(0, complete);
    for (const word of text.match(WORD) ?? []) {
      words += 1;
      // A number such as "12" is read as a word; count it as one syllable rather than zero.
      const n = /[A-Za-z]/.test(word) ? Math.max(1, syllable(word)) : 1;
      syllables += n;
      if (n >= 3) poly += 1;
    }
  }
  return { sentence: Math.max(1, sentences), word: words, syllable: syllables, polysyllable: poly };
}

/** The text a patient reads in the body of a handout, in print order. */
export function bodyText(handout: Handout): string[] {
  return [
    handout.intro,
    ...handout.keyPoints.points,
    ...handout.sections.flatMap((s) => [...s.paragraphs, ...s.bullets]),
    ...handout.questions,
    ...handout.nextSteps.steps,
  ];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Flesch–Kincaid grade level of a handout's body, rounded to one decimal. */
export function gradeLevel(handout: Handout): number {
  const { sentence, word, syllable: syllables } = countText(bodyText(handout));
  return round1(fleschKincaid({ sentence, word, syllable: syllables }));
}

/** SMOG grade (McLaughlin 1969): 1.0430 × √(polysyllables × 30 / sentences) + 3.1291. */
export function smogGrade(handout: Handout): number {
  const { sentence, polysyllable } = countText(bodyText(handout));
  return round1(1.043 * Math.sqrt((polysyllable * 30) / sentence) + 3.1291);
}
