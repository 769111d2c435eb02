import { AGE_TOP, MEDICATION_IDS, ptStarted, type Answers } from './answers';
import { criterion, type CriterionId } from './criteria';
import { monthInFuture } from './history-input';
import {
  COMORBIDITY_CHOICES, DOMINANT_CHOICES, EXAM_CHOICES, EXAM_LABELS, LEVEL_CHOICES, MEDICATION_LABELS,
  RESPONSE_CHOICES, SENSORY_CHOICES, SEX_CHOICES, SPREAD_CHOICES, START_BACK_CHOICES, SURGERY_TYPE_CHOICES,
  WORK_CHOICES,
} from './history-questions';
import {
  CONTEXT_CHOICES, DRIVER_CHOICES, EXCLUSION_CHOICES, IMAGING_CHOICES, PT_RESPONSE_CHOICES, RED_FLAG_CHOICES,
  WISH_CHOICES, choiceLabel, type Choice,
} from './questions';
import { REFERRAL_ITEMS } from './referral-items';
import { CHRONIC_AFTER_WEEKS, PT_PROGRAMME_RANGE, RED_FLAG_KINDS, type CautionId, type Outcome, type OutcomeKind } from './rules';

/** One part of the referral note, so that the letter and the form prefill can place it. */
export interface NoteSection {
  readonly id: 'reason' | 'question' | 'patient' | 'history' | 'red-flags' | 'exam' | 'scores' | 'treatment'
    | 'imaging' | 'other' | 'enclosed' | 'note';
  readonly heading: string;
  readonly text: string;
}

/** The outcome in words for the clinic (not the checklist's own headline). */
const REASON: Readonly<Record<OutcomeKind, string>> = {
  emergency: 'Possible cauda equina syndrome: an emergency. This note is a handover for the emergency department or the on-call spine team, not a request for a clinic appointment.',
  urgent: 'A red flag for a possible serious cause is present. This note is for the urgent medical assessment by the patient’s physician, before any elective referral.',
  'other-pathway': 'Findings point away from biologic disc repair; advice on the most suitable pathway is requested.',
  'pt-first': 'Physical therapy is the current plan. This note records the baseline; no clinic referral is requested yet.',
  'consider-referral': 'Referral for a candidacy evaluation for biologic disc repair. Candidacy is for the clinic to decide.',
  'consider-referral-needs-mri': 'Referral for a candidacy evaluation for biologic disc repair. No imaging has been done yet.',
  'not-enough-info': 'The assessment is not complete yet.',
};

const QUESTION: Readonly<Record<OutcomeKind, string>> = {
  emergency: 'Please assess now for possible cauda equina syndrome.',
  urgent: 'Please assess urgently for a possible serious cause of the back pain.',
  'other-pathway': 'Which pathway would you advise for this patient?',
  'pt-first': 'None at present (for the record).',
  'consider-referral': 'Is an evaluation for biologic disc repair appropriate for this patient?',
  'consider-referral-needs-mri': 'Is an evaluation for biologic disc repair appropriate? Please advise whether imaging should be arranged, and by whom.',
  'not-enough-info': 'None yet: the assessment is incomplete.',
};

/**
 * A severe or worsening deficit in the legs: the same day, by a physician or spine surgeon (why:
 * see PROGRESSIVE_DEFICIT_TEXT in outcome-text.ts), whatever other urgent flag is ticked with it.
 */
const DEFICIT_REASON = 'A severe or worsening nerve deficit in the legs is present (a red flag). This note is a handover for a same-day assessment by a physician or spine surgeon, before any elective referral; it is not a request for a clinic appointment.';
const DEFICIT_QUESTION = 'Please assess the same day for a severe or worsening nerve deficit in the legs, including whether a spinal surgical opinion is needed.';
const deficitFirst = (o: Outcome) => o.kind === 'urgent' && o.reasons.includes('rf.progressive-deficit');

/** A completed PT course without benefit, pain not yet past 12 weeks: not "PT is the current plan". */
const NOT_YET_CHRONIC_REASON = `A physical therapy course is complete without lasting benefit, but the pain has not yet lasted more than ${CHRONIC_AFTER_WEEKS} weeks. This note records the baseline; no clinic referral is requested yet.`;
const reasonText = (o: Outcome) => (deficitFirst(o) ? DEFICIT_REASON
  : o.kind === 'pt-first' && o.reasons.includes('pt.not-yet-chronic-after-pt') ? NOT_YET_CHRONIC_REASON : REASON[o.kind]);

/** Cautions the clinic should read too, in the note's words (the referrer's own reminders stay in the popup). */
const NOTE_CAUTION: Partial<Record<CautionId, string>> = {
  'short-pt-course': `the physical therapy course was shorter than the ${PT_PROGRAMME_RANGE} weeks the clinic suggests.`,
  'pt-weeks-unknown': 'the length of the physical therapy course is not recorded.',
  'lasting-injection-relief': 'injections gave lasting relief.',
};

