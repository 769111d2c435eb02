import { classify, type Classification, type DatePart, type Party } from './classify';
import { fieldId, fieldLabel, groupKey, isChoice, type Collection, type FieldRecord } from './field';
import { isExcludedForm, type Kind } from './keywords';
import type { ReferralValues, Target } from './targets';
import { NOT_TICKED, NO_VALUE, valueFor, type FieldValue } from './values';

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
}

/** Per-origin corrections the user made: field id (or name) -> target, or 'none' for never fill. */
export type Corrections = Readonly<Record<string, Target | 'none'>>;

const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);


function toTarget(kind: Kind, party: Party | null, part: DatePart | null): Target | 'unclear' | null {
  switch (kind) {
    case 'firstName': return party === 'referrer' ? null : 'patient.firstName';
    case 'lastName': return party === 'referrer' ? null : 'patient.lastName';
    case 'fullName': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.name' : 'patient.fullName';
    case 'phone': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.phone' : 'patient.phone';
    case 'email': return party === null ? 'unclear' : party === 'referrer' ? 'referrer.email' : 'patient.email';
    case 'dob': return part ? `patient.dob.${part}` : 'patient.dob';
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
  }
}

/** Kinds that both the patient and the referrer have a value for. */
const SHARED_KINDS: ReadonlySet<Kind> = new Set(['fullName', 'phone', 'email']);

/**
 * Whose field is it, when the field itself does not say. Only for name, phone and email, and only
 * when the rest of the form makes it plain: the other one of its kind is clearly the referrer's
 * (or clearly the patient's, in a form that asks about the referrer), or the form asks nothing
 * about a referrer at all. Otherwise null, and the field is left empty.
 */
function resolveParty(f: FieldRecord, c: Classification & { kind: Kind }, all: readonly [FieldRecord, Classification][]): Party | null {
  if (!SHARED_KINDS.has(c.kind)) return null;
  const others = all.filter(([o]) => o.form === f.form && o.key !== f.key);
  const same = others.filter(([, oc]) => oc.kind === c.kind);
  const referrer = same.some(([, oc]) => oc.kind && oc.party === 'referrer');
  const patient = same.some(([, oc]) => oc.kind && oc.party === 'patient');
  const formHasReferrer = others.some(([, oc]) => oc.kind && oc.party === 'referrer');
  if (referrer && !patient) return 'patient';
  if (patient && !referrer) return formHasReferrer ? 'referrer' : null;
  return !referrer && !patient && !formHasReferrer ? 'patient' : null;
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
  const skipField = (f: FieldRecord, reason: string) => {
    const group = isChoice(f.type) && f.name ? `${groupOf(f)}|${reason}` : null;
    const earlier = group ? groupSkips.get(group) : undefined;
    if (earlier) {
      earlier.label = f.groupLabel || earlier.label;
      earlier.required ||= f.required;
      return;
    }
    const entry = { key: f.key, label: fieldLabel(f), reason, required: f.required };
    if (group) groupSkips.set(group, entry);
    skip.push(entry);
  };

  const excludedForms = new Set(c.forms.filter((form) => isExcludedForm(form.signature)).map((form) => form.index));
  const live: FieldRecord[] = [];
  for (const f of c.fields) {
    if (f.tag === 'input' && NOT_FIELDS.has(f.type)) continue;
    if (excludedForms.has(f.form)) { skipField(f, 'in a search, sign-up or login form, not the referral form'); continue; }
    if (f.type === 'file') { attach.push(fieldLabel(f)); skipField(f, 'a file upload: attach the document yourself'); continue; }
    if (f.hidden) { skipField(f, `hidden on the page (${f.hidden})`); continue; }
    if (f.disabled) { skipField(f, 'disabled'); continue; }
    if (f.readOnly) { skipField(f, 'read-only'); continue; }
    live.push(f);
  }

  const classified = live.map((f) => [f, classify(f)] as [FieldRecord, Classification]);
  const targets = new Map<number, { target: Target; part: DatePart | null; corrected: boolean }>();
  for (const [f, cl] of classified) {
    // A correction saved for one option before groups had their own (by the option's id) still counts.
    const corrected = corrections[fieldId(f)] ?? corrections[f.id || f.name];
    if (corrected === 'none') { skipField(f, 'you chose never to fill this field'); continue; }
    if (corrected) { targets.set(f.key, { target: corrected, part: datePartOf(corrected), corrected: true }); continue; }
    if (!cl.kind) { skipField(f, cl.reason); continue; }
    const party = cl.party ?? resolveParty(f, cl, classified);
    const target = toTarget(cl.kind, party, cl.part);
    if (target === 'unclear') skipField(f, 'unclear whether this is the patient’s or the referrer’s');
    else if (target === null) skipField(f, 'the referrer’s name is filled as one field');
    else targets.set(f.key, { target, part: cl.part, corrected: false });
  }

  // The referral form is the one with the most recognised fields, never a search/login/sign-up form.
  const score = new Map<number, number>();
  for (const f of live) if (targets.has(f.key)) score.set(f.form, (score.get(f.form) ?? 0) + 1);
  // With nothing recognised, the form with the most fields still gets a plan (0 to fill), so the
  // user can correct the matches; a page whose only forms are search/sign-up/login gets none.
  if (score.size === 0) for (const f of live) score.set(f.form, (score.get(f.form) ?? 0) + 0.001);
  const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0];
  const form = best ? best[0] : null;

  // Two different fields (or groups) for one value: fill neither. A field the user pointed at the
  // value wins over one matched automatically; two the user pointed at still compete.
  const owners = new Map<Target, { corrected: Set<string>; matched: Set<string> }>();
  for (const f of live) {
    const t = targets.get(f.key);
    if (!t || f.form !== form) continue;
    const o = owners.get(t.target) ?? { corrected: new Set<string>(), matched: new Set<string>() };
    (t.corrected ? o.corrected : o.matched).add(groupOf(f));
    owners.set(t.target, o);
  }
  const competition = (f: FieldRecord, t: { target: Target; corrected: boolean }): string | null => {
    const o = owners.get(t.target)!;
    // A correction on one box of a group is not a rival to the group's other boxes.
    if (!t.corrected && [...o.corrected].some((g) => g !== groupOf(f))) return 'you chose another field for this value';
    return (t.corrected ? o.corrected : o.matched).size > 1 ? 'two fields compete for this value' : null;
  };

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
    const v = valueFor(f, t.target, t.part, values);
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
  return { form, fill: planned, skip: skip.sort((a, b) => a.key - b.key), attach, frames: c.frames };
}

function datePartOf(t: Target): DatePart | null {
  return t === 'patient.dob.month' ? 'month' : t === 'patient.dob.day' ? 'day' : t === 'patient.dob.year' ? 'year' : null;
}
