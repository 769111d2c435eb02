/** @vitest-environment happy-dom */
// The real-world corpus, graded in happy-dom (no layout, page scripts do not run): the fast check
// while working. `npm run fill-report` grades the same pages in Chromium with the built extension.
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../content/prefill/collect';
import { fill } from '../../content/prefill/fill';
import { buildPlan } from '../../content/prefill/match';
import { gradeCorpus, snapshotPage, type CorpusExpectation, type CorpusGrade } from '../helpers/fill-check';
import { VALUES } from '../unit/prefill/records';

const DIRS = ['corpus', 'negative'] as const;
const pages = DIRS.flatMap((dir) => readdirSync(`tests/fixtures/forms/${dir}`).filter((f) => f.endsWith('.html')).map((f) => [dir, f] as const));
const OUT = 'test-results/corpus-dom.jsonl';
rmSync(OUT, { force: true });
const grades: [string, CorpusGrade][] = [];

function run(dir: string, file: string) {
  const html = readFileSync(`tests/fixtures/forms/${dir}/${file}`, 'utf8');
  document.documentElement.innerHTML = html.replace(/<!doctype html>/i, '');
  const expected = JSON.parse(readFileSync(`tests/fixtures/forms/${dir}/${file.replace(/\.html$/, '.expected.json')}`, 'utf8')) as CorpusExpectation;
  const arg = { fill: Object.keys(expected.fill), never: expected.never ?? [] };
  const before = snapshotPage(arg);
  const collection = collect(document, { layout: false });
  const plan = buildPlan(collection, VALUES);
  const byKey = new Map(collection.fields.map((f) => [f.key, f]));
  fill(document, plan.fill.map((item) => ({ ...item, field: byKey.get(item.key)! })));
  return { plan, expected, grade: gradeCorpus(expected, before, snapshotPage(arg), dir === 'negative') };
}

describe.each(pages)('%s/%s', (dir, file) => {
  it(dir === 'negative' ? 'writes nothing' : 'fills nothing wrongly and breaches nothing', () => {
    const { grade, expected } = run(dir, file);
    grades.push([`${dir}/${file}`, grade]);
    mkdirSync('test-results', { recursive: true });
    appendFileSync(OUT, `${JSON.stringify({ page: `${dir}/${file}`, ...grade })}\n`);
    expect(grade.breaches).toEqual([]);
    expect(grade.wrong).toEqual([]);
    // A corpus page accounts for its fields: some to fill, and each one left empty with its reason
    // (an EMR's referral screen may ask only two things our referral holds).
    if (dir === 'corpus') {
      expect(grade.labelled).toBeGreaterThan(0);
      expect(grade.labelled + Object.keys(expected.empty ?? {}).length).toBeGreaterThan(3);
    }
  });
});

afterAll(() => {
  if (!process.env.CORPUS_REPORT) return;
  const total = grades.reduce((t, [, g]) => ({ labelled: t.labelled + g.labelled, correct: t.correct + g.correct, wrong: t.wrong + g.wrong.length, missed: t.missed + g.missed.length, breaches: t.breaches + g.breaches.length }), { labelled: 0, correct: 0, wrong: 0, missed: 0, breaches: 0 });
  const lines = grades.map(([p, g]) => `${p.padEnd(42)} ${String(g.labelled).padStart(3)} ${String(g.correct).padStart(3)} ${String(g.wrong.length).padStart(3)} ${String(g.missed.length).padStart(3)} ${String(g.breaches.length).padStart(3)}  ${[...g.wrong.map((w) => `WRONG ${w}`), ...g.breaches.map((b) => `BREACH ${b}`), ...g.missed.map((m) => `missed ${m}`)].join('; ')}`);
  console.log(['page                                       lab cor wrg mis brc', ...lines, `TOTAL ${JSON.stringify(total)}`].join('\n'));
});
