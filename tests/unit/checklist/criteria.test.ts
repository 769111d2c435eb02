import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { EXCLUSION_IDS, RED_FLAG_IDS } from '../../../content/checklist/answers';
import { CRITERIA, criteriaInGroup, criterion, type CriterionId } from '../../../content/checklist/criteria';
import { CAUTION_TEXT, CONFLICT_TEXT } from '../../../content/checklist/caution-text';
import { OUTCOME_TEXT, conflictWarning } from '../../../content/checklist/outcome-text';
import { EXCLUSION_CHOICES, RED_FLAG_CHOICES } from '../../../content/checklist/questions';
import { REFERRAL_ITEMS } from '../../../content/checklist/referral-items';
import { copiedPhrases } from '../../helpers/shingles';

const sourceSchema = z.strictObject({
  label: z.string().check(z.minLength(5)),
  url: z.url({ protocol: /^https$/ }),
});
const criterionSchema = z.strictObject({
  id: z.string().check(z.regex(/^(rf|risk|excl|pt|eval|path|clinic-eval|candidacy)\.[a-z0-9-]+$/)),
  group: z.enum(['red-flag', 'risk', 'exclusion', 'pt-first', 'evaluation', 'pathway', 'clinic-evaluation', 'candidacy']),
  text: z.string().check(z.minLength(10), z.maxLength(200)),
  source: sourceSchema,
});

/**
 * Every criterion id, grouped by where it comes from. Deleting, renaming or adding a criterion
 * must be a deliberate change here too: rules, tests and saved referral summaries cite these ids.
 * `source` is what each group's source label contains.
 */
const EXPECTED: readonly { what: string; source: RegExp; ids: readonly string[] }[] = [
  { what: 'the article’s five reasons PT is the right starting point',
    source: /section “When Physical Therapy Is the Right Starting Point”/,
    ids: ['pt.acute', 'pt.muscular', 'pt.mild-disc', 'pt.rehab', 'pt.conditioning'] },
  { what: 'the article’s reasons regenerative options may be more appropriate, and what follows from them',
    source: /section “When Regenerative Options May Be More Appropriate”/,
    ids: ['eval.chronic-after-pt', 'eval.imaging-tear', 'eval.avoid-surgery', 'eval.disc-preserving', 'eval.esi-temporary',
      'eval.needs-mri', 'path.lasting-relief'] },
  { what: 'pain after earlier back surgery (article)',
    source: /section “What the Evidence Suggests”/,
    ids: ['path.post-surgery'] },
  { what: 'the four steps of the clinic’s evaluation (article list, then the clinic’s evaluation page)',
    source: /section “When Regenerative Options May Be More Appropriate”|Clinic page: Candidacy evaluation/,
    ids: ['clinic-eval.history', 'clinic-eval.exam', 'clinic-eval.mri', 'clinic-eval.discography'] },
  { what: 'the clinic’s exclusions (annular tear repair, fibrin vs fusion FAQ, fibrin science pages)',
    source: /^Clinic page: /,
    ids: ['excl.severe-collapse', 'excl.gross-instability', 'excl.fracture', 'excl.infection', 'excl.facet-si',
      'excl.severe-scoliosis', 'excl.progressive-deficit', 'excl.end-stage-imaging'] },
  { what: 'possible cauda equina syndrome (GIRFT national pathway)',
    source: /^GIRFT National Suspected Cauda Equina Syndrome Pathway/,
    ids: ['rf.saddle-numbness', 'rf.bladder-bowel', 'rf.sexual-dysfunction', 'rf.bilateral-legs'] },
  { what: 'urgent red flags and risk factors (AHCPR Table 1)',
    source: /^AHCPR guideline “Acute low back problems in adults”, Table 1/,
    ids: ['rf.progressive-deficit', 'rf.infection', 'rf.cancer', 'rf.night-pain', 'rf.fracture', 'rf.fracture-risk',
      'risk.age', 'risk.age-long-standing', 'risk.steroids', 'risk.osteoporosis'] },
  { what: 'imaging in non-specialist settings (NICE NG59 1.1.4–1.1.5)',
    source: /^NICE NG59, low back pain and sciatica, recommendations 1\.1\.4–1\.1\.5/,
    ids: ['eval.imaging-guidance'] },
  { what: 'inflammatory back pain (NICE NG65)',
    source: /^NICE NG65/,
    ids: ['path.inflammatory'] },
  { what: 'who the guidelines cover (NICE NG59: people aged 16 and over)',
    source: /^NICE NG59, “Low back pain and sciatica in over 16s/,
    ids: ['path.under-16'] },
  { what: 'what the clinic looks for before recommending the procedure (annular tear repair page)',
    source: /^Clinic page: Annular tear repair/,
    ids: ['candidacy.discrete-tear', 'candidacy.viable-disc', 'candidacy.failed-care', 'candidacy.imaging-match',
      'path.claudication', 'path.fused-level'] },
  { what: 'further conclusions the rules reach, from other article sections and clinic pages',
    source: /^Clinic (article, section|page: )/,
    ids: ['pt.not-chronic', 'pt.not-yet-chronic-after-pt', 'pt.structured-course', 'pt.short-course', 'pt.after-disc-repair', 'pt.improving',
      'eval.structured-pt', 'path.no-disc-evidence'] },
];

