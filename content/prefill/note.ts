import { hadInjections, ptStarted, type Answers } from '../checklist/answers';
import type { Fact } from './keywords';
import type { NoteSection } from './targets';

/**
 * Yes/no facts a referral form may ask, from the checklist's answers; null where the checklist does
 * not say (never guessed). "MRI available" is any imaging answer other than "none yet".
 */
export function referralFacts(a: Answers): Record<Fact, boolean | null> {
  return {
    mri: a.imaging === null ? null : a.imaging !== 'none',
    pt: a.ptCourse === null ? null : ptStarted(a),
    ptCompleted: a.ptCourse === null ? null : a.ptCourse === 'completed',
    injections: a.injections === null ? null : hadInjections(a),
    surgery: a.priorSurgery === null ? null : a.priorSurgery === 'yes',
    // Only a recorded screening with no red flag present answers "screened" Yes; otherwise unknown.
    redFlags: a.redFlagsScreened && a.redFlags.length === 0 ? true : null,
  };
}

/**
 * The clinical referral note for the clinic's form. Until content/checklist/referral-note.ts (the
 * "checklist" helper's module) is merged, `clinicalNoteSections` adapts today's checklist summary:
 * it keeps the clinical sections and drops the referrer's own completeness lists ("Still to
 * answer", "Referral items … Still missing") and every line with a URL. At merge, this one function
 * is replaced by `referralNoteSections(...)`; nothing else changes.
 */
export function clinicalNoteSections(summary: string): NoteSection[] {
  const blocks = summary.split(/\n\s*\n/).map((b) => b.split('\n').filter((line) => !/https?:\/\/|www\./i.test(line)).join('\n').trim()).filter(Boolean);
  const sections: NoteSection[] = [];
  blocks.forEach((block, i) => {
    const [first = ''] = block.split('\n');
    if (/^(still to answer|referral items|still missing)\b/i.test(first)) return;
    const heading = /:$/.test(first) ? first.slice(0, -1) : i === 0 ? 'Outcome' : '';
    sections.push({ id: `${i}-${heading.toLowerCase().replace(/\W+/g, '-') || 'text'}`, heading, text: block });
  });
  return sections;
}

/** How much each section matters to the clinic, most first; unknown sections come last, in order. */
const PRIORITY = [/^outcome$/i, /^findings$/i, /^treatments tried$/i, /^answers to check/i, /^why$/i, /^also fits$/i, /^notes$/i];
const rank = (s: NoteSection) => {
  const i = PRIORITY.findIndex((re) => re.test(s.heading));
  return i < 0 ? PRIORITY.length : i;
};

export type FittedNote = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * The note fitted to a box of `maxLength` characters by leaving out whole sections, least
 * important first, never cutting one mid-sentence. Sections keep their order in the note.
 */
export function fitNote(sections: readonly NoteSection[], maxLength: number | null): FittedNote {
  const all = sections.filter((s) => s.text.trim() !== '');
  if (all.length === 0) return { ok: false, reason: 'no referral note yet: answer the checklist first' };
  const join = (list: readonly NoteSection[]) => list.map((s) => s.text.trim()).join('\n\n');
  if (maxLength === null || join(all).length <= maxLength) return { ok: true, text: join(all) };
  const byRank = [...all].sort((a, b) => rank(a) - rank(b) || all.indexOf(a) - all.indexOf(b));
  const kept: NoteSection[] = [];
  for (const s of byRank) {
    const trial = all.filter((x) => kept.includes(x) || x === s);
    if (join(trial).length <= maxLength) kept.push(s);
  }
  if (kept.length === 0) return { ok: false, reason: `the box takes only ${maxLength} characters, less than the note’s shortest section` };
  if (!kept.includes(byRank[0]!)) return { ok: false, reason: `the box takes only ${maxLength} characters, too few for the note’s outcome` };
  return { ok: true, text: join(all.filter((x) => kept.includes(x))) };
}
