import { isChoice, type FieldRecord } from './field';
import {
  AUTOCOMPLETE_KINDS, EXCLUDED, FACT_QUESTIONS, INSURER_SECTION, KIND_KEYWORDS, NO, OTHER_PERSON, PATIENT_CONTEXT, REFERRER_CONTEXT,
  UNRELATED_FIELDS, YES, matchesAny, normalise, type Fact, type Kind,
} from './keywords';

export type Party = 'patient' | 'referrer' | 'referral';
export type DatePart = 'month' | 'day' | 'year';
/** Boxes of a phone number split the North American way: (555) 201-3344 plus an extension. */
export type PhonePart = 'area' | 'prefix' | 'line' | 'local' | 'ext';
export type Part = DatePart | PhonePart;

/** What a field asks for and whose it is; `party: null` means the field does not say. */
export type Classification =
  | {
    readonly kind: Kind | 'fact'; readonly party: Party | null; readonly part: Part | null; readonly via: 'autocomplete' | 'keywords';
    /** For a yes/no question: which fact it asks about. */
    readonly fact?: Fact;
    /** True when the field's own words, group, section or autocomplete section name its party (not only its kind). */
    readonly named: boolean;
  }
  | { readonly kind: null; readonly reason: string; readonly unrelated?: string };

/** Checked in this order, so "Practice name" is a practice and "Provider NPI" an NPI, not a name. */
const PRIORITY: readonly Kind[] = [
  'npi', 'dob', 'fax', 'email', 'contactMethod', 'phone', 'insurance', 'nameCredentials', 'credentials', 'duration', 'treatments',
  'imaging', 'middleName', 'nameSuffix', 'namePrefix', 'firstName', 'lastName', 'practice', 'reason', 'fullName',
];
const OWNER: Partial<Record<Kind, Party>> = {
  dob: 'patient', contactMethod: 'patient', insurance: 'patient',
  credentials: 'referrer', practice: 'referrer', npi: 'referrer', fax: 'referrer',
  reason: 'referral', duration: 'referral', treatments: 'referral', imaging: 'referral',
};
const PARTS: readonly [DatePart, RegExp][] = [['month', /\b(mm|month)\b/], ['day', /\b(dd|day)\b/], ['year', /\b(yyyy|yy|year)\b/]];
/** Kinds any person has, so a section about someone else claims them. */
const PERSON_KINDS: ReadonlySet<Kind> = new Set(['firstName', 'lastName', 'fullName', 'phone', 'email', 'fax', 'nameCredentials']);
const SOMEONE_ELSE = 'about someone else (emergency contact, guardian, policy holder, insurer or another doctor)';
const NO_SUCH_PART: Partial<Record<Kind, string>> = {
  middleName: 'a middle name, which the referral does not hold',
  nameSuffix: 'a name suffix (Jr., Sr.), which the referral does not hold',
  namePrefix: 'a title or name prefix, which the referral does not hold',
};
const PHONE_TOKENS: Readonly<Record<string, PhonePart>> = {
  'tel-area-code': 'area', 'tel-local-prefix': 'prefix', 'tel-local-suffix': 'line', 'tel-local': 'local', 'tel-extension': 'ext',
};

const kinds = new Map<string, Kind | null>();
/** Every kind's patterns in one table: most words on a page name no kind, and one run says so. */
const ANY_KIND: readonly RegExp[] = PRIORITY.flatMap((k) => KIND_KEYWORDS[k]);
/** Every unrelated form's field patterns in one table, for the same reason. */
const ANY_UNRELATED: readonly RegExp[] = Object.values(UNRELATED_FIELDS).flat();
/** The first kind a text names; remembered, since a group's and a section's words repeat for every field in them. */
function firstKind(text: string): Kind | null {
  let kind = kinds.get(text);
  if (kind === undefined) {
    if (kinds.size > 5000) kinds.clear();
    kinds.set(text, (kind = matchesAny(ANY_KIND, text) ? PRIORITY.find((k) => matchesAny(KIND_KEYWORDS[k], text)) ?? null : null));
  }
  return kind;
}

/** "mm/dd/yyyy", "m/d/yyyy", "yyyy-mm-dd": a whole date's format, not one part of it. */
const WHOLE_DATE = /\b([md]{1,2}\s*[/.-]\s*[md]{1,2}\s*[/.-]\s*y{2,4}|y{4}\s*[/.-]\s*m{1,2}\s*[/.-]\s*d{1,2})\b/i;

function datePart(text: string): DatePart | null {
  const found = PARTS.filter(([, re]) => re.test(text));
  return found.length === 1 ? found[0]![0] : null;
}