const PREFIX: Record<string, string> = {
  'red-flag': 'rf', risk: 'risk', exclusion: 'excl', 'pt-first': 'pt', evaluation: 'eval', pathway: 'path',
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

  it('holds exactly the expected criteria, no more and no fewer', () => {
    const expected = EXPECTED.flatMap((g) => g.ids);
    expect(expected.filter((id, i) => expected.indexOf(id) !== i)).toEqual([]); // this list itself
    expect(CRITERIA.map((c) => c.id).sort()).toEqual([...expected].sort());
  });

  it.each(EXPECTED.map((g) => [g.what, g]))('%s: each comes from that source', (_what, { source, ids }) => {
    const found = CRITERIA.filter((c) => (ids as readonly string[]).includes(c.id));
    expect(found.filter((c) => !source.test(c.source.label)).map((c) => c.id)).toEqual([]);
  });

  it('has criteria in every group', () => {
    for (const group of Object.keys(PREFIX)) expect(criteriaInGroup(group as never).length).toBeGreaterThan(0);
  });

  it('cites guidelines for red flags and clinic pages for exclusions', () => {
    for (const c of [...criteriaInGroup('red-flag'), ...criteriaInGroup('risk')]) expect(c.source.label).toMatch(/^(GIRFT|AHCPR)/);
    for (const c of criteriaInGroup('exclusion')) expect(c.source.url).toMatch(/^https:\/\/valorspine\.com\//);
  });

  it('uses our own wording, not six-word runs from the article', () => {
    const fixture = JSON.parse(readFileSync(new URL('../../fixtures/article-shingles.json', import.meta.url), 'utf8'));
    const hashes = new Set<string>(fixture.hashes);
    const texts = [
      ...CRITERIA.map((c) => c.text),
      ...Object.values(OUTCOME_TEXT).flatMap((t) => [t.headline, t.explanation]),
      ...Object.values(CONFLICT_TEXT), ...Object.values(CAUTION_TEXT), ...REFERRAL_ITEMS.map((i) => i.label),
      ...Object.keys(OUTCOME_TEXT).map((kind) => conflictWarning(kind as keyof typeof OUTCOME_TEXT)),
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
    // rf.fracture-risk is the fracture red flag met by other answers (rules.ts fractureRisk), never ticked.
    expect([...RED_FLAG_IDS, 'rf.fracture-risk'].sort()).toEqual(criteriaInGroup('red-flag').map((c) => c.id).sort());
    expect(RED_FLAG_CHOICES.map((c) => c.value)).toEqual([...RED_FLAG_IDS]);
    expect(EXCLUSION_CHOICES.map((c) => c.value)).toEqual([...EXCLUSION_IDS]);
  });

  it('an unknown id throws rather than rendering nothing', () => {
    expect(() => criterion('rf.not-a-thing' as CriterionId)).toThrow(/Unknown criterion/);
  });
});
