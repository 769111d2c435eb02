import { describe, expect, it } from 'vitest';
import { paginate, type Measure } from '../../../content/letter/paginate';

/** A block whose height is its number of lines (10 units each); 'p' blocks split at a line. */
interface B { key: string; kind: 'p' | 'h' | 'box'; lines: number }
const LINE = 10;
const measure: Measure<B> = {
  height: (b) => b.lines * LINE,
  keepWithNext: (b) => b.kind === 'h',
  split(b, room) {
    const fit = Math.floor(room / LINE);
    if (b.kind !== 'p' || fit < 1 || fit >= b.lines) return null;
    return [{ ...b, key: `${b.key}a`, lines: fit }, { ...b, key: `${b.key}b`, lines: b.lines - fit }];
  },
};
const opts = { capacity: () => 100, minSplit: 2 * LINE };
const layout = (blocks: B[]) => paginate(blocks, measure, opts).map((page) => page.map((b) => `${b.key}:${b.lines}`).join(' '));
const p = (key: string, lines: number): B => ({ key, kind: 'p', lines });
const h = (key: string): B => ({ key, kind: 'h', lines: 1 });
const box = (key: string, lines: number): B => ({ key, kind: 'box', lines });

describe('paginate', () => {
  it.each([
    ['nothing: one empty page', [], ['']],
    ['fits on one page exactly', [p('a', 4), p('b', 6)], ['a:4 b:6']],
    ['a paragraph splits to fill the page', [p('a', 7), p('b', 6)], ['a:7 ba:3', 'bb:3']],
    ['less than two lines of room: the paragraph moves whole', [p('a', 9), p('b', 3)], ['a:9', 'b:3']],
    ['an unbreakable box moves whole', [p('a', 5), box('s', 6)], ['a:5', 's:6']],
    ['a heading never ends a page', [p('a', 9), h('h'), p('b', 3)], ['a:9', 'h:1 b:3']],
    ['a heading stays with two lines of what follows', [p('a', 8), h('h'), p('b', 5)], ['a:8', 'h:1 b:5']],
    ['a heading with room for two lines after it stays', [p('a', 7), h('h'), p('b', 5)], ['a:7 h:1 ba:2', 'bb:3']],
  ])('%s', (_, blocks, pages) => expect(layout(blocks)).toEqual(pages));

  it('a paragraph longer than a page spans full pages', () => {
    const out = paginate([p('a', 25)], measure, opts);
    expect(out.map((page) => page.map((b) => b.lines))).toEqual([[10], [10], [5]]);
  });

  it('an unbreakable block taller than a page gets a page to itself, and nothing is lost', () => {
    expect(layout([p('a', 2), box('big', 14), p('b', 2)])).toEqual(['a:2', 'big:14', 'b:2']);
  });

  it('keeps every line, in order, whatever the mix', () => {
    const blocks: B[] = [];
    for (let i = 0; i < 60; i++) blocks.push(i % 7 === 0 ? h(`h${i}`) : i % 5 === 0 ? box(`x${i}`, 3) : p(`p${i}`, 1 + (i * 13) % 17));
    const pages = paginate(blocks, measure, opts);
    const lines = (bs: B[]) => bs.reduce((s, b) => s + b.lines, 0);
    expect(lines(pages.flat())).toBe(lines(blocks));
    for (const page of pages) expect(lines(page)).toBeLessThanOrEqual(100);
    // Pieces of a split block come one after another: collapsing them gives the original order.
    const order = pages.flat().map((b) => b.key.replace(/[ab]+$/, '')).filter((k, i, all) => i === 0 || k !== all[i - 1]);
    expect(order).toEqual(blocks.map((b) => b.key));
  });

  it('uses the capacity of each page', () => {
    const pages = paginate([p('a', 12)], measure, { capacity: (i) => (i === 0 ? 50 : 100), minSplit: 20 });
    expect(pages.map((pg) => pg.map((b) => b.lines))).toEqual([[5], [7]]);
  });
});
