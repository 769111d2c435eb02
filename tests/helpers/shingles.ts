import { createHash } from 'node:crypto';

/** Words per phrase: long enough that a shared run means copied wording, not shared vocabulary. */
export const SHINGLE_WORDS = 6;

const words = (text: string) => text.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean);
const hash = (phrase: string) => createHash('sha256').update(phrase).digest('hex').slice(0, 16);

/** Hashes of every run of SHINGLE_WORDS consecutive words in a text. */
export function shingleHashes(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.push(hash(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The runs of a text that also appear in the source (as plain phrases, for a readable failure). */
export function copiedPhrases(text: string, sourceHashes: ReadonlySet<string>): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const phrase = w.slice(i, i + SHINGLE_WORDS).join(' ');
    if (sourceHashes.has(hash(phrase))) out.push(phrase);
  }
  return out;
}
