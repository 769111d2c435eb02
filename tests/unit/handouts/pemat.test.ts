import { describe, expect, it } from 'vitest';
import { HANDOUTS } from '../../../content/handouts';
import { PEMAT_AUDITS, PEMAT_P_ITEMS, pematScores } from '../../../content/handouts/pemat';
import { gradeLevel } from '../../../content/handouts/readability';

const cases = HANDOUTS.map((h) => [h.id, h] as const);
const ITEMS = Object.keys(PEMAT_P_ITEMS).map(Number);

describe('PEMAT-P audits', () => {
  it.each(cases)('%s has a verdict with a reason for every PEMAT-P item', (id) => {
    const audit = PEMAT_AUDITS[id];
    expect(Object.keys(audit).map(Number).sort((a, b) => a - b)).toEqual(ITEMS);
    for (const n of ITEMS) expect(audit[n]!.reason.length, `item ${n}`).toBeGreaterThan(8);
  });

  it.each(cases)('%s: the audit matches the handout', (id, h) => {
    const a = PEMAT_AUDITS[id];
    const figures = h.sections.filter((s) => s.figure).length;
    expect(a[11]!.verdict === 'met').toBe(h.keyPoints.points.length >= 1 && h.keyPoints.points.length <= 3);
    expect(a[15]!.verdict === 'met').toBe(figures > 0);
    for (const n of [16, 17, 18]) expect(a[n]!.verdict === 'na').toBe(figures === 0);
    expect(a[23]!.verdict === 'met').toBe(Boolean(h.tool));
    expect(a[25]!.verdict === 'met').toBe(Boolean(h.tool?.how));
    expect(a[22]!.verdict === 'met').toBe(h.nextSteps.steps.length >= 2);
    if (a[3]!.verdict === 'met') expect(gradeLevel(h)).toBeLessThanOrEqual(7);
  });

  it.each(cases)('%s scores at least 80%% understandable and 80%% actionable', (id) => {
    const { understandability, actionability } = pematScores(id);
    expect(understandability).toBeGreaterThanOrEqual(80);
    expect(actionability).toBeGreaterThanOrEqual(80);
  });

  it('scores count met over met plus not met, leaving out not applicable', () => {
    expect(pematScores('pt-when-it-helps')).toEqual({ understandability: 93, actionability: 83 });
  });
});
