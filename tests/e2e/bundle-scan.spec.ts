import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// A static scan of every file `npm run test:e2e` has just built, for both browsers.
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(js|html)$/.test(name) ? [full] : [];
  });

/** No remote code, no way to talk to the network. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/], ['new Function', /new\s+Function\s*\(/], ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/], ['WebSocket', /WebSocket/], ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/], ['importScripts', /importScripts/], ["world: 'MAIN'", /world\s*:\s*["'`]MAIN/],
  ['remote script', /<script[^>]+src=["']https?:/],
];

/** Every http(s) URL in the bundles, and why it may be there: none is ever requested. */
const ALLOWED_URLS: [RegExp, string][] = [
  [/^https:\/\/valorspine\.com(\/|$)/, 'the clinic: source links and the default form address, rendered as links or text'],
  [/^https:\/\/www\.nice\.org\.uk\/guidance\/ng59$/, 'guideline source link'],
  [/^https:\/\/www\.ncbi\.nlm\.nih\.gov\/books\/NBK52120\/$/, 'guideline source link'],
  [/^https:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC3267443$/, 'referral-audit source link'],
  [/^https:\/\/clinic\.example(\/refer)?\.?$/, 'example address in a help message'],
  // Sources named by the checklist's criteria and the handouts (content/checklist/sources.ts,
  // content/handouts/evidence.ts): shown as links or printed, never fetched.
  [/^https:\/\/www\.nice\.org\.uk\/guidance\/ng(59|65)\/chapter\/[Rr]ecommendations$/, 'guideline source link'],
  [/^https:\/\/www\.ncbi\.nlm\.nih\.gov\/books\/NBK52120\/table\/A34364\/$/, 'red-flag table source link'],
  [/^https:\/\/www\.csp\.org\.uk\/journal\/article\/physiotherapy-journal-march-2024\/national-suspected-cauda-equina-syndrome-pathway$/, 'cauda equina pathway source link'],
  [/^https:\/\/www\.ajnr\.org\/content\/36\/4\/811$/, 'handout evidence source link'],
  [/^https:\/\/doi\.org\/10\.1111\/pme\.12249$/, 'handout evidence source link'],
  [/^https:\/\/pubt\.io\/view\/DF40D9D2FA6DA2D2343519DBED6B3226DB7B4B9E$/, 'handout evidence source link'],
  [/^https:\/\/www\.sharecare\.com\/health\/(pain-treatment\/how-prepare-for-spinal-injection|discography\/what-are-possible-complications-discography)$/, 'handout evidence source link'],
  [/^http:\/\/www\.globalpaincare\.com\/procedure-instruction\.html$/, 'handout evidence source link'],
  [/^https:\/\/www\.guidelinecentral\.com\/guideline\/13349\/$/, 'handout evidence source link'],
  [/^https:\/\/www\.tg\.org\.au\/$/, 'handout evidence source link'],
  [/^https:\/\/bmcmusculoskeletdisord\.biomedcentral\.com\/articles\/10\.1186\/1471-2474-11-70$/, 'handout evidence source link'],
  [/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML)$/, 'XML namespace names in Preact, never fetched'],
  [/^https:\/\/rolldown\.rs\/in-depth\/bundling-cjs#require-external-modules$/, 'bundler error message text, never fetched'],
];

for (const build of BUILDS) {
  test(`${build}: no eval, no network APIs, no main-world scripts`, () => {
    const found = files(build).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => `${path.relative(build, f)}: ${name}`);
    });
    expect(files(build).length).toBeGreaterThan(4);
    expect(found).toEqual([]);
  });

  test(`${build}: only allow-listed URLs`, () => {
    const urls = files(build).flatMap((f) => readFileSync(f, 'utf8').match(/https?:\/\/[^\s"'`<>)\\]+/g) ?? []);
    expect(urls.length).toBeGreaterThan(0);
    expect([...new Set(urls)].filter((u) => !ALLOWED_URLS.some(([re]) => re.test(u)))).toEqual([]);
  });
}

test('our own source never writes HTML strings into a page', () => {
  const source = ['components', 'content', 'entrypoints'].flatMap((d) => files(d).concat(
    readdirSync(d, { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(d, f))));
  expect(source.length).toBeGreaterThan(20);
  const found = source.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')));
  expect(found).toEqual([]);
});

for (const build of BUILDS) {
  test(`${build}: the injected script stays small and carries no zod, Preact or extension API wrapper`, () => {
    const script = readFileSync(path.join(build, 'prefill.js'));
    // Markers that survive minification: zod's error-map and issue codes, Preact's options hook,
    // the polyfill's own error text.
    const markers: [string, RegExp][] = [['zod', /invalid_type|too_small|\$ZodType/], ['preact', /__preactattr_|__k|\b__H\b/], ['polyfill', /webextension-polyfill/]];
    expect(markers.filter(([, re]) => re.test(script.toString('utf8'))).map(([name]) => name)).toEqual([]);
    expect(gzipSync(script).length).toBeLessThan(10 * 1024);
  });
}
