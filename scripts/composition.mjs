// `npm run composition`: what each page's start-up scripts are made of, by source, in gzipped bytes.
// Builds with source maps (SOURCEMAP=1), attributes every minified byte to the file it came from,
// and shares each chunk's gzipped size out in proportion. An estimate for budget work, not a test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const DIR = path.resolve('.output/chrome-mv3');
const gz = (text) => gzipSync(text, { level: 9 }).length;

/** The package a source belongs to ("preact", "zod"), or "app: <file>" for our own code. */
function owner(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm < 0) return `app: ${source.replace(/^(\.\.\/)+/, '')}`;
  const parts = source.slice(nm + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

function shares(file) {
  const code = readFileSync(path.join(DIR, file), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(DIR, `${file}.map`), 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const bytes = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
    const key = m.source ? owner(m.source) : '(bundler glue)';
    bytes.set(key, (bytes.get(key) ?? 0) + end - m.generatedColumn);
  });
  const total = gz(code);
  return [...bytes].map(([key, raw]) => [key, (raw / code.length) * total]);
}

for (const page of ['popup.html', 'options.html', 'handouts.html', 'letter.html']) {
  const html = readFileSync(path.join(DIR, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sums = new Map();
  for (const f of files) {
    const parts = f.endsWith('.css') ? [['CSS', gz(readFileSync(path.join(DIR, f)))]] : shares(f);
    for (const [key, b] of parts) sums.set(key, (sums.get(key) ?? 0) + b);
  }
  const rows = [...sums].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, b]) => s + b, 0);
  const app = rows.filter(([k]) => k.startsWith('app: ')).reduce((s, [, b]) => s + b, 0);
  console.log(`\n${page} at start: ${(total / 1000).toFixed(1)} KB gz (our code ${(app / 1000).toFixed(1)} KB)`);
  for (const [key, b] of rows.filter(([k, size]) => !k.startsWith('app: ') || size >= 300)) console.log(`  ${(b / 1000).toFixed(1).padStart(5)} KB  ${key}`);
}
