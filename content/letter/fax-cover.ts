import type { Profile } from '../referral/profile';
import { longDate } from './dates';

/**
 * The confidentiality notice, in our own words. It names no law: the referrer's practice may be
 * bound by HIPAA, state law or both, and the notice's job is the same either way.
 */
export const CONFIDENTIALITY_NOTICE = [
  'This fax contains confidential health information about a patient. It is meant only for the clinic named above.',
  'If it reached you by mistake, please tell the sender at once by phone or fax, do not read on, copy or pass it to anyone, and destroy every page.',
] as const;

export interface FaxCoverInput {
  profile: Profile;
  date: Date;
  /** Pages of the letter as laid out; null while not yet measured. */
  letterPages: number | null;
  /** Whether any enclosure is ticked. */
  hasEnclosures: boolean;
  /** Pages of the enclosures as the referrer typed them; null when not given. */
  enclosurePages: number | null;
}

export interface FaxCover {
  to: { name: string; fax: string; phone: string };
  from: { name: string; practice: string; fax: string; phone: string };
  date: string;
  /** Pages sent, this cover included; null when a part is unknown (the cover leaves a blank). */
  pages: number | null;
  /** How the count is made up, e.g. "1 cover + 2 letter + 6 enclosures". */
  pagesDetail: string;
  /** Deliberately no patient name: the cover is the page anyone at the fax machine sees. */
  subject: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The cover's content. The total is cover + letter + enclosures; with enclosures ticked but
 * their pages not given, the total stays empty rather than counting them as none.
 */
export function buildFaxCover({ profile, date, letterPages, hasEnclosures, enclosurePages }: FaxCoverInput): FaxCover {
  const { referrer: r, clinic: c } = profile;
  const enclosures = hasEnclosures ? enclosurePages : 0;
  const pages = letterPages === null || enclosures === null ? null : 1 + letterPages + enclosures;
  const parts = ['1 cover', letterPages === null ? '' : `${plural(letterPages, 'letter page')}`,
    hasEnclosures ? (enclosurePages === null ? 'enclosures (pages not given)' : plural(enclosurePages, 'enclosure page')) : ''];
  return {
    to: { name: c.name, fax: c.fax, phone: c.phone },
    from: { name: [r.name, r.credentials].filter((p) => p.trim()).join(', '), practice: r.practice, fax: r.fax, phone: r.phone },
    date: longDate(date),
    pages,
    pagesDetail: parts.filter(Boolean).join(' + '),
    subject: hasEnclosures ? 'Patient referral: letter with records' : 'Patient referral: letter',
  };
}
