import { classify, type Classification, type Part, type Party } from './classify';
import { fieldId, fieldLabel, groupKey, inGroup, isChoice, type Collection, type FieldRecord } from './field';
import { isExcludedForm, normalise, type Fact, type Kind } from './keywords';
import type { ReferralValues, Target } from './targets';
import { NOTE_NEEDS_TEXT_AREA, NOT_TICKED, NO_VALUE, valueFor, type FieldValue } from './values';

export interface PlanItem {
  readonly key: number;
  readonly target: Target;
  /** How the field is labelled on the page. */
  readonly label: string;
  readonly value: FieldValue;
}
export interface PlanSkip {
  readonly key: number;
  readonly label: string;
  readonly reason: string;
  readonly required: boolean;
}
export interface Plan {
  /** Index of the chosen referral form, or null when the page has none. */
  readonly form: number | null;
  readonly fill: readonly PlanItem[];
  readonly skip: readonly PlanSkip[];
  /** File inputs the user must attach to by hand (labels). */
  readonly attach: readonly string[];
  /** Cross-origin frames that seem to hold the form. */
  readonly frames: readonly string[];
  /** Options of a planned radio or checkbox group that stay unticked, by the group's question. */
  readonly unticked?: readonly { readonly key: number; readonly question: string; readonly options: readonly string[] }[];
  /** What the page's other forms are (login, search, newsletter, payment…), for an honest message when none is a referral. */
  readonly unrelated?: readonly string[];
}

/** Per-origin corrections the user made: field id (or name) -> target, or 'none' for never fill. */
export type Corrections = Readonly<Record<string, Target | 'none'>>;

const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const PHONE_PARTS: ReadonlySet<Part> = new Set(['area', 'prefix', 'line', 'local']);


function toTarget(kind: Kind | 'fact', party: Party | null, fact: Fact | undefined): Target | 'unclear' | null {
  switch (kind) {
    case 'fact': return fact ? `referral.fact.${fact}` : null;
    case 'firstName': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.firstName' : 'patient.firstName';
    case 'lastName': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.lastName' : 'patient.lastName';
    case 'fullName': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.name' : 'patient.fullName';
    case 'nameCredentials': return party === 'patient' ? null : 'referrer.nameCredentials';
    case 'phone': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.phone' : 'patient.phone';
    case 'email': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.email' : 'patient.email';
    case 'dob': return 'patient.dob';
    case 'fax': return 'referrer.fax';
    case 'contactMethod': return 'patient.preferredContact';
    case 'insurance': return 'patient.insurance';
    case 'credentials': return 'referrer.credentials';
    case 'practice': return 'referrer.practice';
    case 'npi': return 'referrer.npi';
    case 'reason': return 'referral.reason';
    case 'duration': return 'referral.durationWeeks';
    case 'treatments': return 'referral.treatments';
    case 'imaging': return 'referral.imaging';
    default: return null;
  }
}

/** The date of birth's parts are targets of their own; other parts (phone boxes) share their target. */
function targetWithPart(target: Target, part: Part | null): Target {
  if (target === 'patient.dob' && (part === 'month' || part === 'day' || part === 'year')) return `patient.dob.${part}`;
  return target;
}

/**
 * What makes a form one about a patient: a field only such a form asks (date of birth, insurance,
 * the clinical questions) or one whose words name the patient. A form needs one of these to be a
 * referral form. A newsletter (name, email), an address form or a plain contact form has none; nor
 * do forms about the referrer alone (a provider sign-up with NPI and credentials) or about someone
 * else (a "refer a friend" form, whose "your details" name a referrer and whose friend is no patient).
 */
const ANCHOR_KINDS: ReadonlySet<Kind | 'fact'> = new Set(['dob', 'insurance', 'duration', 'treatments', 'imaging', 'fact']);
/** A note box that asks for the referral's or the patient's clinical story, not a bare "Message" or "Comments". */
const CLINICAL_REASON = /\b(refer(ral|red|ring)?|diagnos[ie]s|clinical|symptoms?|medical history|complaint)\b/;
/** A field that shows the form is about a patient: one only such a form asks, or one naming the patient. */
const isPatientSide = (c: Classification) => c.kind !== null && (ANCHOR_KINDS.has(c.kind) || (c.named && c.party === 'patient'));
const isAnchor = (c: Classification, f: FieldRecord) => isPatientSide(c)
  || (c.kind === 'reason' && CLINICAL_REASON.test(normalise(`${f.label} ${f.placeholder} ${f.groupLabel} ${f.name} ${f.id}`)));

