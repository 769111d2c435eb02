/**
 * The clinical review's findings 8, 11, 12, 13 and 16 (/work/wt-notes/clinical/report.md), one
 * table each: plain answers in, outcome, ids or text out. Each table failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, EMPTY_DETAILS, type Answers } from '../../../content/checklist/answers';
import { CAUTION_TEXT, CONFLICT_TEXT } from '../../../content/checklist/caution-text';
import { CRITERIA, criterion } from '../../../content/checklist/criteria';
import { COMORBIDITY_CHOICES } from '../../../content/checklist/history-questions';
import { EXCLUSION_CHOICES, PT_RESPONSE_CHOICES, RED_FLAG_CHOICES, WISH_CHOICES } from '../../../content/checklist/questions';
import * as outcomeTextModule from '../../../content/checklist/outcome-text';
import { OUTCOME_TEXT } from '../../../content/checklist/outcome-text';
import { referralNoteSections } from '../../../content/checklist/referral-note';
import * as rules from '../../../content/checklist/rules';
import { evaluate, findConflicts, type Outcome } from '../../../content/checklist/rules';
import { CLINIC_PAGES } from '../../../content/checklist/sources';
import { GUIDELINES } from '../../../content/checklist/sources';

type Over = Partial<Omit<Answers, 'details'>> & { details?: Partial<Answers['details']> };
const answers = (over: Over): Answers => ({ ...EMPTY_ANSWERS, ...over, details: { ...EMPTY_DETAILS, ...over.details } });

/** Long-standing pain after a completed PT course that did not help, red flags screened. */
const chronic: Over = {
  durationWeeks: 16, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 8,
  ptResponse: 'no-improvement', injections: 'none', priorSurgery: 'no', redFlagsScreened: true,
};
const strain: Over = { onset: 'acute', durationWeeks: 2, redFlagsScreened: true };

describe('finding 13: older age keeps a caution once the pain is long-standing', () => {
  it.each<[string, Over, string[]]>([
    ['72, first back pain 16 weeks, PT failed, no imaging (V16)', { ...chronic, imaging: 'none', details: { age: 72 } }, ['risk.age-long-standing']],
    ['52, 30 weeks, a tear that fits', { ...chronic, durationWeeks: 30, imaging: 'annular-tear', imagingFits: 'yes', details: { age: 52 } }, ['risk.age-long-standing']],
    ['exactly 50 with long-standing pain', { ...chronic, imaging: 'none', details: { age: 50 } }, ['risk.age-long-standing']],
    ['49 with long-standing pain', { ...chronic, imaging: 'none', details: { age: 49 } }, []],
    ['72 at exactly 12 weeks: not long-standing yet', { ...chronic, durationWeeks: 12, details: { age: 72 } }, ['risk.age']],
    ['60, duration not entered', { redFlagsScreened: true, onset: 'persistent', details: { age: 60 } }, ['risk.age']],
    ['exactly 50 with new pain', { ...strain, details: { age: 50 } }, ['risk.age']],
    ['49 with new pain', { ...strain, details: { age: 49 } }, []],
    ['19 with long-standing pain', { ...chronic, imaging: 'none', details: { age: 19 } }, ['risk.age']],
    ['20 with long-standing pain', { ...chronic, imaging: 'none', details: { age: 20 } }, []],
  ])('%s', (_n, over, cautions) => {
    const outcome = evaluate(answers(over));
    expect(outcome.cautions.filter((c) => c.startsWith('risk.age'))).toEqual(cautions);
    expect(outcome.kind).toBe(evaluate(answers({ ...over, details: {} })).kind); // a caution never changes the outcome
  });

  it('is worded for long-standing pain, and cites the red-flag table that lists the age', () => {
    expect(CAUTION_TEXT['risk.age-long-standing']).toMatch(/more than 12 weeks/);
    expect(CAUTION_TEXT['risk.age-long-standing']).toMatch(/ask about the red flags again/);
    expect(CAUTION_TEXT['risk.age-long-standing']).not.toMatch(/not long-standing/);
    expect(criterion('risk.age-long-standing').source).toBe(GUIDELINES.redFlags);
    expect(criterion('risk.age-long-standing').text).toMatch(/lists age over 50 for tumour or infection/);
  });
});

