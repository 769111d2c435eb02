import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Handout } from './types';

export interface TextCounts {
  readonly sentence: number;
  readonly word: number;
  readonly syllable: number;
}

const WORD = /[A-Za-z0-9]+(?:[’'-][A-Za-z0-9]+)*/g;
const HAS_WORD = /[A-Za-z0-9]/;

/** Counts sentences, words and syllables; each string is at least one sentence (bullets, questions). */
export function countText(pieces: readonly string[]): TextCounts {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const piece of pieces) {
    const found = piece.split(/[.!?]+(?:\s+|$)/).filter((s) => HAS_WORD.test(s));
    sentences += Math.max(1, found.length);
    for (const word of piece.match(WORD) ?? []) {
      words += 1;
      // A number such as "12" is read as a word; count it as one syllable rather than zero.
      syllables += /[A-Za-z]/.test(word) ? Math.max(1, syllable(word)) : 1;
    }
  }
  return { sentence: sentences, word: words, syllable: syllables };
}

/** The text a patient reads in the body of a handout: intro, paragraphs, bullets and questions. */
export function bodyText(handout: Handout): string[] {
  return [
    handout.intro,
    ...handout.sections.flatMap((s) => [...s.paragraphs, ...s.bullets]),
    ...handout.questions,
  ];
}

/** Flesch–Kincaid grade level of a handout's body, rounded to one decimal. */
export function gradeLevel(handout: Handout): number {
  const { sentence, word, syllable: syllables } = countText(bodyText(handout));
  return Math.round(fleschKincaid({ sentence, word, syllable: syllables }) * 10) / 10;
}
