// `npm run fill-report`: runs the prefill end-to-end tests in Chromium (real activeTab grant, every
// fixture, the real-world corpus and the negative corpus) and prints, per page and in total:
// labelled, correct, wrong, missed, breaches. The tests themselves fail on any wrong value or breach;
// this prints the numbers, including what was left empty.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const fixtures = 'test-results/fill-report.jsonl';
const corpus = 'test-results/corpus-report.jsonl';
for (const f of [fixtures, corpus]) rmSync(f, { force: true });
const run = spawnSync('npx', ['playwright', 'test', 'tests/e2e/prefill.spec.ts', '--reporter=dot', ...process.argv.slice(2)], { stdio: 'inherit' });
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

function print(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

const own = read(fixtures);
if (own.length) {
  console.log('\nTeam fixtures');
  print([['fixture', 'expected', 'correct', 'wrong', 'missed'], ...own.map((r) => [r.fixture, r.expected, r.correct, r.wrong.length, r.skipped.length].map(String))]);
  for (const r of own) for (const w of r.wrong) console.log(`WRONG in ${r.fixture}: ${w}`);
}

const pages = read(corpus);
if (!own.length && !pages.length) {
  console.error('No fill results were recorded.');
  process.exit(1);
}
for (const kind of ['corpus', 'negative']) {
  const rows = pages.filter((r) => r.page.startsWith(`${kind}/`));
  if (!rows.length) continue;
  const sum = (k) => rows.reduce((t, r) => t + (Array.isArray(r[k]) ? r[k].length : r[k]), 0);
  console.log(`\n${kind === 'corpus' ? 'Real-world corpus' : 'Negative corpus (nothing may be written)'}`);
  print([['page', 'labelled', 'correct', 'wrong', 'missed', 'breaches'],
    ...rows.map((r) => [r.page, r.labelled, r.correct, r.wrong.length, r.missed.length, r.breaches.length].map(String)),
    ['TOTAL', ...['labelled', 'correct', 'wrong', 'missed', 'breaches'].map((k) => String(sum(k)))]]);
  if (kind === 'corpus' && sum('labelled')) console.log(`filled correctly: ${((100 * sum('correct')) / sum('labelled')).toFixed(1)}% of labelled fields`);
  for (const r of rows) {
    for (const w of r.wrong) console.log(`WRONG in ${r.page}: ${w}`);
    for (const b of r.breaches) console.log(`BREACH in ${r.page}: ${b}`);
    for (const m of r.missed) console.log(`missed in ${r.page}: ${m}`);
  }
}
process.exit(run.status ?? 1);