const TODAY = new Date(2026, 10, 23, 10, 0);
const sections = (a: Answers) => referralNoteSections(a, evaluate(a), [], TODAY);
const sectionText = (a: Answers, id: string) => sections(a).find((s) => s.id === id)?.text ?? '';
/** The popup's headline and explanation for an outcome (the kind's text before the fix). */
const shown = (o: Outcome) => {
  const variant = (outcomeTextModule as Record<string, unknown>).outcomeText as ((x: Outcome) => { headline: string; explanation: string }) | undefined;
  return variant ? variant(o) : OUTCOME_TEXT[o.kind];
};

describe('finding 11: timing words for cauda equina and a progressive deficit', () => {
  const SAME_DAY = /same[- ]day/i;
  it.each<[string, Over, string, RegExp, RegExp, RegExp]>([
    ['progressive foot drop (V08)', { redFlags: ['rf.progressive-deficit'] }, 'urgent',
      /^Urgent: same-day assessment by a physician or spine surgeon$/, /same-day assessment by a physician or spine surgeon/, /^Please assess the same day/],
    ['progressive deficit with past cancer', { redFlags: ['rf.progressive-deficit', 'rf.cancer'] }, 'urgent',
      /same-day/, /same-day assessment by a physician or spine surgeon/, /^Please assess the same day/],
    ['progressive deficit with pain spreading to both legs: stays urgent, the text says what both legs mean', { redFlags: ['rf.progressive-deficit'], details: { spread: 'both-legs' } }, 'urgent',
      /same-day/, /same-day/, /same day/],
    ['past cancer alone', { redFlags: ['rf.cancer'] }, 'urgent',
      /^Urgent medical evaluation$/, /urgent medical assessment by the patient’s physician/, /^Please assess urgently/],
    ['saddle numbness with a progressive deficit', { redFlags: ['rf.saddle-numbness', 'rf.progressive-deficit'] }, 'emergency',
      /^Emergency: emergency department now$/, /^Possible cauda equina syndrome/, /^Please assess now/],
  ])('%s', (_n, over, kind, headline, reason, question) => {
    const a = answers(over);
    const outcome = evaluate(a);
    expect(outcome.kind).toBe(kind);
    expect(shown(outcome).headline).toMatch(headline);
    expect(sectionText(a, 'reason').split('\n')[0]).toMatch(reason);
    expect(sectionText(a, 'question')).toMatch(question);
  });

  it('the deficit text sends a deficit in both legs to the emergency department now', () => {
    expect(shown(evaluate(answers({ redFlags: ['rf.progressive-deficit'] }))).explanation)
      .toMatch(/both legs.*cauda equina syndrome.*emergency department now/);
  });

  it.each(['rf.saddle-numbness', 'rf.bladder-bowel', 'rf.sexual-dysfunction', 'rf.bilateral-legs'] as const)(
    '%s: the emergency text and note say now, never same-day or today', (flag) => {
      const a = answers({ redFlags: [flag] });
      const t = shown(evaluate(a));
      const text = [t.headline, t.explanation, ...sections(a).map((s) => s.text)].join('\n');
      expect(text).toMatch(/\bnow\b/);
      expect(text).not.toMatch(SAME_DAY);
      expect(text).not.toMatch(/\btoday\b/i);
    });
});