/** Facts of the referral that may be asked twice on one form and answered the same each time. */
const SHARED_ANSWERS: ReadonlySet<Target> = new Set<Target>([
  'referral.durationWeeks', 'referral.treatments', 'referral.imaging', 'referral.fact.mri', 'referral.fact.pt', 'referral.fact.ptCompleted',
  'referral.fact.injections', 'referral.fact.surgery', 'referral.fact.redFlags', 'referral.fact.redFlagsPresent',
]);

/** Values that are only ever typed: a radio or checkbox can never hold one. */
const TYPED_TARGETS: ReadonlySet<Target> = new Set<Target>([
  'patient.phone', 'patient.email', 'patient.dob', 'patient.dob.month', 'patient.dob.day', 'patient.dob.year',
  'referrer.phone', 'referrer.fax', 'referrer.email', 'referrer.npi', 'referral.reason',
]);

/** Kinds that both the patient and the referrer have a value for. */
const SHARED_KINDS: ReadonlySet<Kind> = new Set(['fullName', 'firstName', 'lastName', 'phone', 'email']);

/**
 * Whose field is it, when the field itself does not say. Only for name, phone and email, and only
 * when the rest of the form makes it plain: the other one of its kind is clearly the referrer's
 * (or clearly the patient's, in a form that asks about the referrer), or the form asks nothing
 * about a referrer at all and something about a patient (a birth date, insurance, the clinical
 * questions, a field naming the patient). A bare Name, Email or Phone beside only a note box
 * ("Reason for referral" on a contact-style form) could be the sender's: it stays empty.
 * Otherwise null, and the field is left empty.
 */
function resolveParty(f: FieldRecord, c: Classification & { kind: Kind | 'fact' }, all: readonly [FieldRecord, Classification][]): Party | null {
  if (c.kind === 'fact' || !SHARED_KINDS.has(c.kind)) return null;
  const others = all.filter(([o]) => o.form === f.form && o.key !== f.key);
  // "Your name" on a form that also asks about the patient by name is the person filling it in: the referrer.
  if (/\byour\b/.test(normalise(`${f.label} ${f.section}`)) && others.some(([, oc]) => oc.kind && oc.named && oc.party === 'patient')) return 'referrer';
  // First and last names are never the referrer's by elimination: a bare one is the patient's
  // unless the form has another of its kind, and then it is unclear.
  const aboutPatient = others.some(([, oc]) => isPatientSide(oc));
  if (c.kind === 'firstName' || c.kind === 'lastName') return others.some(([, oc]) => oc.kind === c.kind) || !aboutPatient ? null : 'patient';
  const same = others.filter(([, oc]) => oc.kind === c.kind);
  const referrer = same.some(([, oc]) => oc.kind && oc.party === 'referrer');
  const patient = same.some(([, oc]) => oc.kind && oc.party === 'patient');
  const formHasReferrer = others.some(([, oc]) => oc.kind && oc.party === 'referrer');
  if (referrer && !patient) return 'patient';
  if (patient && !referrer) return formHasReferrer ? 'referrer' : null;
  return !referrer && !patient && !formHasReferrer && aboutPatient ? 'patient' : null;
}

/**
 * Decides, from plain field records only, which fields get which value. Anything uncertain is
 * skipped with a reason: a wrong value in a medical form is worse than an empty one.
 */
