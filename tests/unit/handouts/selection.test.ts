import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { evaluate } from '../../../content/checklist/rules';
import { parseSelection } from '../../../content/handouts/selection';
import { selectionQuery, suggestedHandouts } from '../../../content/handouts/suggested';

describe('parseSelection', () => {
  it.each([
    ['', [], 0],
    ['?h=annular-tears', ['annular-tears'], 0],
    ['?h=clinic-evaluation,annular-tears,annular-tears', ['annular-tears', 'clinic-evaluation'], 0],
    ['?h=annular-tears,<script>,__proto__', ['annular-tears'], 2],
    ['?x=1', [], 0],
  ])('%j', (search, ids, unknown) => {
    expect(parseSelection(search)).toEqual({ ids, unknown });
  });

  it('round-trips with selectionQuery', () => {
    expect(parseSelection(selectionQuery(['pt-when-it-helps', 'pt-or-disc-repair'])).ids).toEqual(['pt-when-it-helps', 'pt-or-disc-repair']);
  });
});

describe('suggestedHandouts', () => {
  const chronic: Partial<Answers> = {
    durationWeeks: 20, ptCourse: 'completed', ptResponse: 'no-improvement', imaging: 'annular-tear', priorSurgery: 'no',
    // Since issue 10 a referral needs a tear that fits the pain (or 8+ weeks of PT and known injections) and a red-flag screen.
    imagingFits: 'yes', ptWeeks: 10, injections: 'none', redFlagsScreened: true,
  };
  const suggest = (over: Partial<Answers>) => {
    const a = { ...EMPTY_ANSWERS, ...over };
    return suggestedHandouts(evaluate(a), a);
  };
  it.each<[string, Partial<Answers>, string[]]>([
    ['PT first', { onset: 'acute' }, ['pt-when-it-helps', 'pt-or-disc-repair']],
    ['PT first after surgery: no "PT or disc repair?"', { onset: 'acute', priorSurgery: 'yes', context: 'post-op' }, ['pt-when-it-helps']],
    ['PT first, earlier surgery, not in rehab', { onset: 'acute', priorSurgery: 'yes' }, ['pt-when-it-helps', 'long-lasting-pain']],
    ['conditioning: the exercise handout only', { context: 'conditioning' }, ['pt-when-it-helps']],
    ['consider referral', chronic, ['annular-tears', 'disc-repair-explained', 'disc-decisions', 'clinic-evaluation']],
    ['needs MRI: no tear to explain yet', { ...chronic, imaging: 'none' }, ['clinic-evaluation', 'mri-report', 'long-lasting-pain']],
    ['a known fracture that may be new: the red-flag handouts', { ...chronic, exclusions: ['excl.fracture'] }, ['safety-card', 'get-help-now']],
    ['severe collapse: the disc-treatment questions', { ...chronic, exclusions: ['excl.severe-collapse'] }, ['long-lasting-pain', 'disc-decisions']],
    ['inflammatory back pain: no disc handouts', { ...chronic, inflammatory: true }, ['long-lasting-pain']],
    ['MRI without disc findings', { ...chronic, imaging: 'no-disc-findings' }, ['long-lasting-pain']],
    ['surgery before, no disc evidence', { ...chronic, imaging: 'no-disc-findings', priorSurgery: 'yes' }, ['long-lasting-pain', 'disc-decisions']],
    ['after the procedure', { ...chronic, context: 'post-procedure' }, ['before-after-procedure', 'pt-after-disc-repair']],
    ['urgent, even after the procedure', { context: 'post-procedure', redFlags: ['rf.cancer'] }, ['safety-card', 'get-help-now']],
    ['not enough information', {}, []],
  ])('%s', (_name, over, ids) => {
    expect(suggest(over)).toEqual(ids);
  });

  // The checklist branch adds 'emergency' to OutcomeKind; a string set handles it before the merge.
  it.each([['emergency'], ['urgent']])('%s outcomes get the safety card and the get-help-now handout', (kind) => {
    const outcome = { ...evaluate(EMPTY_ANSWERS), kind } as unknown as Parameters<typeof suggestedHandouts>[0];
    expect(suggestedHandouts(outcome, EMPTY_ANSWERS)).toEqual(['safety-card', 'get-help-now']);
  });

  it.each([['other-pathway', 'no', ['long-lasting-pain']], ['other-pathway', 'yes', ['long-lasting-pain']]])(
    '%s (prior surgery %s) gets its own route, never "PT or disc repair?"', (kind, priorSurgery, ids) => {
      const outcome = { ...evaluate(EMPTY_ANSWERS), kind } as unknown as Parameters<typeof suggestedHandouts>[0];
      const got = suggestedHandouts(outcome, { ...EMPTY_ANSWERS, priorSurgery: priorSurgery as 'yes' | 'no' });
      expect(got).toEqual(ids);
      expect(got).not.toContain('pt-or-disc-repair');
    });
});
