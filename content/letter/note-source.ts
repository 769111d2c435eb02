import type { Answers } from '../checklist/answers';
import { summaryFor } from '../checklist/summary';

/** One named part of the referral note, as `content/checklist/referral-note.ts` will return them. */
export interface NoteSection {
  readonly id: string;
  /** Empty for the opening part (the outcome in words). */
  readonly heading: string;
  /** Plain text; lines starting "- " are list items. */
  readonly text: string;
}

/**
 * THE ONE PLACE the letter gets its note. Today it reshapes the checklist's copied summary; when
 * `content/checklist/referral-note.ts` lands, this becomes
 * `export const noteSections = (a, included, day) => referralNoteSections(a, included, day);`
 * (adjusting to that module's signature) and nothing else in the letter changes.
 */
export const noteSections = (a: Answers, included: readonly string[], day: Date): NoteSection[] =>
  sectionsFromSummary(summaryFor(a, included, day));

/** Parts of the summary written for the referrer, not the clinic: dropped from the letter. */
const FOR_REFERRER = [
  /^Back-pain referral checklist \(/, // the checklist's own title line; the letter has its date
  /^Still to answer:$/, // questions the referrer left open
  /^Referral items: /, // the completeness count...
  /^Still missing:$/, // ...and its list
  /^Criteria: /, // the citation footer with the article's URL
];

const ID_BY_HEADING: Readonly<Record<string, string>> = {
  'Why': 'reasons',
  'Also fits': 'supporting',
  'Answers to check (they conflict)': 'conflicts',
  'Notes': 'cautions',
  'Findings': 'findings',
  'Treatments tried': 'treatments',
};

const slug = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const HEADING = /^([A-Z][^:]{0,60}):$/;
const URL = /\bhttps?:\/\/\S+/;

/**
 * Splits the summary into sections at its heading lines ("Findings:"), keeps the opening lines
 * (outcome and explanation) as an untitled section, and drops what is for the referrer: the
 * title line, open questions, the completeness list and the citation footer (a block that
 * starts with one of those goes whole). A line still holding a URL is dropped too: the note
 * names its sources, it does not link them.
 */
export function sectionsFromSummary(summary: string): NoteSection[] {
  const sections: { id: string; heading: string; lines: string[] }[] = [];
  for (const block of summary.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    if (FOR_REFERRER.some((re) => re.test(lines[0]!.trim()))) {
      // The title line leads the opening block: drop the line only, keep the outcome under it.
      if (!FOR_REFERRER[0]!.test(lines[0]!)) continue;
      lines.shift();
    }
    let current: (typeof sections)[number] | undefined;
    for (const line of lines) {
      const heading = HEADING.exec(line.trim());
      if (heading) {
        current = { id: ID_BY_HEADING[heading[1]!] ?? slug(heading[1]!), heading: heading[1]!, lines: [] };
        sections.push(current);
      } else if (line.trim() !== '' && !URL.test(line)) {
        if (!current) sections.push((current = { id: 'outcome', heading: '', lines: [] }));
        current.lines.push(line.trim());
      }
    }
  }
  return sections.filter((s) => s.lines.length > 0).map((s) => ({ id: s.id, heading: s.heading, text: s.lines.join('\n') }));
}