/** Which box of a split phone number this is, from its caption ("(###)", "Area code", "Ext.") or autocomplete token. */
function phonePart(f: FieldRecord, tokens: readonly string[]): PhonePart | null {
  const token = tokens.find((t) => PHONE_TOKENS[t]);
  if (token) return PHONE_TOKENS[token]!;
  // A box whose label also holds the field's caption is the field's first box (Wufoo ties "Office
  // Phone" to it and captions both the area code and the exchange "###"): its "###" is the area code.
  const first = f.groupLabel !== '' && f.label.startsWith(`${f.groupLabel} `);
  if (first && /^#{3}$/.test(f.label.slice(f.groupLabel.length + 1).trim())) return 'area';
  for (const raw of [f.label, f.placeholder]) {
    const t = raw.trim().toLowerCase();
    // Only a caption that is nothing but the part ("Direct line" is a whole number).
    if (/^\(\s*#{3}\s*\)$/.test(t) || /^area( code)?$/.test(t)) return 'area';
    if (/^#{3}$/.test(t) || /^(prefix|exchange)$/.test(t)) return 'prefix';
    if (/^#{4}$/.test(t) || /^line( number)?$/.test(t)) return 'line';
    if (/^ext\.?$|^extension$/.test(t)) return 'ext';
  }
  return null;
}

/** A yes/no question: a radio captioned Yes or No, or a select whose only choices are Yes and No. */
function isYesNo(f: FieldRecord): boolean {
  const yesNo = (t: string) => matchesAny(YES, t) || matchesAny(NO, t);
  if (f.type === 'radio') return yesNo(normalise(f.label || f.value));
  if (f.tag !== 'select') return false;
  const real = f.options.filter((o) => o.value !== '' && normalise(o.label) !== '');
  return real.length === 2 && real.every((o) => yesNo(normalise(o.label)));
}

/** The one fact a yes/no question asks about, or null when it asks about none or several. */
function factOf(question: string): Fact | null {
  const found = (Object.keys(FACT_QUESTIONS) as Fact[]).filter((k) => matchesAny(FACT_QUESTIONS[k], question));
  const facts = found.includes('ptCompleted') ? found.filter((k) => k !== 'pt') : found;
  return facts.length === 1 ? facts[0]! : null;
}

const parties = new Map<string, Party | null>();
function partyOf(t: string): Party | null {
  let party = parties.get(t);
  if (party === undefined) {
    if (parties.size > 5000) parties.clear();
    const referrer = matchesAny(REFERRER_CONTEXT, t);
    const patient = matchesAny(PATIENT_CONTEXT, t);
    parties.set(t, (party = referrer !== patient ? (referrer ? 'referrer' : 'patient') : null));
  }
  return party;
}

function partyFrom(texts: readonly string[]): Party | null {
  for (const t of texts) {
    const party = partyOf(t);
    if (party) return party;
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
  // Each source of words is read on its own: joined with a plain space, Django's name
  // "patient-insurance" and id "id_patient-insurance" would read "… insurance id …", an insurance
  // ID that no part of the field asks for. A phrase never spans the " | " between two sources.
  const ids = [f.name, f.id].map(normalise).filter(Boolean).join(' | ');
  const group = normalise(f.groupLabel);
  const section = normalise(f.section);
  const tokens = f.autocomplete.split(/\s+/).filter(Boolean);
  // A password box, a one-time code or a card field is never part of a referral, whatever its
  // words: the whole form is then not the referral (a patient-portal sign-up asks for a name and a
  // birth date too). Checked before the excluded words, which name the same fields ("Password")
  // but only skip the field itself.
  const surely = f.type === 'password' || tokens.includes('one-time-code') ? 'login' : tokens.some((t) => t.startsWith('cc-')) ? 'payment' : undefined;
  if (surely) return { kind: null, reason: `part of a ${surely} form, not a referral`, unrelated: surely };
  if (matchesAny(EXCLUDED, `${own} | ${ids} | ${group}`)) return { kind: null, reason: 'not part of a referral (search, sign-up, login, consent or similar)' };
  // Fields that only an unrelated form asks for (a card number, a coupon, a rating), by their words:
  // the whole form is then not the referral.
  const unrelated = f.type === 'url' ? 'comment'
    : matchesAny(ANY_UNRELATED, `${own} | ${ids}`) ? Object.keys(UNRELATED_FIELDS).find((k) => matchesAny(UNRELATED_FIELDS[k]!, `${own} | ${ids}`)) : undefined;
  if (unrelated) return { kind: null, reason: `part of a ${unrelated} form, not a referral`, unrelated };
  // Someone else's details (emergency contact, guardian, policy holder, another doctor): no value
  // of ours belongs there. A section heading counts unless the field or the heading itself names
  // the patient or the referrer ("Patient and parent/guardian information" is still the patient's).
  const sectionParty = partyFrom([section]);
  const ownParty = partyFrom([own, group]);
  const sectionOnly = ownParty === null && sectionParty === null;
  // A section about someone else ("Office contact", "Emergency contact") claims the fields that do
  // not name their own party, unless the section itself names the patient.
  const othersSection = ownParty === null && !matchesAny(PATIENT_CONTEXT, section) && matchesAny(OTHER_PERSON, section);
  if (matchesAny(OTHER_PERSON, `${own} | ${ids} | ${group}`)) {
    return { kind: null, reason: SOMEONE_ELSE };
  }
  const fieldParty = partyFrom([own, ids, group]);
  const wordsParty = fieldParty ?? sectionParty;

  // A yes/no question about a fact the referral holds (MRI available, PT tried, prior surgery…).
  if (isYesNo(f)) {
    const question = f.type === 'radio' ? group || own : own || group;
    const fact = factOf(question);
    if (!fact) return { kind: null, reason: 'a yes/no question about something the referral does not hold' };
    return { kind: 'fact', fact, party: 'referral', part: null, via: 'keywords', named: true };
  }

  // The HTML spec's contact-type token "fax" before "tel" makes it a fax number, not a phone.
  const acKind = tokens.includes('fax') && tokens.some((t) => t.startsWith('tel')) ? 'fax' : tokens.map((t) => AUTOCOMPLETE_KINDS[t]).find(Boolean);
  const acParty = partyFrom([tokens.filter((t) => t.startsWith('section-')).join(' ').replace(/-/g, ' ')]);

  let kind: Kind | null;
  let part: Part | null = null;
  let via: 'autocomplete' | 'keywords' = 'keywords';
  const split = phonePart(f, tokens);
  const says = (k: Kind) => [own, ids, group].some((t) => matchesAny(KIND_KEYWORDS[k], t));
  if (split && says('fax')) {
    // A fax number split into boxes like a phone number's (Wufoo).
    kind = 'fax';
    part = split;
  } else if (split && (tokens.some((t) => t.startsWith('tel')) || says('phone'))) {
    kind = 'phone';
    part = split;
    via = tokens.some((t) => PHONE_TOKENS[t]) ? 'autocomplete' : 'keywords';
  } else if (acKind) {
    via = 'autocomplete';
    if (acKind === 'dobMonth' || acKind === 'dobDay' || acKind === 'dobYear') {
      kind = 'dob';
      part = acKind === 'dobMonth' ? 'month' : acKind === 'dobDay' ? 'day' : 'year';
    } else kind = acKind;
    // "honorific-suffix" is the referrer's post-nominal letters only where the form says it is
    // the referrer's; a patient's (or anyone's) suffix box gets nothing.
    if (kind === 'credentials' && tokens.includes('honorific-suffix') && (acParty ?? wordsParty) !== 'referrer') kind = 'nameSuffix';
  } else {
    // A radio or checkbox is named by its group ("Treatments tried"), not by its option ("MRI").
    kind = isChoice(f.type) ? firstKind(group) ?? firstKind(ids) : firstKind(own) ?? firstKind(ids) ?? firstKind(group);
    if (kind === 'dob' || (kind === null && firstKind(group) === 'dob')) {
      kind = 'dob';
      part = WHOLE_DATE.test(`${f.label} ${f.placeholder}`) ? null : datePart(own) ?? (f.tag === 'select' ? datePart(normalise(f.options[0]?.label ?? '')) : null);
    }
  }
  if (!kind) return { kind: null, reason: 'no recognisable label' };
  const missing = NO_SUCH_PART[kind];
  if (missing) return { kind: null, reason: missing };
  if (othersSection && PERSON_KINDS.has(kind)) return { kind: null, reason: SOMEONE_ELSE };
  // A bare Name, Phone or Email under an "Insurance" heading is the insurer's.
  if (sectionOnly && PERSON_KINDS.has(kind) && matchesAny(INSURER_SECTION, section)) return { kind: null, reason: SOMEONE_ELSE };
  if (kind === 'dob' && f.type === 'date') part = null;
  // A patient's own words about their symptoms are theirs to write, not the referral note.
  if (kind === 'reason' && /\byour (symptoms?|pain|condition|problem|injury|concerns?)\b/.test(own)) {
    return { kind: null, reason: 'asks the patient to describe it in their own words' };
  }

  const named = acParty ?? wordsParty;
  // The referrer's own kinds (credentials, practice, NPI, fax) in a field whose own words, name or
  // group name the patient ("Patient name: Degree", a patient's company): the patient's, not ours.
  if (OWNER[kind] === 'referrer' && fieldParty === 'patient') {
    return { kind: null, reason: 'the patient’s own detail, which the referral does not hold' };
  }
  const party = OWNER[kind] ?? named;
  return { kind, party, part, via, named: named !== null };
}