export function buildPlan(c: Collection, values: ReferralValues, corrections: Corrections = {}): Plan {
  const skip: PlanSkip[] = [];
  const attach: string[] = [];
  // Each field's group, worked out once: several steps below ask for it.
  const groups = new Map<number, string>();
  const groupOf = (f: FieldRecord) => {
    let g = groups.get(f.key);
    if (g === undefined) groups.set(f.key, (g = groupKey(f)));
    return g;
  };
  /** One line in the plan for a whole radio or checkbox group. */
  const groupLine = (first: FieldRecord, reason: string, required: boolean) =>
    skip.push({ key: first.key, label: first.groupLabel || fieldLabel(first), reason, required });
  // Options of one radio or checkbox group skipped for the same reason make one line, named by the group.
  const groupSkips = new Map<string, { key: number; label: string; reason: string; required: boolean }>();
  // A person cannot fill a hidden field either, so it is never flagged as a required field to fill.
  const skipField = (f: FieldRecord, reason: string) => {
    const required = f.required && !f.hidden;
    const group = inGroup(f) ? `${groupOf(f)}|${reason}` : null;
    const earlier = group ? groupSkips.get(group) : undefined;
    if (earlier) {
      earlier.label = f.groupLabel || earlier.label;
      earlier.required ||= required;
      return;
    }
    const entry = { key: f.key, label: fieldLabel(f), reason, required };
    if (group) groupSkips.set(group, entry);
    skip.push(entry);
  };

  const excludedForms = new Set(c.forms.filter((form) => isExcludedForm(form.signature)).map((form) => form.index));
  // A form is judged by what its fields mean too: one field only an unrelated form asks for (a card
  // number, a password, a coupon) rules the whole form out, and so does having no field that only
  // a referral asks for or that names the patient or the referrer.
  const unrelated = new Map<number, string>();
  const classifiedOnce = new Map<number, Classification>();
  const anchored = new Set<number>();
  const recognised = new Set<number>();
  for (const f of c.fields) {
    if (f.tag === 'input' && NOT_FIELDS.has(f.type)) continue;
    if (f.type === 'search') { unrelated.set(f.form, unrelated.get(f.form) ?? 'search'); continue; }
    if (f.hidden) continue;
    // A form the user has corrected a match in is the one they mean.
    if (corrections[fieldId(f)] ?? corrections[f.id || f.name]) anchored.add(f.form);
    const cl = classify(f);
    classifiedOnce.set(f.key, cl);
    if (cl.kind === null && cl.unrelated) unrelated.set(f.form, cl.unrelated);
    else if (isAnchor(cl, f)) anchored.add(f.form);
    else if (cl.kind !== null) recognised.add(f.form);
  }
  for (const form of c.forms) if (excludedForms.has(form.index) && !unrelated.has(form.index)) unrelated.set(form.index, formKind(form.signature));
  // Names, emails and phones but nothing that only a referral asks: a newsletter, an address or a
  // contact form. A form with nothing recognised at all stays a candidate, so matches can be corrected.
  for (const form of recognised) if (!anchored.has(form) && !unrelated.has(form)) unrelated.set(form, 'other');
  for (const form of unrelated.keys()) excludedForms.add(form);
  const live: FieldRecord[] = [];
  for (const f of c.fields) {
    if (f.tag === 'input' && NOT_FIELDS.has(f.type)) continue;
    if (excludedForms.has(f.form)) { skipField(f, `in a ${unrelated.get(f.form) === 'other' ? 'form that is not a referral form' : `${unrelated.get(f.form) ?? 'search, sign-up or login'} form, not the referral form`}`); continue; }
    if (f.type === 'file') { attach.push(fieldLabel(f)); skipField(f, 'a file upload: attach the document yourself'); continue; }
    if (f.hidden) { skipField(f, `hidden on the page (${f.hidden})`); continue; }
    if (f.disabled) { skipField(f, 'disabled'); continue; }
    if (f.readOnly) { skipField(f, 'read-only'); continue; }
    live.push(f);
  }

  const classified = live.map((f) => [f, classifiedOnce.get(f.key) ?? classify(f)] as [FieldRecord, Classification]);
  const targets = new Map<number, { target: Target; part: Part | null; corrected: boolean }>();
  for (const [f, cl] of classified) {
    // A correction saved for one option before groups had their own (by the option's id) still counts.
    const corrected = corrections[fieldId(f)] ?? corrections[f.id || f.name];
    if (corrected === 'none') { skipField(f, 'you chose never to fill this field'); continue; }
    if (corrected) { targets.set(f.key, { target: corrected, part: datePartOf(corrected), corrected: true }); continue; }
    if (!cl.kind) { skipField(f, cl.reason); continue; }
    const party = cl.party ?? resolveParty(f, cl, classified);
    const target = toTarget(cl.kind, party, cl.fact);
    if (target === 'unclear') skipField(f, 'unclear whether this is the patient’s or the referrer’s');
    else if (target === null) skipField(f, 'no value of the referral belongs here');
    // A box that cannot hold the note is no rival for it (OpenEMR's one-line "Referrer Diagnosis"
    // beside its "Reason" text area).
    else if (target === 'referral.reason' && f.tag !== 'textarea') skipField(f, NOTE_NEEDS_TEXT_AREA);
    // Nor is a tick box a rival for a value that must be typed (Bahmni's "Estimated" checkbox beside
    // the birth date; a "Phone" option of a contact-preference question beside the phone box).
    else if (isChoice(f.type) && TYPED_TARGETS.has(targetWithPart(target, cl.part))) skipField(f, 'a tick box cannot hold this value');
    else targets.set(f.key, { target: targetWithPart(target, cl.part), part: cl.part, corrected: false });
  }

  // A split phone number is filled whole or not at all: a number without its area code is worse
  // than an empty one (boxes whose captions do not say which part they are stay unrecognised).
  const partsOf = new Map<Target, Set<Part>>();
  for (const t of targets.values()) if (t.part && PHONE_PARTS.has(t.part)) partsOf.set(t.target, (partsOf.get(t.target) ?? new Set()).add(t.part));
  for (const f of live) {
    const t = targets.get(f.key);
    const parts = t?.part && PHONE_PARTS.has(t.part) ? partsOf.get(t.target)! : null;
    if (!parts || (parts.has('area') && (parts.has('local') || (parts.has('prefix') && parts.has('line'))))) continue;
    targets.delete(f.key);
    skipField(f, 'only part of a split phone number was recognised, so none of it is filled');
  }

  // The referral form is the one with the most recognised fields, never a search/login/sign-up form.
  const score = new Map<number, number>();
  for (const f of live) if (targets.has(f.key)) score.set(f.form, (score.get(f.form) ?? 0) + 1);
  // With nothing recognised, the form with the most fields still gets a plan (0 to fill), so the
  // user can correct the matches; a page whose only forms are unrelated gets none.
  if (score.size === 0) for (const f of live) score.set(f.form, (score.get(f.form) ?? 0) + 0.001);
  const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0];
  const form = best ? best[0] : null;

  // Two different fields (or groups) for one value: fill neither. A field the user pointed at the
  // value wins over one matched automatically; two the user pointed at still compete.
  const owners = new Map<string, { corrected: Set<string>; matched: Set<string>; labels: Map<string, string> }>();
  const ownerKey = (t: { target: Target; part: Part | null }) => `${t.target}|${t.part ?? ''}`;
  for (const f of live) {
    const t = targets.get(f.key);
    if (!t || f.form !== form) continue;
    const o = owners.get(ownerKey(t)) ?? { corrected: new Set<string>(), matched: new Set<string>(), labels: new Map<string, string>() };
    (t.corrected ? o.corrected : o.matched).add(groupOf(f));
    if (!o.labels.has(groupOf(f))) o.labels.set(groupOf(f), isChoice(f.type) && f.groupLabel ? f.groupLabel : fieldLabel(f));
    owners.set(ownerKey(t), o);
  }
  const competition = (f: FieldRecord, t: { target: Target; part: Part | null; corrected: boolean }): string | null => {
    const o = owners.get(ownerKey(t))!;
    // A correction on one box of a group is not a rival to the group's other boxes.
    if (!t.corrected && [...o.corrected].some((g) => g !== groupOf(f))) return 'you chose another field for this value';
    const rivals = [...(t.corrected ? o.corrected : o.matched)];
    // Two questions about the same fact of the referral (duration asked as a number and as a
    // bucket) each get the same answer; only a person's details and the note must have one home.
    if (rivals.length < 2 || SHARED_ANSWERS.has(t.target)) return null;
    const names = [...new Set(rivals.map((g) => `“${o.labels.get(g)}”`))];
    return `two fields compete for this value: ${names.length > 1 ? names.join(' and ') : `${names[0]} appears twice`}`;
  };

  // The options of each radio or checkbox group, for questions whose answer is one of them (duration buckets).
  const members = new Map<string, FieldRecord[]>();
  for (const f of live) if (isChoice(f.type) && f.form === form) members.set(groupOf(f), [...(members.get(groupOf(f)) ?? []), f]);
  const fill: PlanItem[] = [];
  // Radio and checkbox groups whose options say nothing on their own ("not this one", "no value"):
  // each group gets one line in the plan if none of its options is ticked, rather than silence.
  const quiet = new Map<string, { first: FieldRecord; reason: string | null; required: boolean }>();
  for (const f of live) {
    const t = targets.get(f.key);
    if (!t) continue;
    if (f.form !== form) { skipField(f, 'in another form on the page'); continue; }
    const lost = competition(f, t);
    if (lost) { skipField(f, lost); continue; }
    const v = valueFor(f, t.target, t.part, values, isChoice(f.type) ? members.get(groupOf(f)) : undefined);
    const g = isChoice(f.type) ? quiet.get(groupOf(f)) ?? { first: f, reason: null, required: false } : null;
    if (g && !v.ok && (v.reason === NOT_TICKED || v.reason === NO_VALUE)) {
      const reason = g.reason ?? (v.reason === NO_VALUE ? NO_VALUE : 'none of its options is the value');
      quiet.set(groupOf(f), { first: g.first, reason, required: g.required || f.required });
      continue;
    }
    if (g) quiet.set(groupOf(f), { ...g, reason: '' }); // this group has its own line or a tick
    if (v.ok) fill.push({ key: f.key, target: t.target, label: fieldLabel(f), value: v.value });
    else skipField(f, v.reason);
  }
  for (const { first, reason, required } of quiet.values()) if (reason) groupLine(first, reason, required);
  // A radio group takes one tick: when two of its options match, which is meant is unclear.
  const byKey = new Map(live.map((f) => [f.key, f]));
  const ticked = new Map<string, FieldRecord[]>();
  for (const item of fill) {
    const f = byKey.get(item.key)!;
    if (f.type === 'radio') ticked.set(groupOf(f), [...(ticked.get(groupOf(f)) ?? []), f]);
  }
  const ambiguous = new Set([...ticked].filter(([, options]) => options.length > 1).map(([g]) => g));
  const requiredGroups = new Set(live.filter((f) => f.required).map(groupOf));
  for (const g of ambiguous) groupLine(ticked.get(g)![0]!, 'more than one option matches', requiredGroups.has(g));
  const planned = fill.filter((item) => !ambiguous.has(groupOf(byKey.get(item.key)!)));
  // For each group with a tick planned, the options that stay unticked, named by the group's question.
  const tickedGroups = new Map<string, FieldRecord>();
  for (const item of planned) {
    const f = byKey.get(item.key)!;
    if (isChoice(f.type) && !tickedGroups.has(groupOf(f))) tickedGroups.set(groupOf(f), f);
  }
  const plannedKeys = new Set(planned.map((i) => i.key));
  const unticked = [...tickedGroups].map(([g, first]) => ({
    key: first.key,
    question: first.groupLabel || fieldLabel(first),
    options: live.filter((f) => groupOf(f) === g && !plannedKeys.has(f.key) && !f.filled).map((f) => f.label || f.value),
  })).filter((u) => u.options.length > 0);
  const others = [...new Set([...unrelated.entries()].filter(([i]) => i !== form).map(([, kind]) => kind))];
  return { form, fill: planned, skip: skip.sort((a, b) => a.key - b.key), attach, frames: c.frames, unticked, unrelated: others };
}

function datePartOf(t: Target): Part | null {
  return t === 'patient.dob.month' ? 'month' : t === 'patient.dob.day' ? 'day' : t === 'patient.dob.year' ? 'year' : null;
}

/** What kind of form a signature describes, in the words of the message ("a login form"). */
function formKind(signature: string): string {
  const s = normalise(signature);
  const kinds: [string, RegExp][] = [
    ['search', /\bsearch\b/], ['newsletter', /\b(newsletter|subscribe|sign ?up|join|club|loyalty|rewards?)\b/], ['login', /\b(log ?in|sign ?in|password)\b/],
    ['comment', /\b(comment|reply)\b/], ['review', /\breview\b/], ['payment', /\b(pay(ment)?|checkout|billing)\b/],
    ['coupon', /\bcoupon\b/], ['address', /\bshipping\b/], ['insurance eligibility', /\beligibility\b|\b(verify|check) (insurance|coverage|benefits)\b/],
  ];
  return kinds.find(([, re]) => re.test(s))?.[0] ?? 'other';
}
