import type { Answers } from './answers';
import { criterion, type CriterionId } from './criteria';
import { CAUTION_TEXT, CONFLICT_TEXT, OUTCOME_TEXT, conflictWarning } from './outcome-text';
import {
  CONTEXT_CHOICES, DRIVER_CHOICES, EXCLUSION_CHOICES, IMAGING_CHOICES, INJECTION_CHOICES,
  ONSET_CHOICES, PT_COURSE_CHOICES, PT_RESPONSE_CHOICES, QUESTION_LABELS, RED_FLAG_CHOICES,
  SURGERY_CHOICES, WISH_CHOICES, choiceLabel, type Choice,
} from './questions';
import { itemStatuses, itemsToSend } from './referral-items';
import { evaluate, type Outcome } from './rules';
import { ARTICLE_URL } from './sources';

/** The summary's date: the local calendar day (yyyy-mm-dd), whichever feature writes the summary. */
export function summaryDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const weeksText = (w: number | null) => (w === null ? 'Not answered' : `${w} week${w === 1 ? '' : 's'}`);
const listOf = <V extends string>(choices: readonly Choice<V>[], values: readonly V[]) =>
  values.map((v) => choiceLabel(choices, v)).join('; ');
const cite = (id: CriterionId) => `${criterion(id).text} [${criterion(id).source.label}]`;

function redFlagLine(a: Answers): string {
  if (a.redFlags.length > 0) return `PRESENT: ${listOf(RED_FLAG_CHOICES, a.redFlags)}`;
  return a.redFlagsScreened ? 'Screened, none present' : 'Not recorded as screened';
}

function ptLine(a: Answers): string {
  if (a.ptCourse === null) return 'Not answered';
  const parts = [choiceLabel(PT_COURSE_CHOICES, a.ptCourse)];
  if (a.ptWeeks !== null) parts.push(weeksText(a.ptWeeks));
  if (a.ptResponse !== null) parts.push(`response: ${choiceLabel(PT_RESPONSE_CHOICES, a.ptResponse).toLowerCase()}`);
  return parts.join(', ');
}

/**
 * The plain-text note a clinician pastes into the chart. It holds no patient identifiers:
 * only the outcome, the findings, the treatments tried, and what the referral still lacks.
 */
export function referralSummary(a: Answers, outcome: Outcome, included: readonly string[], date: string): string {
  const text = OUTCOME_TEXT[outcome.kind];
  const lines: string[] = [
    `Back-pain referral checklist (${date})`,
    `Outcome: ${text.headline}`,
  ];
  if (outcome.conflicts.length > 0) lines.push(conflictWarning(outcome.kind));
  lines.push(text.explanation);
  if (outcome.reasons.length > 0) lines.push('', 'Why:', ...outcome.reasons.map((id) => `- ${cite(id)}`));
  if (outcome.supporting.length > 0) lines.push('Also fits:', ...outcome.supporting.map((id) => `- ${cite(id)}`));
  if (outcome.missing.length > 0) {
    lines.push('', 'Still to answer:', ...outcome.missing.map((q) => `- ${QUESTION_LABELS[q]}`));
  }
  if (outcome.conflicts.length > 0) {
    lines.push('', 'Answers to check (they conflict):', ...outcome.conflicts.map((c) => `- ${CONFLICT_TEXT[c]}`));
  }
  if (outcome.cautions.length > 0) lines.push('', 'Notes:', ...outcome.cautions.map((c) => `- ${CAUTION_TEXT[c]}`));

  lines.push(
    '', 'Findings:',
    `- Symptom duration: ${weeksText(a.durationWeeks)}`,
    `- Presentation: ${choiceLabel(ONSET_CHOICES, a.onset)}`,
    `- Main pain driver: ${choiceLabel(DRIVER_CHOICES, a.driver)}`,
    `- Imaging: ${choiceLabel(IMAGING_CHOICES, a.imaging)}`,
    `- Red flags: ${redFlagLine(a)}`,
    `- Findings that point elsewhere: ${a.exclusions.length ? listOf(EXCLUSION_CHOICES, a.exclusions) : 'None recorded'}`,
    `- Rehabilitation context: ${choiceLabel(CONTEXT_CHOICES, a.context)}`,
    `- Patient's wishes: ${a.wishes.length ? listOf(WISH_CHOICES, a.wishes) : 'None recorded'}`,
    '', 'Treatments tried:',
    `- Physical therapy: ${ptLine(a)}`,
    `- Epidural steroid injections: ${choiceLabel(INJECTION_CHOICES, a.injections)}`,
    `- Previous spine surgery: ${choiceLabel(SURGERY_CHOICES, a.priorSurgery)}`,
  );

  const statuses = itemStatuses(itemsToSend(outcome.kind, a), a, included);
  const missing = statuses.filter((s) => s.status === 'missing');
  lines.push('', `Referral items: ${statuses.length - missing.length} of ${statuses.length} present.`);
  if (missing.length > 0) lines.push('Still missing:', ...missing.map((s) => `- ${s.item.label}`));

  lines.push(
    '', `Criteria: ValorSpine, "Physical therapy vs regenerative solutions for persistent back pain", ${ARTICLE_URL}`,
    'Candidacy for biologic disc repair is decided by the clinic’s own evaluation.',
  );
  return lines.join('\n');
}

/** The summary for these answers as of `day`: what both the Copy button and the form prefill use. */
export const summaryFor = (a: Answers, included: readonly string[], day: Date): string => referralSummary(a, evaluate(a), included, summaryDate(day));
