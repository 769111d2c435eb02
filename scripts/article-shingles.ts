// Regenerates tests/fixtures/article-shingles.json from the clinic's article in ../shared/source.
// The fixture holds only hashes of 6-word runs, so the tests can check that our wording is our
// own without the article's text being copied into this repository.
// Run: npx jiti scripts/article-shingles.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { shingleHashes } from '../tests/helpers/shingles.ts';

const article = readFileSync(new URL('../../shared/source/article-pt-vs-biologic-disc-repair.txt', import.meta.url), 'utf8');
const hashes = [...new Set(shingleHashes(article))].sort();
writeFileSync(new URL('../tests/fixtures/article-shingles.json', import.meta.url), JSON.stringify({ words: 6, hashes }, null, 0) + '\n');
console.log(`wrote ${hashes.length} hashes`);
