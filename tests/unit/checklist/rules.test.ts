import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { evaluate, findConflicts } from '../../../content/checklist/rules';

const answers = (over: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...over });

/** Chronic, completed PT that did not help: the base of every "consider referral" case. */
const chronicAfterPt: Partial<Answers> = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'none', priorSurgery: 'no', redFlagsScreened: true,
};
/** An annular tear that the clinician judges to fit the pain. */
const TEAR: Partial<Answers> = { imaging: 'annular-tear', imagingFits: 'yes' };

describe('evaluate: one outcome per case', () => {
  it.each<[string, Partial<Answers>, string, string[]]>([
    ['nothing answered', {}, 'not-enough-info', []],
    ['acute strain', { onset: 'acute', durationWeeks: 2 }, 'pt-first', ['pt.acute', 'pt.not-chronic']],
    ['muscular driver, chronic', { ...chronicAfterPt, driver: 'muscle' }, 'pt-first', ['pt.muscular']],
    ['ligament sprain', { driver: 'ligament' }, 'pt-first', ['pt.muscular']],
    ['posture', { driver: 'posture' }, 'pt-first', ['pt.muscular']],
    ['no PT yet, chronic with tear', { ...chronicAfterPt, ptCourse: 'none', ptWeeks: null, ptResponse: null, imaging: 'annular-tear' },
      'pt-first', ['pt.structured-course']],
    ['PT under way', { ...chronicAfterPt, ptCourse: 'ongoing', imaging: 'annular-tear' }, 'pt-first', ['pt.structured-course']],
    ['recovering from disc repair', { ...chronicAfterPt, imaging: 'annular-tear', context: 'post-procedure' }, 'pt-first',
      ['pt.after-disc-repair']],
    ['improving with PT', { ...chronicAfterPt, ptResponse: 'improving', imaging: 'annular-tear' }, 'pt-first', ['pt.improving']],
    ['chronic, PT failed, annular tear that fits', { ...chronicAfterPt, ...TEAR }, 'consider-referral',
      ['eval.chronic-after-pt', 'eval.imaging-tear']],
    ['plateaued counts as not settled', { ...chronicAfterPt, ptResponse: 'plateaued', ...TEAR },
      'consider-referral', ['eval.chronic-after-pt', 'eval.imaging-tear']],
    ['temporary injection relief, mild changes', { ...chronicAfterPt, imaging: 'mild-changes', injections: 'temporary' },
      'other-pathway', ['path.no-disc-evidence']],
    ['pain after surgery, no disc findings', { ...chronicAfterPt, imaging: 'no-disc-findings', priorSurgery: 'yes' },
      'other-pathway', ['path.post-surgery', 'path.no-disc-evidence']],
    ['no imaging yet', { ...chronicAfterPt, imaging: 'none', injections: 'temporary' }, 'consider-referral-needs-mri',
      ['eval.chronic-after-pt', 'eval.structured-pt', 'eval.needs-mri']],
    ['no imaging and no injections', { ...chronicAfterPt, imaging: 'none' }, 'consider-referral-needs-mri',
      ['eval.chronic-after-pt', 'eval.structured-pt', 'eval.needs-mri']],
    ['no imaging after 7.5 weeks of PT', { ...chronicAfterPt, imaging: 'none', ptWeeks: 7.5 }, 'pt-first', ['pt.short-course']],
    ['no imaging, lasting injection relief', { ...chronicAfterPt, imaging: 'none', injections: 'lasting' }, 'other-pathway',
      ['path.lasting-relief']],
    ['a tear that does not fit the pain', { ...chronicAfterPt, imaging: 'annular-tear', imagingFits: 'no' }, 'other-pathway',
      ['path.no-disc-evidence']],
    ['inflammatory back pain', { ...chronicAfterPt, ...TEAR, inflammatory: true }, 'other-pathway', ['path.inflammatory']],
    ['long-standing bilateral claudication', { ...chronicAfterPt, ...TEAR, details: { ...EMPTY_ANSWERS.details, claudication: true } },
      'other-pathway', ['path.claudication']],
    ['post-operative rehab', { ...chronicAfterPt, ...TEAR, context: 'post-op', priorSurgery: 'yes' }, 'pt-first', ['pt.rehab']],
    ['conditioning', { context: 'conditioning' }, 'pt-first', ['pt.conditioning']],
    ['severe collapse on imaging', { ...chronicAfterPt, imaging: 'severe' }, 'other-pathway', ['excl.end-stage-imaging']],
    ['facet pain ticked', { ...chronicAfterPt, imaging: 'annular-tear', exclusions: ['excl.facet-si'] }, 'other-pathway',
      ['excl.facet-si']],
    ['exclusion beats PT-first reasons', { onset: 'acute', exclusions: ['excl.fracture'] }, 'other-pathway', ['excl.fracture']],
    ['PT failed, MRI clean, nothing structural', { ...chronicAfterPt, imaging: 'no-disc-findings' }, 'other-pathway',
      ['path.no-disc-evidence']],
  ])('%s', (_name, over, kind, reasons) => {
    const outcome = evaluate(answers(over));
    expect(outcome.kind).toBe(kind);
    expect(outcome.reasons).toEqual(reasons);
  });
});

