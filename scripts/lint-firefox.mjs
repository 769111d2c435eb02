// `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error, and on any
// warning or notice except those listed here with the reason they cannot be avoided
// (also in the README).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = '.output/firefox-mv3';
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
const report = JSON.parse(run.stdout);

/** Preact's runtime assigns innerHTML only for dangerouslySetInnerHTML, which this code never uses. */
const EXPLAINED = [
  (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(m.message)
    && readFileSync(path.join(dir, m.file), 'utf8').includes('dangerouslySetInnerHTML'),
];

const messages = ['errors', 'warnings', 'notices'].flatMap((kind) => report[kind].map((m) => ({ kind, ...m })));
const unexplained = messages.filter((m) => m.kind === 'errors' || !EXPLAINED.some((ok) => ok(m)));
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const m of messages) console.log(`  ${unexplained.includes(m) ? 'UNEXPLAINED' : 'explained  '} ${m.kind} ${m.code} ${m.file ?? ''}`);
process.exit(unexplained.length === 0 ? 0 : 1);
