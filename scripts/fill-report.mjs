// `npm run fill-report`: runs the prefill end-to-end tests in Chromium (real activeTab grant,
// every fixture) and prints, per fixture, fields expected / filled correctly / filled wrongly /
// skipped. The tests themselves fail on any wrong fill; this prints the numbers.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const file = 'test-results/fill-report.jsonl';
rmSync(file, { force: true });
const run = spawnSync('npx', ['playwright', 'test', 'tests/e2e/prefill.spec.ts', '--reporter=dot'], { stdio: 'inherit' });
if (!existsSync(file)) {
  console.error('No fill results were recorded.');
  process.exit(1);
}
const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const table = [['fixture', 'expected', 'correct', 'wrong', 'skipped'],
  ...rows.map((r) => [r.fixture, r.expected, r.correct, r.wrong.length, r.skipped.length].map(String))];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log();
for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
for (const r of rows) for (const w of r.wrong) console.log(`WRONG in ${r.fixture}: ${w}`);
process.exit(run.status ?? 1);