describe('the 12-week boundary', () => {
  it.each([
    [12, 'pt-first'],
    [12.5, 'consider-referral'],
    [13, 'consider-referral'],
  ])('%s weeks gives %s', (weeks, kind) => {
    expect(evaluate(answers({ ...chronicAfterPt, durationWeeks: weeks, ...TEAR })).kind).toBe(kind);
  });

  it('at exactly 12 weeks after a course that did not help, it names the 12-week line, not another programme', () => {
    expect(evaluate(answers({ ...chronicAfterPt, durationWeeks: 12, ...TEAR })).reasons).toEqual(['pt.not-yet-chronic-after-pt']);
    expect(evaluate(answers({ ...chronicAfterPt, durationWeeks: 12, ptCourse: 'ongoing', ...TEAR })).reasons)
      .toEqual(['pt.not-chronic', 'pt.structured-course']);
  });
});

describe('red flags override every other answer', () => {
  const others: [string, Partial<Answers>][] = [
    ['nothing else', {}],
    ['acute strain', { onset: 'acute', durationWeeks: 1 }],
    ['a consider-referral case', { ...chronicAfterPt, ...TEAR }],
    ['an exclusion', { exclusions: ['excl.facet-si'], imaging: 'severe' }],
    ['screened-none ticked as well', { redFlagsScreened: true }],
  ];
  it.each(others)('with %s', (_name, over) => {
    const outcome = evaluate(answers({ ...over, redFlags: ['rf.cancer', 'rf.saddle-numbness'] }));
    expect(outcome.kind).toBe('emergency');
    expect(outcome.reasons).toEqual(['rf.saddle-numbness', 'rf.cancer']); // cauda equina first
    expect(evaluate(answers({ ...over, redFlags: ['rf.cancer'] })).kind).toBe('urgent');
  });

  it('a progressive deficit also cites the clinic’s surgical-evaluation exclusion', () => {
    const outcome = evaluate(answers({ redFlags: ['rf.progressive-deficit'] }));
    expect(outcome.reasons).toEqual(['rf.progressive-deficit']);
    expect(outcome.supporting).toEqual(['excl.progressive-deficit']);
  });

  it.each(['rf.saddle-numbness', 'rf.bladder-bowel', 'rf.sexual-dysfunction', 'rf.bilateral-legs'] as const)(
    '%s is an emergency', (flag) => {
      expect(evaluate(answers({ redFlags: [flag] })).kind).toBe('emergency');
    });
  it.each(['rf.progressive-deficit', 'rf.infection', 'rf.cancer', 'rf.night-pain', 'rf.fracture'] as const)(
    '%s is urgent', (flag) => {
      expect(evaluate(answers({ redFlags: [flag] })).kind).toBe('urgent');
    });
});

describe('missing answers are named', () => {
  it.each<[string, Partial<Answers>, string[]]>([
    ['empty form', {}, ['durationWeeks', 'ptCourse', 'imaging']],
    ['duration only', { durationWeeks: 30 }, ['ptCourse', 'imaging']],
    ['PT completed without a response', { durationWeeks: 30, ptCourse: 'completed' }, ['ptResponse', 'imaging']],
    ['everything but imaging', { ...chronicAfterPt }, ['imaging']],
    ['no duration', { ...chronicAfterPt, durationWeeks: null, ...TEAR }, ['durationWeeks']],
    ['a tear, whether it fits not answered', { ...chronicAfterPt, imaging: 'annular-tear' }, ['imagingFits']],
    ['no imaging, PT weeks and injections unknown', { ...chronicAfterPt, imaging: 'none', ptWeeks: null, injections: null },
      ['ptWeeks', 'injections']],
    ['a referral case not screened for red flags', { ...chronicAfterPt, ...TEAR, redFlagsScreened: false }, ['redFlagsScreened']],
  ])('%s', (_name, over, missing) => {
    const outcome = evaluate(answers(over));
    expect(outcome.kind).toBe('not-enough-info');
    expect(outcome.missing).toEqual(missing);
    expect(outcome.reasons).toEqual([]);
  });
});

