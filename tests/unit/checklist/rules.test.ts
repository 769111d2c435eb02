import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { evaluate, findConflicts } from '../../../content/checklist/rules';

const answers = (over: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...over });

/** Chronic, completed PT that did not help: the base of every "consider referral" case. */
const chronicAfterPt: Partial<Answers> = {
  durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'none', priorSurgery: 'no', redFlagsScreened: true,
};

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
    ['chronic, PT failed, annular tear', { ...chronicAfterPt, imaging: 'annular-tear' }, 'consider-referral',
      ['eval.chronic-after-pt', 'eval.imaging-tear']],
    ['plateaued counts as not settled', { ...chronicAfterPt, ptResponse: 'plateaued', imaging: 'annular-tear' },
      'consider-referral', ['eval.chronic-after-pt', 'eval.imaging-tear']],
    ['temporary injection relief, mild changes', { ...chronicAfterPt, imaging: 'mild-changes', injections: 'temporary' },
      'consider-referral', ['eval.chronic-after-pt', 'eval.esi-temporary']],
    ['pain after surgery, no disc findings', { ...chronicAfterPt, imaging: 'no-disc-findings', priorSurgery: 'yes' },
      'consider-referral', ['eval.chronic-after-pt', 'eval.post-surgery']],
    ['no imaging yet', { ...chronicAfterPt, imaging: 'none', injections: 'temporary' }, 'consider-referral-needs-mri',
      ['eval.chronic-after-pt', 'eval.esi-temporary', 'eval.needs-mri']],
    ['no imaging and nothing else structural', { ...chronicAfterPt, imaging: 'none' }, 'consider-referral-needs-mri',
      ['eval.chronic-after-pt', 'eval.needs-mri']],
    ['severe collapse on imaging', { ...chronicAfterPt, imaging: 'severe' }, 'other-pathway', ['excl.end-stage-imaging']],
    ['facet pain ticked', { ...chronicAfterPt, imaging: 'annular-tear', exclusions: ['excl.facet-si'] }, 'other-pathway',
      ['excl.facet-si']],
    ['progressive deficit known', { exclusions: ['excl.progressive-deficit'] }, 'other-pathway', ['excl.progressive-deficit']],
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
    expect(evaluate(answers({ ...chronicAfterPt, durationWeeks: weeks, imaging: 'annular-tear' })).kind).toBe(kind);
  });

  it('at exactly 12 weeks it names the "not yet chronic" criterion', () => {
    expect(evaluate(answers({ ...chronicAfterPt, durationWeeks: 12, imaging: 'annular-tear' })).reasons).toEqual(['pt.not-chronic']);
  });
});

describe('red flags override every other answer', () => {
  const others: [string, Partial<Answers>][] = [
    ['nothing else', {}],
    ['acute strain', { onset: 'acute', durationWeeks: 1 }],
    ['a consider-referral case', { ...chronicAfterPt, imaging: 'annular-tear' }],
    ['an exclusion', { exclusions: ['excl.facet-si'], imaging: 'severe' }],
    ['screened-none ticked as well', { redFlagsScreened: true }],
  ];
  it.each(others)('with %s', (_name, over) => {
    const outcome = evaluate(answers({ ...over, redFlags: ['rf.saddle-numbness', 'rf.cancer'] }));
    expect(outcome.kind).toBe('urgent');
    expect(outcome.reasons).toEqual(['rf.saddle-numbness', 'rf.cancer']);
  });

  it('a progressive deficit also cites the clinic’s surgical-evaluation exclusion', () => {
    expect(evaluate(answers({ redFlags: ['rf.progressive-deficit'] })).reasons).toEqual([
      'rf.progressive-deficit', 'excl.progressive-deficit',
    ]);
  });
});

describe('missing answers are named', () => {
  it.each<[string, Partial<Answers>, string[]]>([
    ['empty form', {}, ['durationWeeks', 'ptCourse', 'imaging']],
    ['duration only', { durationWeeks: 30 }, ['ptCourse', 'imaging']],
    ['PT completed without a response', { durationWeeks: 30, ptCourse: 'completed' }, ['ptResponse', 'imaging']],
    ['everything but imaging', { ...chronicAfterPt }, ['imaging']],
    ['no duration', { ...chronicAfterPt, durationWeeks: null, imaging: 'annular-tear' }, ['durationWeeks']],
    ['clean MRI, injections and surgery unknown', { ...chronicAfterPt, imaging: 'no-disc-findings', injections: null, priorSurgery: null },
      ['injections', 'priorSurgery']],
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
    ['disc driver with a clean MRI', { driver: 'disc', imaging: 'no-disc-findings' }, ['disc-driver-without-findings']],
    ['post-op context without surgery', { context: 'post-op', priorSurgery: 'no' }, ['post-op-without-surgery']],
    ['PT details without a course', { ptCourse: 'none', ptResponse: 'improving' }, ['pt-details-without-course']],
    ['screened none but flagged', { redFlagsScreened: true, redFlags: ['rf.fracture'] }, ['screened-but-flagged']],
    ['a consistent case', { ...chronicAfterPt, imaging: 'annular-tear' }, []],
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
  it('notes a short PT course, lasting injection relief and unscreened red flags', () => {
    const outcome = evaluate(answers({
      ...chronicAfterPt, redFlagsScreened: false, ptWeeks: 4, injections: 'lasting', imaging: 'annular-tear',
    }));
    expect(outcome.kind).toBe('consider-referral');
    expect(outcome.cautions).toEqual(['red-flags-not-screened', 'short-pt-course', 'lasting-injection-relief']);
  });

  it('notes imaging without a tear when other reasons lead to a referral', () => {
    const outcome = evaluate(answers({ ...chronicAfterPt, imaging: 'mild-changes', injections: 'temporary' }));
    expect(outcome.cautions).toContain('imaging-without-tear');
  });

  it('adds the patient’s wishes as supporting criteria', () => {
    const outcome = evaluate(answers({ ...chronicAfterPt, imaging: 'annular-tear', wishes: ['avoid-surgery', 'disc-preserving'] }));
    expect(outcome.supporting).toEqual(['eval.avoid-surgery', 'eval.disc-preserving']);
  });

  it('lists rehab context and mild disc changes as supporting PT first', () => {
    const outcome = evaluate(answers({ onset: 'acute', imaging: 'mild-changes', context: 'post-op' }));
    expect(outcome.supporting).toEqual(['pt.mild-disc', 'pt.rehab']);
  });
});
