import { hadInjections, ptStarted, type Answers } from '../checklist/answers';
import type { Fact } from './keywords';
import type { NoteSection as ChecklistNoteSection } from '../checklist/referral-note';
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
    // "Any red flags present?" is the opposite question: No after a clear screen, Yes with one ticked
    // (the popup refuses to prefill a red-flag outcome, so that Yes is never written today).
    redFlagsPresent: a.redFlags.length > 0 ? true : a.redFlagsScreened ? false : null,
  };
}

/**
 * The clinical referral note for the clinic's form, section by section, from
 * content/checklist/referral-note.ts: the same text Copy gives (no checklist reasoning, no
 * completeness list, no addresses). Each section carries its heading line, so a section left out to
 * fit a short box never leaves a heading behind; the note's title line leads the note.
 */
export function formNoteSections(title: string, sections: readonly ChecklistNoteSection[]): NoteSection[] {
  return [{ id: 'title', heading: '', text: title }, ...sections.map((x) => ({ id: x.id, heading: x.heading, text: `${x.heading}\n${x.text}` }))];
}

/** How much each section matters to the clinic, most first; unknown sections come last, in order. */
// The reason and the question come first (without them the note says nothing); the clinical story
// next; what the clinic can ask for or read elsewhere (enclosures, goals, patient basics) last.
const PRIORITY = ['reason', 'question', 'title', 'red-flags', 'history', 'treatment', 'imaging', 'exam', 'scores', 'patient', 'other', 'note', 'enclosed'];
const rank = (s: NoteSection) => {
  const i = PRIORITY.indexOf(s.id);
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