describe('conflicts are pointed out, not resolved', () => {
  it.each<[string, Partial<Answers>, string[]]>([
    ['acute but 30 weeks', { onset: 'acute', durationWeeks: 30 }, ['acute-but-chronic']],
    ['acute at exactly 12 weeks is no conflict', { onset: 'acute', durationWeeks: 12 }, []],
    ['PT longer than the pain', { durationWeeks: 6, ptCourse: 'completed', ptWeeks: 10 }, ['pt-longer-than-pain']],
    ['muscular driver with a tear', { driver: 'posture', imaging: 'annular-tear' }, ['muscular-driver-with-tear']],
    ['pain scores out of order', { details: { ...EMPTY_ANSWERS.details, nprsBest: 7, nprsNow: 5 } }, ['pain-scores-out-of-order']],
    ['pain scores in order', { details: { ...EMPTY_ANSWERS.details, nprsBest: 2, nprsNow: 5, nprsWorst: 8 } }, []],
    ['disc driver with a clean MRI', { driver: 'disc', imaging: 'no-disc-findings' }, ['disc-driver-without-findings']],
    ['post-op context without surgery', { context: 'post-op', priorSurgery: 'no' }, ['post-op-without-surgery']],
    ['PT details without a course', { ptCourse: 'none', ptResponse: 'improving' }, ['pt-details-without-course']],
    ['screened none but flagged', { redFlagsScreened: true, redFlags: ['rf.fracture'] }, ['screened-but-flagged']],
    ['a consistent case', { ...chronicAfterPt, ...TEAR }, []],
  ])('%s', (_name, over, conflicts) => {
    expect(findConflicts(answers(over))).toEqual(conflicts);
  });

  it('the outcome carries the conflict and still gives a result', () => {
    const outcome = evaluate(answers({ onset: 'acute', durationWeeks: 30 }));
    expect(outcome.kind).toBe('pt-first');
    expect(outcome.conflicts).toEqual(['acute-but-chronic']);
  });
});

describe('cautions and supporting criteria', () => {
  it('notes a short PT course and lasting injection relief on a referral with a fitting tear', () => {
    const outcome = evaluate(answers({ ...chronicAfterPt, ptWeeks: 4, injections: 'lasting', ...TEAR }));
    expect(outcome.kind).toBe('consider-referral');
    expect(outcome.cautions).toEqual(['lasting-injection-relief', 'short-pt-course']);
  });

  it('notes unscreened red flags first on any outcome below the red flags', () => {
    expect(evaluate(answers({ onset: 'acute' })).cautions).toEqual(['red-flags-not-screened']);
  });

  it('adds temporary injection relief and the patient’s wishes as supporting criteria', () => {
    const outcome = evaluate(answers({ ...chronicAfterPt, ...TEAR, injections: 'temporary', wishes: ['avoid-surgery', 'disc-preserving'] }));
    expect(outcome.supporting).toEqual(['eval.esi-temporary', 'eval.avoid-surgery', 'eval.disc-preserving']);
  });

  it('lists mild disc changes as supporting PT first', () => {
    const outcome = evaluate(answers({ onset: 'acute', imaging: 'mild-changes', context: 'post-op' }));
    expect(outcome.reasons).toEqual(['pt.acute', 'pt.rehab']);
    expect(outcome.supporting).toEqual(['pt.mild-disc']);
  });

  const d = (over: Partial<Answers['details']>) => ({ ...EMPTY_ANSWERS.details, ...over });
  it.each<[string, Partial<Answers>, string[]]>([
    ['age 51, new pain', { onset: 'acute', durationWeeks: 2, redFlagsScreened: true, details: d({ age: 51 }) }, ['risk.age']],
    ['age 50 counts (whole years: an entered 50 may be over 50)', { onset: 'acute', durationWeeks: 2, redFlagsScreened: true, details: d({ age: 50 }) }, ['risk.age']],
    ['age 49', { onset: 'acute', durationWeeks: 2, redFlagsScreened: true, details: d({ age: 49 }) }, []],
    ['age 19', { onset: 'acute', redFlagsScreened: true, details: d({ age: 19 }) }, ['risk.age']],
    ['age 20', { onset: 'acute', redFlagsScreened: true, details: d({ age: 20 }) }, []],
    ['age 70 with long-standing pain', { ...chronicAfterPt, ...TEAR, details: d({ age: 70 }) }, ['risk.age-long-standing']],
    ['long-term steroids', { onset: 'persistent', durationWeeks: 6, redFlagsScreened: true, details: d({ comorbidities: ['long-term-steroids'] }) }, ['risk.steroids']],
    ['osteoporosis', { onset: 'persistent', durationWeeks: 6, redFlagsScreened: true, details: d({ comorbidities: ['osteoporosis'] }) }, ['risk.osteoporosis']],
  ])('risk factors: %s', (_n, over, cautions) => {
    const plain = evaluate(answers({ ...over, details: EMPTY_ANSWERS.details }));
    const outcome = evaluate(answers(over));
    expect(outcome.cautions).toEqual(cautions);
    expect(outcome.kind).toBe(plain.kind); // a caution never changes the outcome
  });
});