describe('finding 12: the note gives the risk factor as a fact, and keeps abbreviations in capitals', () => {
  it.each<[string, Over, string]>([
    ['52, new pain', { ...strain, details: { age: 52 } }, 'Risk factors: age 52.'],
    ['72, long-standing pain', { ...chronic, imaging: 'none', details: { age: 72 } }, 'Risk factors: age 72.'],
    ['18, new pain', { ...strain, details: { age: 18 } }, 'Risk factors: age 18.'],
    ['90 or older, on long-term steroids', { onset: 'persistent', durationWeeks: 4, redFlagsScreened: true, details: { age: 90, comorbidities: ['long-term-steroids'] } },
      'Risk factors: age 90 or older; long-term steroid use.'],
    ['40, osteoporosis', { onset: 'persistent', durationWeeks: 4, redFlagsScreened: true, details: { age: 40, comorbidities: ['osteoporosis'] } },
      'Risk factors: osteoporosis.'],
  ])('%s', (_n, over, line) => {
    const text = sectionText(answers(over), 'red-flags');
    expect(text.split('\n')).toContain(line);
    expect(text).not.toMatch(/over 50|under 20|long-standing/);
  });

  it('a fever, IV drug use or immune suppression flag reads "IV drug use" in the note', () => {
    const text = sectionText(answers({ redFlags: ['rf.infection'] }), 'red-flags');
    expect(text).toBe('Present: fever or chills, IV drug use, immune suppression or recent infection.');
  });

  // Every label the note copies into a sentence: an abbreviation in it keeps its capitals.
  const everyAnswer = answers({
    redFlags: RED_FLAG_CHOICES.map((c) => c.value), exclusions: EXCLUSION_CHOICES.map((c) => c.value),
    wishes: WISH_CHOICES.map((c) => c.value), ptCourse: 'completed', ptResponse: 'plateaued',
    details: { comorbidities: COMORBIDITY_CHOICES.map((c) => c.value) },
  });
  const note = sections(everyAnswer).map((s) => s.text).join('\n');
  const labels = [...RED_FLAG_CHOICES, ...EXCLUSION_CHOICES, ...WISH_CHOICES, ...COMORBIDITY_CHOICES, ...PT_RESPONSE_CHOICES]
    .map((c) => c.label);
  it.each(labels.flatMap((l) => (l.match(/\b[A-Z]{2,}[a-z]?\b/g) ?? []).map((abbr) => [abbr, l])))('%s (in “%s”)', (abbr) => {
    expect(note).toMatch(new RegExp(`\\b${abbr}\\b`));
  });
  it('the list of labels with abbreviations is not empty (the table above tests something)', () => {
    expect(labels.some((l) => /\bIV\b/.test(l))).toBe(true);
  });
});

describe('finding 8: a completed course without benefit, pain not yet past 12 weeks', () => {
  const failed: Over = { ...chronic, durationWeeks: 12, ptWeeks: 8 };
  const tear: Over = { imaging: 'annular-tear', imagingFits: 'yes' };
  const REASSESS = ['pt.not-yet-chronic-after-pt'];
  it.each<[string, Over, string, string[]]>([
    ['exactly 12 weeks, 8 weeks of PT, no improvement, a tear that fits (V22)', { ...failed, ...tear }, 'pt-first', REASSESS],
    ['exactly 12 weeks, plateaued, no imaging', { ...failed, ptResponse: 'plateaued', imaging: 'none' }, 'pt-first', REASSESS],
    ['10 weeks, no improvement, imaging not answered', { ...failed, durationWeeks: 10, ptWeeks: 6 }, 'pt-first', REASSESS],
    ['exactly 12 weeks, improving with PT', { ...failed, ...tear, ptResponse: 'improving' }, 'pt-first', ['pt.not-chronic', 'pt.improving']],
    ['exactly 12 weeks, PT under way', { ...failed, ...tear, ptCourse: 'ongoing' }, 'pt-first', ['pt.not-chronic', 'pt.structured-course']],
    ['exactly 12 weeks, a recent strain', { ...failed, ...tear, onset: 'acute' }, 'pt-first', ['pt.acute', 'pt.not-chronic']],
    ['exactly 12 weeks, a muscular driver', { ...failed, driver: 'muscle' }, 'pt-first', ['pt.not-chronic', 'pt.muscular']],
    ['12.5 weeks, a tear that fits', { ...failed, ...tear, durationWeeks: 12.5 }, 'consider-referral', ['eval.chronic-after-pt', 'eval.imaging-tear']],
  ])('%s', (_n, over, kind, reasons) => {
    const a = answers(over);
    const outcome = evaluate(a);
    expect(outcome).toMatchObject({ kind, reasons });
    const t = shown(outcome);
    const reason = sectionText(a, 'reason').split('\n')[0];
    if (reasons === REASSESS) {
      expect(t.headline).toBe('Not yet past 12 weeks: re-assess after');
      expect(`${t.explanation} ${criterion('pt.not-yet-chronic-after-pt').text}`).toMatch(/re-assess/i);
      expect(`${t.headline} ${t.explanation} ${reason}`).not.toMatch(/programme|current plan/);
      expect(reason).toMatch(/^A physical therapy course is complete without lasting benefit, but the pain has not yet lasted more than 12 weeks/);
    } else if (kind === 'pt-first') {
      expect(t.explanation).toMatch(/structured programme of about 8–12 weeks/);
    }
  });

  it('the programme\'s length is one constant, from the clinic page that states it', () => {
    const range = (rules as Record<string, unknown>).PT_PROGRAMME_RANGE;
    expect(range).toBe('8–12');
    for (const id of ['pt.structured-course', 'pt.short-course'] as const) {
      expect(criterion(id).text).toContain(`about ${range} weeks`);
      expect(criterion(id).source).toBe(CLINIC_PAGES.beforeFusion);
    }
  });

  it('no text names a different length for the programme', () => {
    const texts = [...CRITERIA.map((c) => c.text), ...Object.values(OUTCOME_TEXT).map((t) => t.explanation), ...Object.values(CAUTION_TEXT)];
    const ranges = texts.flatMap((t) => t.match(/\d+\s*[–-]\s*\d+ weeks/g) ?? []);
    expect(ranges.length).toBeGreaterThan(0);
    expect(new Set(ranges)).toEqual(new Set(['8–12 weeks']));
  });
});