/** The age as the note gives it: ages over 89 are pooled (see AGE_TOP). */
const ageText = (age: number) => (age >= AGE_TOP ? `${AGE_TOP} or older` : `${age}`);

/**
 * Risk factors named in the note's red-flag section: the patient's fact (for example "age 52"),
 * not the rule that flagged it; the reader knows why an age is listed there.
 */
const RISK_TEXT: Partial<Record<CautionId, (d: Answers['details']) => string | null>> = {
  'risk.age': (d) => (d.age === null ? null : `age ${ageText(d.age)}`),
  'risk.age-long-standing': (d) => (d.age === null ? null : `age ${ageText(d.age)}`),
  'risk.steroids': () => 'long-term steroid use',
  'risk.osteoporosis': () => 'osteoporosis',
};

/**
 * A choice's label inside a sentence: its first letter lower-cased, unless the label opens with an
 * abbreviation ("NSAIDs", "IV drug use"), which keeps its capitals. Only the first letter changes,
 * so an abbreviation later in the label ("Fever or chills, IV drug use") stays as written.
 */
function inSentence(text: string): string {
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const label = <V extends string>(choices: readonly Choice<V>[], v: V | null) => (v === null ? null : choiceLabel(choices, v));
const weeks = (w: number | null) => (w === null ? null : `${w} week${w === 1 ? '' : 's'}`);
const line = (name: string, value: string | null) => (value === null || value === '' ? null : `${name}: ${value}`);
const join = (lines: readonly (string | null)[]) => lines.filter((l): l is string => l !== null).join('\n');
const sentence = (id: CriterionId) => `- ${criterion(id).text}.`;

/**
 * The referral note for the clinic, section by section. Plain words, no addresses, no criterion
 * ids. It uses only accepted answers: a rejected entry never reaches the answers, and a stored
 * month that now lies in the future (a wrong clock) is left out rather than shown.
 */
export function referralNoteSections(a: Answers, outcome: Outcome, included: readonly string[], today: Date): NoteSection[] {
  const d = a.details;
  const month = (m: string | null) => (m === null || monthInFuture(m, today) ? null : m);
  const sections: NoteSection[] = [];
  const add = (id: NoteSection['id'], heading: string, text: string) => { if (text) sections.push({ id, heading, text }); };

  add('reason', 'Reason for referral', join([
    reasonText(outcome),
    ...outcome.reasons.map(sentence),
    ...outcome.supporting.map(sentence),
    ...outcome.cautions.map((c) => NOTE_CAUTION[c]).filter((t): t is string => Boolean(t)).map((t) => `- Note: ${t}`),
  ]));
  // A red-flag note is read by whoever assesses the patient urgently, not by the elective clinic.
  add('question', RED_FLAG_KINDS.has(outcome.kind) ? 'Question for the assessing clinician' : 'Question for the clinic',
    deficitFirst(outcome) ? DEFICIT_QUESTION : QUESTION[outcome.kind]);

  add('patient', 'Patient', join([
    line('Age', d.age === null ? null : ageText(d.age)),
    line('Sex', label(SEX_CHOICES, d.sex)),
    line('Work', label(WORK_CHOICES, d.work)),
    line('Relevant conditions', d.comorbidities.map((c) => inSentence(choiceLabel(COMORBIDITY_CHOICES, c))).join('; ') || null),
  ]));

  add('history', 'History', join([
    line('Duration', weeks(a.durationWeeks)),
    line('Course', a.onset === null ? null : a.onset === 'acute' ? 'recent strain or minor injury' : 'persistent or recurring'),
    line('Dominant pain', label(DOMINANT_CHOICES, d.dominant)),
    line('Spread', label(SPREAD_CHOICES, d.spread)),
    line('Sensory symptoms', label(SENSORY_CHOICES, d.sensory)),
    d.claudication ? 'Long-standing symptoms in both legs on walking, eased by sitting or bending forward.' : null,
    line('Worse with', d.worse.trim() || null),
    line('Better with', d.better.trim() || null),
    line('Likely pain driver (referrer’s view)', label(DRIVER_CHOICES, a.driver)),
    line('Context', a.context === null || a.context === 'none' ? null : choiceLabel(CONTEXT_CHOICES, a.context)),
  ]));

  const risks = outcome.cautions.map((c) => RISK_TEXT[c]?.(d)).filter(Boolean);
  add('red-flags', 'Red flags', join([
    a.redFlags.length > 0
      ? `Present: ${a.redFlags.map((f) => inSentence(choiceLabel(RED_FLAG_CHOICES, f))).join('; ')}.`
      : a.redFlagsScreened ? 'Screened, including bladder and bowel: none present.' : 'Not yet screened.',
    a.inflammatory ? 'Features of inflammatory back pain (possible axial spondyloarthritis).' : null,
    risks.length > 0 ? `Risk factors: ${risks.join('; ')}.` : null,
  ]));

  add('exam', 'Examination', join((Object.keys(EXAM_LABELS) as (keyof typeof EXAM_LABELS)[]).map((k) =>
    line(EXAM_LABELS[k], label(EXAM_CHOICES[k] as readonly Choice<string>[], d[k])))));

  const nprs = [['now', d.nprsNow], ['best', d.nprsBest], ['worst', d.nprsWorst]] as const;
  add('scores', 'Scores (entered by the referrer)', join([
    nprs.some(([, v]) => v !== null)
      ? `Pain (NPRS, 0–10): ${nprs.filter(([, v]) => v !== null).map(([k, v]) => `${k} ${v}`).join(', ')}` : null,
    line('Oswestry Disability Index', d.odi === null ? null : `${d.odi}%`),
    line('STarT Back Tool', label(START_BACK_CHOICES, d.startBack)),
  ]));

  const meds = MEDICATION_IDS.filter((m) => d.meds[m] !== null)
    .map((m) => `${MEDICATION_LABELS[m]}: ${inSentence(choiceLabel(RESPONSE_CHOICES, d.meds[m]))}`);
  const pt = a.ptCourse === null ? null : [
    a.ptCourse === 'none' ? 'not started' : a.ptCourse === 'ongoing' ? 'under way' : 'completed',
    ptStarted(a) && month(d.ptStart) ? `from ${month(d.ptStart)}` : null,
    ptStarted(a) ? weeks(a.ptWeeks) : null,
    ptStarted(a) && d.ptVisits !== null ? `${d.ptVisits} visits` : null,
    ptStarted(a) && a.ptResponse ? `response: ${inSentence(choiceLabel(PT_RESPONSE_CHOICES, a.ptResponse))}` : null,
  ].filter(Boolean).join(', ');
  const injections = a.injections === null ? null : a.injections === 'none' ? 'none' : [
    a.injections === 'temporary' ? 'relief that wore off' : 'lasting relief',
    d.injectionCount !== null ? `${d.injectionCount} given` : null,
    month(d.injectionLast) ? `last ${month(d.injectionLast)}` : null,
    d.injectionReliefWeeks !== null ? `relief lasted ${weeks(d.injectionReliefWeeks)}` : null,
  ].filter(Boolean).join(', ');
  const surgery = a.priorSurgery === null ? null : a.priorSurgery === 'no' ? 'none' : [
    label(SURGERY_TYPE_CHOICES, d.surgeryType) ?? 'yes', label(LEVEL_CHOICES, d.surgeryLevel),
    month(d.surgeryDate), a.context === 'post-op' ? 'in post-operative rehabilitation' : 'pain continues',
  ].filter(Boolean).join(', ');
  add('treatment', 'Treatment so far', join([
    line('Physical therapy', pt),
    line('Medication', meds.join('; ') || null),
    line('Epidural steroid injections', injections),
    line('Spine surgery', surgery),
  ]));

  add('imaging', 'Imaging', a.imaging === null ? '' : a.imaging === 'none' ? 'None yet.' : join([
    line('Finding', choiceLabel(IMAGING_CHOICES, a.imaging)),
    line('Level', label(LEVEL_CHOICES, d.imagingLevel)),
    line('Date', month(d.imagingDate)),
    a.imaging === 'annular-tear' && a.imagingFits !== null
      ? (a.imagingFits === 'yes' ? 'The referrer judges that the finding fits the pain pattern.' : 'The referrer is not sure the finding fits the pain pattern.')
      : null,
  ]));

  add('other', 'Other findings and goals', join([
    line('Findings', a.exclusions.map((e) => inSentence(choiceLabel(EXCLUSION_CHOICES, e))).join('; ') || null),
    line('Patient’s goals', a.wishes.map((w) => inSentence(choiceLabel(WISH_CHOICES, w))).join('; ') || null),
  ]));

  // Ticked items are sent separately; an item the answers already cover is in the note itself.
  const enclosed = REFERRAL_ITEMS.filter((i) => included.includes(i.id) && !i.coveredBy?.(a)).map((i) => i.label);
  add('enclosed', 'Enclosed', enclosed.length > 0 ? enclosed.join('; ') : 'Nothing enclosed.');
  add('note', 'Note from the referrer', d.note.trim());
  return sections;
}

/** The note as plain text: what Copy gives, and what the form prefill and the letter use. */
export function referralNote(a: Answers, outcome: Outcome, included: readonly string[], today: Date): string {
  return [noteTitle(today),
    ...referralNoteSections(a, outcome, included, today).map((s) => `${s.heading}\n${s.text}`)].join('\n\n');
}

/** The note's first line, with its date. */
export const noteTitle = (today: Date): string => `Back-pain referral note (${noteDate(today)})`;

/** The note's date: the local calendar day (yyyy-mm-dd). */
export function noteDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