describe('clinical review, December (cases no one on the team wrote)', () => {
  const d = (over: Partial<Answers['details']>) => ({ ...EMPTY_ANSWERS.details, ...over });
  const strain = { onset: 'acute', durationWeeks: 2, redFlagsScreened: true } as const;
  // AHCPR Table 1: minor trauma or even strenuous lifting in an older or potentially osteoporotic patient.
  it.each<[string, Partial<Answers['details']>, string]>([
    ['osteoporosis', { comorbidities: ['osteoporosis'] }, 'urgent'],
    ['long-term steroids', { comorbidities: ['long-term-steroids'] }, 'urgent'],
    ['age 78', { age: 78 }, 'urgent'],
    ['90 or older', { age: 90 }, 'urgent'],
    ['age 70 is not over 70', { age: 70 }, 'pt-first'],
    ['age 55, no bone risk', { age: 55 }, 'pt-first'],
  ])('a recent strain with %s: %s', (_n, details, kind) => {
    const outcome = evaluate(answers({ ...strain, details: d(details) }));
    expect(outcome.kind).toBe(kind);
    if (kind === 'urgent') {
      expect(outcome.reasons).toEqual(['rf.fracture-risk']);
      expect(outcome.conflicts).toContain('screened-but-fracture-risk');
    }
  });

  it('persistent pain in an osteoporotic patient is not the fracture red flag (no recent strain)', () => {
    expect(evaluate(answers({ onset: 'persistent', durationWeeks: 6, redFlagsScreened: true, details: d({ comorbidities: ['osteoporosis'] }) })).kind).toBe('pt-first');
  });

  it('the fracture box ticked as well names the red flag once', () => {
    expect(evaluate(answers({ ...strain, redFlagsScreened: false, redFlags: ['rf.fracture'], details: d({ comorbidities: ['osteoporosis'] }) })).reasons).toEqual(['rf.fracture']);
  });

  it('under 16 goes to the child’s doctor, not PT first or disc repair', () => {
    expect(evaluate(answers({ ...strain, details: d({ age: 12 }) }))).toMatchObject({ kind: 'other-pathway', reasons: ['path.under-16'] });
    expect(evaluate(answers({ ...strain, details: d({ age: 16 }) })).kind).toBe('pt-first');
  });

  it('booked for surgery but wanting to avoid it: pre-operative rehab does not decide the route', () => {
    const booked = { ...chronicAfterPt, ...TEAR, context: 'pre-op' } as const;
    expect(evaluate(answers(booked)).kind).toBe('pt-first');
    expect(evaluate(answers({ ...booked, wishes: ['avoid-surgery'] })).kind).toBe('consider-referral');
  });

  it('a tear at the level that was fused: another pathway, and a conflict', () => {
    const fused = answers({ ...chronicAfterPt, ...TEAR, priorSurgery: 'yes', details: d({ surgeryType: 'fusion', surgeryLevel: 'L4-L5', imagingLevel: 'L4-L5' }) });
    expect(evaluate(fused)).toMatchObject({ kind: 'other-pathway', reasons: ['path.fused-level'], conflicts: ['fusion-at-tear-level'] });
    const other = answers({ ...chronicAfterPt, ...TEAR, priorSurgery: 'yes', details: d({ surgeryType: 'fusion', surgeryLevel: 'L5-S1', imagingLevel: 'L4-L5' }) });
    expect(evaluate(other)).toMatchObject({ kind: 'consider-referral', supporting: ['path.post-surgery'] });
  });

  it('"no important nerve involvement" is not asserted when nerve signs were entered', () => {
    const mild = { onset: 'persistent', durationWeeks: 30, ptCourse: 'ongoing', imaging: 'mild-changes', redFlagsScreened: true } as const;
    expect(evaluate(answers(mild)).supporting).toEqual(['pt.mild-disc']);
    expect(evaluate(answers({ ...mild, details: d({ slr: 'positive' }) })).supporting).toEqual([]);
    expect(evaluate(answers({ ...mild, details: d({ spread: 'below-knee' }) })).supporting).toEqual([]);
  });

  it('a completed course of unknown length is a caution on the tear route', () => {
    expect(evaluate(answers({ ...chronicAfterPt, ...TEAR, ptWeeks: null })).cautions).toContain('pt-weeks-unknown');
  });
});
