/**
 * What a person should know before allowing a site as the clinic's form address: its name as
 * letters (Unicode) and as the browser sends it (punycode), and warnings when the name mixes
 * alphabets or looks like a known clinic host without being it. Pure: no DOM, no `browser`.
 *
 * The checks follow the ideas of Unicode TS #39 (mixed-script detection, "skeletons" of
 * confusable letters) in a deliberately small form: a short table of the look-alikes most used
 * against Latin names, not the full confusables data. A warning asks the user to check; it
 * never decides.
 */
import { decode } from 'punycode/';

export interface HostReport {
  /** The host as a person reads it, e.g. "vаlorspine.com" (with a Cyrillic а). */
  readonly unicode: string;
  /** The host as the browser sends it, e.g. "xn--vlorspine-5xg.com". */
  readonly ascii: string;
  readonly warnings: readonly string[];
}

// ---- Punycode (RFC 3492), decoding only: the URL parser already gives the ASCII form. The
// decoder is punycode.js (the package Node itself used), not one of our own.

/** Decodes one punycode label (without "xn--"); null when it is not valid punycode. */
export function decodePunycode(input: string): string | null {
  try {
    return decode(input);
  } catch {
    return null;
  }
}

/** The host in letters: each "xn--" label decoded (left as is if it is not valid punycode). */
export const hostToUnicode = (ascii: string) =>
  ascii.split('.').map((label) => (label.startsWith('xn--') ? decodePunycode(label.slice(4)) ?? label : label)).join('.');

// ---- Scripts and look-alikes.
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u], ['Hebrew', /\p{Script=Hebrew}/u], ['Arabic', /\p{Script=Arabic}/u],
  ['Cherokee', /\p{Script=Cherokee}/u], ['Han', /\p{Script=Han}/u], ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u], ['Hangul', /\p{Script=Hangul}/u],
];
/** Mixtures that are normal writing (UTS #39 "highly restrictive"): Japanese, Chinese and Korean with Latin. */
const NORMAL_MIXES: readonly (readonly string[])[] = [['Latin', 'Han', 'Hiragana', 'Katakana'], ['Latin', 'Han', 'Hangul']];

/** The scripts of the letters in a label (digits, hyphens and other shared characters count for none). */
export function scriptsOf(label: string): string[] {
  const found = new Set<string>();
  for (const ch of label) {
    const script = SCRIPTS.find(([, re]) => re.test(ch));
    found.add(script ? script[0] : /[\p{L}]/u.test(ch) ? 'Other' : '');
  }
  found.delete('');
  return [...found];
}

const isMixed = (scripts: readonly string[]) => scripts.length > 1 && !NORMAL_MIXES.some((mix) => scripts.every((s) => mix.includes(s)));

/** Letters from other alphabets, and Latin letters and digits, that pass for others in a web address. */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ӏ: 'l', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', ո: 'n', ս: 'u',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin letters with marks that are easy to miss
  à: 'a', á: 'a', â: 'a', ä: 'a', å: 'a', è: 'e', é: 'e', ë: 'e', ì: 'i', í: 'i', ï: 'i', ò: 'o', ó: 'o', ö: 'o',
  ù: 'u', ú: 'u', ü: 'u', ı: 'i', ł: 'l', ṁ: 'm', ṅ: 'n', ṡ: 's',
};

/**
 * A label's "skeleton": what it looks like, so two labels that read alike compare equal.
 * Other alphabets' look-alikes become Latin; then the pairs people misread (1/l/i, 0/o, rn/m,
 * vv/w) become one letter each.
 */
export function skeleton(label: string): string {
  const latin = [...label.toLowerCase()].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
  return latin.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[1i|]/g, 'l').replace(/0/g, 'o');
}

/** Edit distance with transpositions (optimal string alignment), stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The site a host belongs to, approximately: its last two labels, or three under a two-letter
 * country code with a short second level (clinic.co.uk). Enough to name the real owner in a
 * warning; not a public-suffix list.
 */
export function siteOf(host: string): string {
  const labels = host.split('.');
  const n = labels.length;
  const three = n >= 3 && labels[n - 1]!.length === 2 && labels[n - 2]!.length <= 3;
  return labels.slice(three ? -3 : -2).join('.');
}

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.startsWith('[');

/**
 * Describes `host` (ASCII, as a URL gives it) against the clinic hosts the user already trusts.
 * Equal to a known host, or a subdomain of one, gives no look-alike warning.
 */
export function describeHost(host: string, known: readonly string[]): HostReport {
  const ascii = host.toLowerCase();
  const unicode = hostToUnicode(ascii);
  const warnings: string[] = [];
  if (isIp(ascii) || ascii === 'localhost') return { unicode, ascii, warnings };
  const labels = unicode.split('.');

  const mixed = labels.find((label) => isMixed(scriptsOf(label)));
  if (mixed) {
    warnings.push(`The name mixes alphabets (${scriptsOf(mixed).join(' and ')}) in “${mixed}”. Sites that pretend to be others do this: letters from another alphabet look the same.`);
  } else if (labels.some((label) => !scriptsOf(label).includes('Latin') && scriptsOf(label).length > 0 && /^[a-z0-9-]+$/.test(skeleton(label)))) {
    warnings.push('The name is written in another alphabet with letters that look like Latin ones.');
  }

  const knownHosts = [...new Set(known.map((k) => hostToUnicode(k.toLowerCase())))];
  if (knownHosts.some((k) => unicode === k || unicode.endsWith(`.${k}`))) return { unicode, ascii, warnings };
  const site = siteOf(unicode);
  for (const k of knownHosts) {
    const name = siteOf(k).split('.')[0]!; // "valorspine" of valorspine.com
    if (name.length < 4) continue;
    if (unicode.includes(name)) {
      warnings.push(`The name contains “${name}” but is not ${k}: this page belongs to ${site}.`);
      break;
    }
    const target = skeleton(name);
    if (labels.some((label) => skeleton(label) === target || (target.length >= 5 && distance(skeleton(label), target, 1) <= 1))) {
      warnings.push(`The name looks like ${k} but is not it: this page belongs to ${site}.`);
      break;
    }
  }
  return { unicode, ascii, warnings };
}