describe('finding 16: injections recorded without imaging, and one sentence shown once', () => {
  const after: Over = { ...chronic, durationWeeks: 30, ptWeeks: 10 };
  it.each<[string, Over, string, string[], boolean]>([
    ['lasting relief, no imaging (V24)', { ...after, injections: 'lasting', imaging: 'none' }, 'other-pathway', ['injections-without-imaging'], false],
    ['relief that wore off, no imaging (V33)', { ...after, injections: 'temporary', imaging: 'none' }, 'consider-referral-needs-mri', ['injections-without-imaging'], false],
    ['relief that wore off, no imaging, 4 weeks of PT', { ...after, ptWeeks: 4, injections: 'temporary', imaging: 'none' }, 'pt-first', ['injections-without-imaging'], false],
    ['lasting relief, a tear that fits', { ...after, injections: 'lasting', imaging: 'annular-tear', imagingFits: 'yes' }, 'consider-referral', [], true],
    ['no injections, no imaging', { ...after, injections: 'none', imaging: 'none' }, 'consider-referral-needs-mri', [], false],
    ['relief that wore off, imaging not answered', { ...after, injections: 'temporary' }, 'not-enough-info', [], false],
    ['relief that wore off, mild changes on MRI', { ...after, injections: 'temporary', imaging: 'mild-changes' }, 'other-pathway', [], false],
  ])('%s', (_n, over, kind, conflicts, lastingCaution) => {
    const a = answers(over);
    const outcome = evaluate(a);
    expect(outcome.kind).toBe(kind);
    expect(findConflicts(a)).toEqual(conflicts);
    expect(outcome.conflicts).toEqual(conflicts);
    expect(outcome.cautions.includes('lasting-injection-relief')).toBe(lastingCaution);
  });

  it('the conflict is worded like the others: both answers named, nothing rerouted', () => {
    expect(CONFLICT_TEXT['injections-without-imaging']).toMatch(/^Epidural steroid injections are recorded, but imaging is answered “No imaging yet”/);
  });

  // Cautions that say what a reason says: never both on one outcome, in the popup or in the note.
  const SAME_AS: Partial<Record<string, string>> = { 'lasting-injection-relief': 'path.lasting-relief', 'short-pt-course': 'pt.short-course' };
  it.each<[string, Over]>([
    ['lasting relief, no imaging', { ...after, injections: 'lasting', imaging: 'none' }],
    ['lasting relief, no imaging, 4 weeks of PT', { ...after, ptWeeks: 4, injections: 'lasting', imaging: 'none' }],
    ['lasting relief, a tear, 4 weeks of PT', { ...after, ptWeeks: 4, injections: 'lasting', imaging: 'annular-tear', imagingFits: 'yes' }],
  ])('%s: no sentence is both a reason and a caution', (_n, over) => {
    const a = answers(over);
    const outcome = evaluate(a);
    const cited = [...outcome.reasons, ...outcome.supporting] as string[];
    expect(outcome.cautions.filter((c) => cited.includes(SAME_AS[c] ?? ''))).toEqual([]);
    const reasonSection = sectionText(a, 'reason');
    expect(reasonSection.match(/lasting relief/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
