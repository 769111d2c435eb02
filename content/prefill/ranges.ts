/**
 * Duration buckets as a person reads them: "Less than 6 weeks", "6 weeks – 3 months", "3–6 months",
 * "24+ weeks", "More than 1 year", "< 4 weeks", "12 weeks or more". Each option becomes a range in
 * weeks; the value goes to the only option whose range holds it. Nothing here touches the DOM.
 */

export type Range = { readonly lo: number; readonly hi: number; readonly loOpen: boolean; readonly hiOpen: boolean };
export type Pick = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

const WEEKS_PER: Readonly<Record<string, number>> = { day: 1 / 7, week: 1, month: 52.1775 / 12, year: 52.1775 };
const UNIT = /(days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)\b/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12 };

function unitOf(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w.startsWith('d')) return WEEKS_PER.day!;
  if (w.startsWith('w')) return WEEKS_PER.week!;
  if (w.startsWith('m')) return WEEKS_PER.month!;
  if (w.startsWith('y')) return WEEKS_PER.year!;
  return null;
}

/** The range an option's caption names, in weeks, or null when it names none. `defaultUnit` comes from the question. */
export function parseRange(caption: string, defaultUnit: number | null = null): Range | null {
  const t = caption.toLowerCase().replace(/[–—−]/g, '-').replace(/\bto\b/g, '-').replace(/\bless than\b|\bunder\b|\bfewer than\b|\bbelow\b|\bup to\b|\bwithin\b/g, '<')
    .replace(/\bmore than\b|\bover\b|\bgreater than\b|\blonger than\b|\babove\b/g, '>')
    .replace(/\b(a|an|one|two|three|four|six|twelve)\b(?=\s*(days?|weeks?|months?|years?))/g, (w) => String(NUMBER_WORDS[w]));
  // Numbers with their units, in order: "6 weeks - 3 months" gives [6 w, 3 mo].
  const nums = [...t.matchAll(/(\d+(?:\.\d+)?)\s*\+?\s*(days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)?\b/g)]
    .map((m) => ({ n: Number(m[1]), unit: unitOf(m[2]) }));
  if (nums.length === 0 || nums.length > 2) return null;
  const last = nums[nums.length - 1]!.unit ?? defaultUnit;
  const weeks = nums.map((x) => (x.unit ?? last) === null ? null : x.n * (x.unit ?? last)!);
  if (weeks.some((w) => w === null)) return null;
  const [a, b] = weeks as number[];
  if (nums.length === 2) return { lo: Math.min(a!, b!), hi: Math.max(a!, b!), loOpen: false, hiOpen: false };
  if (/</.test(t) || /\bor (less|fewer)\b/.test(t)) return { lo: 0, hi: a!, loOpen: false, hiOpen: /</.test(t) };
  if (/>/.test(t)) return { lo: a!, hi: Infinity, loOpen: true, hiOpen: true };
  if (/\+|\bor (more|longer)\b|\bplus\b/.test(t)) return { lo: a!, hi: Infinity, loOpen: false, hiOpen: true };
  return null;
}

/** Within 3% of a boundary converted from another unit (13 weeks against "3 months"): too close to call. */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.03 * Math.max(a, b);

function holds(r: Range, w: number): 'in' | 'out' | 'edge' {
  if (Number.isFinite(r.lo) && near(w, r.lo) && w !== r.lo) return 'edge';
  if (Number.isFinite(r.hi) && near(w, r.hi) && w !== r.hi) return 'edge';
  const aboveLo = r.loOpen ? w > r.lo : w >= r.lo;
  const belowHi = r.hiOpen ? w < r.hi : w <= r.hi;
  return aboveLo && belowHi ? 'in' : 'out';
}

/**
 * The option (value) whose range holds `weeks`: exactly one must, or it stays empty with the reason.
 * `question` supplies a unit for bare numbers ("Weeks since onset: 0–4, 4–8, 8+").
 */
export function pickRange(options: readonly { value: string; label: string }[], weeks: number, question = ''): Pick {
  const qUnit = unitOf(question.toLowerCase().match(UNIT)?.[1]);
  const ranged = options.filter((o) => o.value !== '').map((o) => ({ o, r: parseRange(o.label, qUnit) }));
  const parsed = ranged.filter((x) => x.r !== null);
  if (parsed.length < 2) return { ok: false, reason: 'its options are not ranges of time the filler can read' };
  const states = parsed.map((x) => ({ o: x.o, s: holds(x.r!, weeks) }));
  if (states.some((x) => x.s === 'edge')) return { ok: false, reason: `${weeks} weeks is on the edge between two options once converted to their units, so it is left for you` };
  const hits = states.filter((x) => x.s === 'in');
  if (hits.length === 1) return { ok: true, value: hits[0]!.o.value };
  if (hits.length > 1) return { ok: false, reason: `${weeks} weeks lies on the boundary shared by two options (${hits.map((h) => `“${h.o.label}”`).join(' and ')})` };
  return { ok: false, reason: `no option’s range holds ${weeks} weeks` };
}
