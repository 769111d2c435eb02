import type { Profile } from '../referral/profile';
import { dobInWords, longDate } from './dates';
import { enclosureLabels, type EnclosureId } from './enclosures';
import type { NoteSection } from './note-source';

/** The patient as the letter names them: typed or read in the open tab only, never stored by it. */
export interface LetterPatient {
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd or '' */
  dob: string;
}

export interface LetterInput {
  profile: Profile;
  patient: LetterPatient;
  date: Date;
  sections: readonly NoteSection[];
  enclosures: readonly EnclosureId[];
}

/**
 * One unit the pages are filled with, in reading order. Only `para` may be split across pages
 * (at a word); every other block stays whole, and a `heading` stays with what follows it.
 */
export type LetterBlock =
  | { kind: 'letterhead'; key: string; name: string; practice: string; lines: string[] }
  | { kind: 'address'; key: string; date: string; lines: string[] }
  | { kind: 'subject'; key: string; patientName: string; dob: string }
  | { kind: 'heading'; key: string; text: string }
  /** `item`: a list item; `cont`: the rest of a paragraph or item that began on the page before. */
  | { kind: 'para'; key: string; text: string; item: boolean; cont?: boolean }
  | { kind: 'signature'; key: string; name: string; lines: string[] };

export interface LetterModel {
  blocks: LetterBlock[];
  /** Printed at the foot of every page, so a page separated from the rest still says whose it is. */
  running: string;
}

const joined = (parts: readonly string[], sep: string) => parts.filter((p) => p.trim() !== '').join(sep);
const fullName = (p: LetterPatient) => joined([p.firstName.trim(), p.lastName.trim()], ' ');

/** "Phone (555) 010-2000 · Fax …": only the parts that are set, so nothing prints as "Fax: ". */
export const contactLine = (c: { phone: string; fax: string; email?: string }) =>
  joined([c.phone && `Phone ${c.phone}`, c.fax && `Fax ${c.fax}`, c.email ? `Email ${c.email}` : ''], ' · ');

/**
 * The letter as blocks: letterhead, date and address, the patient line, a salutation, the note's
 * sections, the enclosures, and the signature. Values are plain strings (rendered as text, never
 * markup). Missing values are left as empty strings: the page draws a line to write on.
 */
export function buildLetter({ profile, patient, date, sections, enclosures }: LetterInput): LetterModel {
  const { referrer: r, clinic: c } = profile;
  const signer = joined([r.name, r.credentials], ', ');
  const name = fullName(patient);
  const dob = dobInWords(patient.dob);
  const blocks: LetterBlock[] = [
    { kind: 'letterhead', key: 'letterhead', name: signer, practice: r.practice,
      lines: [contactLine(r), r.npi && `NPI ${r.npi}`].filter(Boolean) },
    { kind: 'address', key: 'address', date: longDate(date),
      lines: [c.name, 'Spine clinic referrals', contactLine(c), c.website.replace(/^https:\/\//, '')].filter(Boolean) },
    { kind: 'subject', key: 'subject', patientName: name, dob },
    { kind: 'para', key: 'salutation', text: `Dear ${c.name} team,`, item: false },
    { kind: 'para', key: 'opening', item: false,
      text: 'I am referring the patient named above to your clinic for evaluation. My referral note follows; the clinic decides on candidacy and treatment through its own assessment.' },
  ];
  for (const s of sections) {
    if (s.heading) blocks.push({ kind: 'heading', key: `h-${s.id}`, text: s.heading });
    s.text.split('\n').forEach((line, i) => {
      const item = line.startsWith('- ');
      blocks.push({ kind: 'para', key: `${s.id}-${i}`, text: item ? line.slice(2) : line, item });
    });
  }
  const labels = enclosureLabels(enclosures);
  if (labels.length > 0) {
    blocks.push({ kind: 'heading', key: 'h-enclosures', text: `Enclosed (${labels.length})` });
    labels.forEach((label, i) => blocks.push({ kind: 'para', key: `enc-${i}`, text: label, item: true }));
  }
  blocks.push({ kind: 'para', key: 'closing', item: false,
    text: `Please contact me with any questions${r.phone ? ` on ${r.phone}` : ''}. Thank you for seeing this patient.` });
  blocks.push({ kind: 'signature', key: 'signature', name: signer,
    lines: [r.practice, r.npi && `NPI ${r.npi}`].filter(Boolean) });
  const running = name || dob ? joined([`Referral for ${name || '(name not given)'}`, dob && `born ${dob}`], ', ') : 'Referral letter';
  return { blocks, running };
}

export interface Problem {
  readonly id: string;
  readonly message: string;
}

/**
 * What is missing for a letter and cover the clinic can act on. Each is shown as a banner; the
 * printed page leaves a line to write on instead of printing a wrong or empty label.
 */
export function letterProblems(profile: Profile, patient: LetterPatient): Problem[] {
  const { referrer: r, clinic: c } = profile;
  const out: Problem[] = [];
  if (!r.name.trim()) out.push({ id: 'referrer-name', message: 'Your name is not in settings: the letterhead and signature leave a line to write it on.' });
  if (!r.phone.trim()) out.push({ id: 'referrer-phone', message: 'Your phone number is not in settings, so the clinic has no number to call you back on. Add it in settings, or write it in.' });
  if (!r.fax.trim()) out.push({ id: 'referrer-fax', message: 'Your fax number is not in settings: the fax cover leaves a line to write it on.' });
  if (!c.fax.trim()) out.push({ id: 'clinic-fax', message: 'The clinic’s fax number is not in settings: the fax cover leaves a line to write it on. Check the number with the clinic before sending.' });
  if (!fullName(patient)) out.push({ id: 'patient-name', message: 'No patient name: type it below (it is not saved), or enter it in the popup’s Referral form tab and reload this page.' });
  if (!dobInWords(patient.dob)) out.push({ id: 'patient-dob', message: 'No date of birth: type it below (it is not saved). The clinic needs it to match the referral to the right patient.' });
  return out;
}
