import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { EXCLUSION_IDS, RED_FLAG_IDS } from '../../../content/checklist/answers';
import { CRITERIA, criteriaInGroup, criterion, type CriterionId } from '../../../content/checklist/criteria';
import { CAUTION_TEXT, CONFLICT_TEXT, OUTCOME_TEXT } from '../../../content/checklist/outcome-text';
import { EXCLUSION_CHOICES, RED_FLAG_CHOICES } from '../../../content/checklist/questions';
import { REFERRAL_ITEMS } from '../../../content/checklist/referral-items';
import { copiedPhrases } from '../../helpers/shingles';

const sourceSchema = z.strictObject({
  label: z.string().check(z.minLength(5)),
  url: z.url({ protocol: /^https$/ }),
});
const criterionSchema = z.strictObject({
  id: z.string().check(z.regex(/^(rf|excl|pt|eval|path|clinic-eval|candidacy)\.[a-z0-9-]+$/)),
  group: z.enum(['red-flag', 'exclusion', 'pt-first', 'evaluation', 'pathway', 'clinic-evaluation', 'candidacy']),
  text: z.string().check(z.minLength(10), z.maxLength(160)),
  source: sourceSchema,
});

const PREFIX: Record<string, string> = {
  'red-flag': 'rf', exclusion: 'excl', 'pt-first': 'pt', evaluation: 'eval', pathway: 'path',
  'clinic-evaluation': 'clinic-eval', candidacy: 'candidacy',
};

describe('criteria data', () => {
  it.each(CRITERIA.map((c) => [c.id, c]))('%s matches the schema', (_id, c) => {
    const parsed = criterionSchema.safeParse(c);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(c.id.startsWith(`${PREFIX[c.group]}.`)).toBe(true);
  });

  it('has unique ids', () => {
    const ids = CRITERIA.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('covers both lists of the article and every group', () => {
    const article = (heading: string) => CRITERIA.filter((c) => c.source.label.includes(heading)).length;
    expect(article('When Physical Therapy Is the Right Starting Point')).toBeGreaterThanOrEqual(5);
    expect(article('When Regenerative Options May Be More Appropriate')).toBeGreaterThanOrEqual(5);
    for (const group of Object.keys(PREFIX)) expect(criteriaInGroup(group as never).length).toBeGreaterThan(0);
  });

  it('cites guidelines for red flags and clinic pages for exclusions', () => {
    for (const c of criteriaInGroup('red-flag')) expect(c.source.label).toMatch(/NICE|ACP|AHCPR/);
    for (const c of criteriaInGroup('exclusion')) expect(c.source.url).toMatch(/^https:\/\/valorspine\.com\//);
  });

  it('uses our own wording, not six-word runs from the article', () => {
    const fixture = JSON.parse(readFileSync(new URL('../../fixtures/article-shingles.json', import.meta.url), 'utf8'));
    const hashes = new Set<string>(fixture.hashes);
    const texts = [
      ...CRITERIA.map((c) => c.text),
      ...Object.values(OUTCOME_TEXT).flatMap((t) => [t.headline, t.explanation]),
      ...Object.values(CONFLICT_TEXT), ...Object.values(CAUTION_TEXT), ...REFERRAL_ITEMS.map((i) => i.label),
    ];
    expect(texts.flatMap((t) => copiedPhrases(t, hashes))).toEqual([]);
  });

  it('a phrase copied from the article is caught', () => {
    const fixture = JSON.parse(readFileSync(new URL('../../fixtures/article-shingles.json', import.meta.url), 'utf8'));
    expect(copiedPhrases('Pain driven primarily by muscle imbalance, ligament sprain', new Set(fixture.hashes))).not.toEqual([]);
  });
});

describe('every id the rest of the extension uses resolves to a criterion', () => {
  const used: string[] = [
    ...RED_FLAG_IDS, ...EXCLUSION_IDS,
    ...RED_FLAG_CHOICES.map((c) => c.value), ...EXCLUSION_CHOICES.map((c) => c.value),
  ];
  it.each(used)('%s', (id) => {
    expect(() => criterion(id as CriterionId)).not.toThrow();
  });

  it('every red flag in the data can be ticked, and so can every clinician-ticked exclusion', () => {
    expect([...RED_FLAG_IDS].sort()).toEqual(criteriaInGroup('red-flag').map((c) => c.id).sort());
    expect(RED_FLAG_CHOICES.map((c) => c.value)).toEqual([...RED_FLAG_IDS]);
    expect(EXCLUSION_CHOICES.map((c) => c.value)).toEqual([...EXCLUSION_IDS]);
  });

  it('an unknown id throws rather than rendering nothing', () => {
    expect(() => criterion('rf.not-a-thing' as CriterionId)).toThrow(/Unknown criterion/);
  });
});
