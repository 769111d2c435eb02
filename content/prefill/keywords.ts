/**
 * Keyword tables for recognising referral-form fields. Patterns run on normalised text: lower
 * case, words split at punctuation and camelCase ("input_1.3" -> "input 1 3", "firstName" ->
 * "first name"). Order matters within a table only for readability; every pattern is tried.
 */

/** What a field asks for, before deciding whose (patient's or referrer's) it is. */
export type Kind =
  | 'firstName' | 'lastName' | 'fullName' | 'dob' | 'phone' | 'fax' | 'email' | 'contactMethod' | 'insurance'
  | 'credentials' | 'practice' | 'npi' | 'reason' | 'duration' | 'treatments' | 'imaging'
  | 'middleName' | 'nameSuffix' | 'namePrefix' | 'nameCredentials';

export const KIND_KEYWORDS: Readonly<Record<Kind, readonly RegExp[]>> = {
  // Names. "First"/"Last" alone are Gravity Forms' sub-labels of a complex Name field.
  // A name with the credentials or title in one box ("Provider name & credentials", "Name / title").
  nameCredentials: [/\bname\b.{0,24}\b(credentials?|title|degree)\b/, /\b(credentials?|degree)\b.{0,24}\bname\b/],
  // Parts of a name the filler has no value for: kept apart so they never take the whole name.
  middleName: [/\bmiddle( name| initial)?\b/, /^mi$/, /\bmiddle\b/],
  nameSuffix: [/\bsuffix\b/, /\bjr\b/],
  namePrefix: [/\bsalutation\b/, /^(name )?prefix$/, /^title$/],
  firstName: [/\bfirst( name)?\b/, /\bgiven( name)?\b/, /\bfname\b/, /\bforename\b/],
  lastName: [/\blast( name)?\b/, /\bsurname\b/, /\bfamily name\b/, /\blname\b/],
  // A field labelled only with a role ("Referring physician") asks for that person's name.
  fullName: [/\bfull name\b/, /\bname\b/, /^(referring |ref )?((provider|physician|doctor|clinician|therapist|md) ?){1,3}$/, /^refer(red)? by$/],
  // Dates and contact details.
  dob: [/\bdate of birth\b/, /\bdob\b/, /\bbirth ?date\b/, /\bbirthday\b/, /\bborn\b/],
  phone: [/\bphone\b/, /\btelephone\b/, /\btel\b/, /\bmobile\b/, /\bcell\b/, /\bcontact (number|no)\b/],
  fax: [/\bfax\b/],
  email: [/\be ?mail\b/],
  contactMethod: [/\bprefer(red|s)?\b.*\bcontact(ed)?\b/, /\bcontact (via|by)\b/, /\bcontact (method|preference)\b/, /\bbest way to (reach|contact)\b/, /\bhow should we contact\b/],
  insurance: [/\binsur(ance|er)\b/, /\bprimary ins\b/, /\bins (carrier|plan|co)\b/, /\bpayer\b/, /\bhealth plan\b/, /\bcoverage\b/],
  // The referrer.
  credentials: [/\bcredentials?\b/, /\bdegree\b/, /\blicen[cs]e type\b/, /\bdiscipline\b/],
  practice: [/\bpractice\b/, /\bclinic( name)?\b/, /\borgani[sz]ation\b/, /\bfacility\b/, /\bcompany\b/],
  npi: [/\bnpi\b/, /\bnational provider\b/],
  // The clinical story.
  reason: [/\breason\b/, /\bclinical (notes?|summary|history|information)\b/, /\breferral (letter|summary|details|notes?)\b/, /\bsummary\b/, /\bdiagnosis\b/, /\bnotes?\b/, /\bcomments?\b/, /\bmessage\b/, /\badditional information\b/, /\bdescribe\b/],
  // Symptom duration only: "How many weeks of physical therapy?" or "Weeks of pain relief after
  // the injection" ask something else. A bare "Duration" or "How long (weeks)" label counts;
  // anything longer must name the symptoms or pain, and no treatment.
  duration: [
    /^(?!.*\b(pt|physical therapy|therap\w*|physio\w*|injections?|relief|treatments?|visits|sessions)\b).*\b(symptoms?|sx|pain|condition|complaint|problem)\b.*\b(duration|how long|weeks|wks|lasted|present for)\b/,
    /^(?!.*\b(pt|physical therapy|therap\w*|physio\w*|injections?|relief|treatments?|visits|sessions)\b).*\b(weeks|months|time|duration) (since|from) (onset|symptoms? (began|started))\b/,
    /^(?!.*\b(pt|physical therapy|therap\w*|physio\w*|injections?|relief|treatments?|visits|sessions)\b).*\b(duration|how long|weeks|wks)\b.*\b(symptoms?|sx|pain|condition|complaint|problem)\b/,
    /^(duration|how long|weeks)( in)?( weeks| wks)?$/,
  ],
  // "Tx" is the clinical shorthand for treatment ("Prior Tx").
  treatments: [/\btreatments?\b/, /\b(prior|previous|past) tx\b/, /\bprior care\b/, /\bconservative care\b/, /\bcare (received|to date)\b/, /\btherapies\b/, /\btried\b/],
  imaging: [/\bimaging\b/, /\bscans?\b/, /\bmri\b/, /\bx ?rays?\b/],
};

