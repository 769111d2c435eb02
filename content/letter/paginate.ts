/**
 * Pagination we compute ourselves. Chromium prints `counter(pages)` in @page margin boxes, but
 * Firefox (153 ESR, tried) prints no margin boxes at all, and the fax cover needs the letter's page
 * count before printing. So the page lays the letter out on fixed-size sheets: it measures each
 * block at the sheet's width and this module shares the blocks out. Pure: the measuring is
 * passed in, so tests use plain numbers.
 */

export interface PaginateBlock {
  key: string;
  kind: string;
}

export interface Measure<B extends PaginateBlock> {
  /** The block's height in the same unit as the page capacity. */
  height(block: B): number;
  /**
   * For a block that may break across pages: the longest leading part that fits in `room`, and
   * the rest; null when not even one line fits or the block cannot break.
   */
  split(block: B, room: number): [B, B] | null;
  /** Blocks that must share a page with the start of the next one (headings). */
  keepWithNext(block: B): boolean;
}

export interface PaginateOptions {
  /** Room for blocks on the page with this 0-based index. */
  capacity(page: number): number;
  /** Room a breakable block must find on a page before it starts there (about two lines). */
  minSplit: number;
}

/** Shares `blocks` out over pages in order. Always returns at least one page. */
export function paginate<B extends PaginateBlock>(blocks: readonly B[], m: Measure<B>, o: PaginateOptions): B[][] {
  const pages: B[][] = [[]];
  let used = 0;
  const room = () => o.capacity(pages.length - 1) - used;
  const newPage = () => { pages.push([]); used = 0; };
  const put = (b: B, h: number) => { pages[pages.length - 1]!.push(b); used += h; };
  const queue = [...blocks];
  // A guard against a measure that never shrinks a block: each block may start a page once.
  let guard = blocks.length * 4 + 100;

  while (queue.length > 0 && guard-- > 0) {
    const b = queue.shift()!;
    const h = m.height(b);
    const next = queue[0];
    // A heading needs its own height plus the start of what follows.
    const need = m.keepWithNext(b) && next ? h + Math.min(m.height(next), o.minSplit) : h;
    const pageEmpty = pages[pages.length - 1]!.length === 0;
    if (need <= room()) { put(b, h); continue; }
    if (room() >= o.minSplit || pageEmpty) {
      const parts = m.split(b, room());
      if (parts) {
        put(parts[0], m.height(parts[0]));
        newPage();
        queue.unshift(parts[1]);
        continue;
      }
    }
    if (pageEmpty) { put(b, h); newPage(); continue; } // taller than a page and unbreakable: it gets a page to itself
    newPage();
    queue.unshift(b);
  }
  // Never lose text: should the guard stop the loop, whatever is left goes on the last page.
  for (const b of queue) put(b, m.height(b));
  if (pages.length > 1 && pages[pages.length - 1]!.length === 0) pages.pop();
  return pages;
}
