import { isChoice, type FieldRecord } from './field';
import {
  AUTOCOMPLETE_KINDS, EXCLUDED, INSURER_SECTION, KIND_KEYWORDS, OTHER_PERSON, PATIENT_CONTEXT, REFERRER_CONTEXT, matchesAny, normalise, type Kind,
} from './keywords';

export type Party = 'patient' | 'referrer' | 'referral';
export type DatePart = 'month' | 'day' | 'year';

/** What a field asks for and whose it is; `party: null` means the field does not say. */
export type Classification =
  | { readonly kind: Kind; readonly party: Party | null; readonly part: DatePart | null; readonly via: 'autocomplete' | 'keywords' }
  | { readonly kind: null; readonly reason: string };

/** Checked in this order, so "Practice name" is a practice and "Provider NPI" an NPI, not a name. */
const PRIORITY: readonly Kind[] = [
  'npi', 'dob', 'fax', 'email', 'contactMethod', 'phone', 'insurance', 'credentials', 'duration', 'treatments',
  'imaging', 'firstName', 'lastName', 'practice', 'reason', 'fullName',
];
const OWNER: Partial<Record<Kind, Party>> = {
  dob: 'patient', contactMethod: 'patient', insurance: 'patient',
  credentials: 'referrer', practice: 'referrer', npi: 'referrer', fax: 'referrer',
  reason: 'referral', duration: 'referral', treatments: 'referral', imaging: 'referral',
};
const PARTS: readonly [DatePart, RegExp][] = [['month', /\b(mm|month)\b/], ['day', /\b(dd|day)\b/], ['year', /\b(yyyy|yy|year)\b/]];
/** Kinds any person has, so a section about someone else claims them. */
const PERSON_KINDS: ReadonlySet<Kind> = new Set(['firstName', 'lastName', 'fullName', 'phone', 'email', 'fax']);
const SOMEONE_ELSE = 'about someone else (emergency contact, guardian, policy holder, insurer or another doctor)';

const firstKind = (text: string): Kind | null => PRIORITY.find((k) => matchesAny(KIND_KEYWORDS[k], text)) ?? null;

function datePart(text: string): DatePart | null {
  const found = PARTS.filter(([, re]) => re.test(text));
  return found.length === 1 ? found[0]![0] : null;
}

function partyFrom(texts: readonly string[]): Party | null {
  for (const t of texts) {
    const referrer = matchesAny(REFERRER_CONTEXT, t);
    const patient = matchesAny(PATIENT_CONTEXT, t);
    if (referrer !== patient) return referrer ? 'referrer' : 'patient';
  }
  return null;
}

/**
 * Decides what one field asks for: the autocomplete token first, then keywords in the field's
 * own label and placeholder, its name and id, then its group label. Whose value it is comes
 * from the field's own words, then its group, then the section it sits in.
 */
export function classify(f: FieldRecord): Classification {
  const own = normalise(`${f.label} ${f.placeholder}`);
  const ids = normalise(`${f.name} ${f.id}`);
  const group = normalise(f.groupLabel);
  const section = normalise(f.section);
  if (matchesAny(EXCLUDED, `${own} ${ids} ${group}`)) return { kind: null, reason: 'not part of a referral (search, sign-up, login, consent or similar)' };
  // Someone else's details (emergency contact, guardian, policy holder, another doctor): no value
  // of ours belongs there. A section heading counts unless the field or the heading itself names
  // the patient or the referrer ("Patient and parent/guardian information" is still the patient's).
  const sectionParty = partyFrom([section]);
  const sectionOnly = partyFrom([own, group]) === null && sectionParty === null;
  if (matchesAny(OTHER_PERSON, `${own} ${ids} ${group}`) || (sectionOnly && matchesAny(OTHER_PERSON, section))) {
    return { kind: null, reason: SOMEONE_ELSE };
  }

  const tokens = f.autocomplete.split(/\s+/).filter(Boolean);
  // The HTML spec's contact-type token "fax" before "tel" makes it a fax number, not a phone.
  const acKind = tokens.includes('fax') && tokens.some((t) => t.startsWith('tel')) ? 'fax' : tokens.map((t) => AUTOCOMPLETE_KINDS[t]).find(Boolean);
  const acParty = partyFrom([tokens.filter((t) => t.startsWith('section-')).join(' ').replace(/-/g, ' ')]);

  let kind: Kind | null;
  let part: DatePart | null = null;
  let via: 'autocomplete' | 'keywords' = 'keywords';
  if (acKind) {
    via = 'autocomplete';
    if (acKind === 'dobMonth' || acKind === 'dobDay' || acKind === 'dobYear') {
      kind = 'dob';
      part = acKind === 'dobMonth' ? 'month' : acKind === 'dobDay' ? 'day' : 'year';
    } else kind = acKind;
  } else {
    // A radio or checkbox is named by its group ("Treatments tried"), not by its option ("MRI").
    kind = isChoice(f.type) ? firstKind(group) ?? firstKind(ids) : firstKind(own) ?? firstKind(ids) ?? firstKind(group);
    if (kind === 'dob' || (kind === null && firstKind(group) === 'dob')) {
      kind = 'dob';
      part = datePart(own) ?? (f.tag === 'select' ? datePart(normalise(f.options[0]?.label ?? '')) : null);
    }
  }
  if (!kind) return { kind: null, reason: 'no recognisable label' };
  // A bare Name, Phone or Email under an "Insurance" heading is the insurer's.
  if (sectionOnly && PERSON_KINDS.has(kind) && matchesAny(INSURER_SECTION, section)) return { kind: null, reason: SOMEONE_ELSE };
  if (kind === 'dob' && f.type === 'date') part = null;

  const party = OWNER[kind] ?? acParty ?? partyFrom([own, ids, group]) ?? sectionParty;
  return { kind, party, part, via };
}