/** Words that say a field is about the referring provider rather than the patient. */
export const REFERRER_CONTEXT: readonly RegExp[] = [
  /\breferr(ing|er)\b/, /\bprovider\b/, /\bphysician\b/, /\bdoctor\b/, /\bdr\b/, /\bclinician\b/, /\btherapist\b/,
  /\bpractitioner\b/, /\boffice\b/, /\breferred\b/, /\brefer by\b/, /\bref (md|physician|provider|doctor|dr)\b/, /\b(referring|ref) md\b/, /\bnpi\b/, /\bsection referr(er|ing)\b/, /\bsection provider\b/,
];

/** Words that say a field is about the patient. */
export const PATIENT_CONTEXT: readonly RegExp[] = [/\bpatient'?s?\b/, /\bclient\b/, /\bsection patient\b/];

/** Fields or forms that are never the referral: search, sign-ups, logins, captchas, coupons. */
export const EXCLUDED: readonly RegExp[] = [
  /\bsearch\b/, /\bnewsletter\b/, /\bsubscribe\b/, /\bsign ?up\b/, /\bcaptcha\b/, /\bcoupon\b/, /\bpromo\b/,
  /\bdiscount\b/, /\bpassword\b/, /\busername\b/, /\buser name\b/, /\blog ?in\b/, /\bhear about\b/,
  /\bhoney ?pot\b/, /\bconsent\b/, /\bagree\b/,
];

/**
 * Fields about someone other than the patient or the referrer, which the filler has no value for
 * and must not take for the patient's or referrer's own: emergency contacts, guardians, the
 * insurance policy holder, insurance numbers, other doctors. Checked on the field's own words,
 * its group and the section it sits in.
 */
export const OTHER_PERSON: readonly RegExp[] = [
  /\bemergency\b/, /\bnext of kin\b/, /\bguardian\b/, /\bparent\b/, /\bspouse\b/, /\bcaregiver\b/, /\brelationship\b/,
  /\bpolicy ?holder\b/, /\bsubscriber\b/, /\binsured\b/, /\bresponsible party\b/, /\bguarantor\b/,
  /\bmember (id|number|no)\b/, /\bgroup (id|number|no)\b/, /\bpolicy (id|number|no)\b/, /\binsurance (id|number|no|phone|fax|address)\b/,
  /\bprimary care\b/, /\bpcp\b/, /\bfamily (doctor|physician)\b/, /\bother (doctor|physician|provider)s?\b/,
  /\bcoordinator\b/, /\bnurse\b/, /\bstaff\b/, /\bassistant\b/, /\bscheduler\b/, /\bcontact (person|name)\b/, /\boffice contact\b/,
  /\battorney\b/, /\blawyer\b/, /\bemployer\b/, /\badjuster\b/, /\bcase manager\b/,
  /\b(secondary|alternate) (insurance|contact|phone|email|address)\b/,
];

/** A section about the insurer: a bare Name, Phone or Email there is the insurer's, not ours. */
export const INSURER_SECTION: readonly RegExp[] = [/\binsur(ance|er)\b/, /\bpayer\b/];

/**
 * Forms that are never the referral, by their signature (role, id, class, action, first heading,
 * buttons): searches, sign-ups and logins, and also comment, review, reply, checkout, billing and
 * shipping forms (issue 9 point 9: a comment form on an allowed site is never a target).
 */
const FORM_EXCLUDED: readonly RegExp[] = [
  ...EXCLUDED, /\bcommentform\b/, /\bcomment (form|respond)\b/, /\bpost (a )?comment\b/, /\bleave a (reply|comment)\b/, /\breply\b/,
  /\breview form\b/, /\b(add|write|submit) a review\b/, /\bcheckout\b/, /\bbilling\b/, /\bshipping\b/, /\bpay(ment)?\b/, /\bapply coupon\b/,
  // An insurance eligibility or benefits check asks for the patient, the payer and the provider, but refers no one.
  /\beligibility\b/, /\b(verify|check) (insurance|coverage|benefits)\b/,
  // Clubs and rewards sign-ups ("Join our birthday club") ask a name, a birth date and an email too.
  /\bjoin\b/, /\bclub\b/, /\b(loyalty|rewards?)\b/,
];
export const isExcludedForm = (signature: string) => matchesAny(FORM_EXCLUDED, normalise(signature));

/**
 * What a field of an unrelated form asks for, by meaning rather than by the form's own words:
 * one such field marks its whole form as not a referral (a payment form that also asks for a
 * phone number is still a payment form). Checked on the field's own words, name and id.
 */
export const UNRELATED_FIELDS: Readonly<Record<string, readonly RegExp[]>> = {
  payment: [/\bcard ?(number|holder|name|no)\b/, /\bname on (the )?card\b/, /\bcredit card\b/, /\bcvv\b/, /\bcvc\b/, /\bcsc\b/, /\bcard security\b/, /\bexpir(y|ation)( date)?\b/, /\bcc (number|exp|name|csc)\b/],
  coupon: [/\bcoupon\b/, /\bpromo( code)?\b/, /\bvoucher\b/, /\bgift card\b/],
  review: [/\brating\b/, /\byour review\b/, /\breview title\b/],
  comment: [/\bwebsite\b/],
  login: [/\bpassword\b/, /\bsecurity code\b/, /\bone time code\b/, /\bverification code\b/, /\bdigit \d\b/],
};

/**
 * Yes/No questions about facts the referral holds, by the question's words. "Completed a course of
 * physical therapy" asks more than "tried physical therapy", so it has its own fact.
 */
/** Words that ask whether red flags were looked for (not whether any is present). */
const SCREENING = String.raw`(screen\w*|check\w*|assess\w*|ruled? out|review\w*|exclud\w*|cleared)`;

export const FACT_QUESTIONS = {
  ptCompleted: [/\bcomplet\w*\b.*\b(physical therap\w*|physiotherap\w*|pt)\b/, /\b(physical therap\w*|physiotherap\w*|pt)\b.*\bcomplet/],
  pt: [/\bphysical therap/, /\bphysiotherap/, /\bpt\b/],
  injections: [/\binjections?\b/, /\bepidural/, /\besi\b/],
  surgery: [/\bsurg/],
  mri: [/\bmri\b/, /\bimaging\b/, /\bscans?\b/],
  // Two opposite questions: "Red flags screened?" (Yes after a clear screen) and "Any red flag
  // symptoms present?" (No then). A question that names neither is left empty.
  redFlags: [new RegExp(String.raw`\bred flags?\b.*\b${SCREENING}\b`), new RegExp(String.raw`\b${SCREENING}\b.*\bred flags?\b`)],
  // Presence words, unless the question is about the screen ("Has the patient been screened for red flags?").
  redFlagsPresent: [
    new RegExp(String.raw`^(?!.*\b${SCREENING}\b).*\bred flags?\b.*\b(present|symptoms?|signs?|positive|identified|noted|found)\b`),
    new RegExp(String.raw`^(?!.*\b${SCREENING}\b).*\b(any|has|have|presence|with)\b.*\bred flags?\b`),
  ],
} as const satisfies Record<string, readonly RegExp[]>;
export type Fact = keyof typeof FACT_QUESTIONS;
export const YES: readonly RegExp[] = [/^(yes|y)$/];
export const NO: readonly RegExp[] = [/^(no|n)$/];

/** Option labels for checkbox/radio/select choices. */
export const TREATMENT_OPTIONS = {
  pt: [/\bphysical therap/, /\bphysiotherap/, /\bpt\b/],
  injections: [/\binjections?\b/, /\bepidural/, /\besi\b/],
  surgery: [/\bsurg/],
  medication: [/\bmedication/, /\bmedicine/, /\bdrugs?\b/, /\bpain reliev/],
  chiropractic: [/\bchiropract/],
} as const satisfies Record<string, readonly RegExp[]>;

export const IMAGING_OPTIONS = {
  mri: [/\bmri\b/, /\bmagnetic resonance\b/],
  xray: [/\bx ?rays?\b/, /\bradiographs?\b/],
  ct: [/\bct\b/, /\bcomputed tomography\b/, /\bcat scan\b/],
  none: [/\bnone\b/, /\bnot yet\b/, /\bno imaging\b/],
} as const satisfies Record<string, readonly RegExp[]>;

export const CONTACT_OPTIONS = {
  phone: [/\bphone\b/, /\bcall\b/, /\btelephone\b/],
  email: [/\be ?mail\b/],
  text: [/\btext\b/, /\bsms\b/],
} as const satisfies Record<string, readonly RegExp[]>;

/** autocomplete tokens (HTML spec) and the kind each one names. */
export const AUTOCOMPLETE_KINDS: Readonly<Record<string, Kind | 'dobMonth' | 'dobDay' | 'dobYear'>> = {
  'given-name': 'firstName',
  'family-name': 'lastName',
  name: 'fullName',
  bday: 'dob',
  'bday-month': 'dobMonth',
  'bday-day': 'dobDay',
  'bday-year': 'dobYear',
  tel: 'phone',
  'tel-national': 'phone',
  email: 'email',
  organization: 'practice',
  // Post-nominal letters such as "PT, DPT" for the referrer; a patient's Jr./Sr. otherwise (classify decides).
  'honorific-suffix': 'credentials',
  'additional-name': 'middleName',
  'honorific-prefix': 'namePrefix',
};

/** Lower case, words split at punctuation, underscores and camelCase. */
export function normalise(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    // Dotted abbreviations become one word: "D.O.B." -> "dob", "M.D." -> "md".
    .replace(/\b[a-z](?: [a-z]\b)+/g, (letters) => letters.replace(/ /g, ''))
    .trim();
}

const unions = new WeakMap<readonly RegExp[], RegExp>();

/**
 * True when any pattern of a table matches. Each table is joined once into one alternation, so a
 * field costs one regular-expression run per table rather than one per pattern. Tables hold only
 * flagless patterns (a /g or /y pattern would carry state from one test to the next).
 */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  let union = unions.get(patterns);
  if (!union) {
    union = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
    unions.set(patterns, union);
  }
  return union.test(text);
}
