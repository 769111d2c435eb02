import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useAdoptedSheet } from './useAdoptedSheet';
import type { LetterBlock, LetterModel } from '../content/letter/letter-model';
import { pageRule, type PageSize } from '../content/letter/page-size';
import { paginate, type Measure } from '../content/letter/paginate';
import { LetterBlockView } from './LetterBlock';

type Para = Extract<LetterBlock, { kind: 'para' }>;

interface Props {
  model: LetterModel;
  size: PageSize;
  /** Called with the number of letter pages each time the layout changes. */
  onPages: (pages: number) => void;
}

/** One sheet of paper, exactly the page's size; the stylesheet prints each on its own page. */
export function Sheet({ size, kind, children, foot }: { size: PageSize; kind: string; children: ComponentChildren; foot?: ComponentChildren }) {
  return (
    <div class={`sheet sheet-${size} ${kind}`}>
      <div class="sheet-body">{children}</div>
      {foot !== undefined && <div class="sheet-foot">{foot}</div>}
    </div>
  );
}

/** Sets the printed page's size to the chosen paper (the stylesheet's Letter default without support). */
export function usePageRule(size: PageSize) {
  useAdoptedSheet(pageRule(size));
}

/** Px of slack per page: sub-pixel rounding in print must never push a line off the sheet. */
const SLACK = 4;

/** Measures blocks as laid out in the hidden copy, and splits paragraphs at a word by measuring a probe. */
function domMeasure(root: HTMLElement): Measure<LetterBlock> {
  const heights = new Map<string, number>();
  for (const el of root.querySelectorAll<HTMLElement>('.measure-body > .blk')) heights.set(el.dataset.key!, el.getBoundingClientRect().height);
  const probe = root.querySelector<HTMLElement>('.measure-probe')!;
  const probeText = probe.querySelector('p')!;
  const measureText = (b: Para, text: string) => {
    probe.className = `blk blk-para measure-probe${b.item ? ' item' : ''}${b.cont ? ' cont' : ''}`;
    probeText.textContent = text;
    return probe.getBoundingClientRect().height;
  };
  const height = (b: LetterBlock) => heights.get(b.key) ?? (b.kind === 'para' ? measureText(b, b.text) : 0);
  return {
    height,
    keepWithNext: (b) => b.kind === 'heading' || b.kind === 'subject',
    split(b, room) {
      if (b.kind !== 'para') return null;
      const words = b.text.split(' ');
      // The most words whose paragraph still fits: binary search, since height grows with words.
      let lo = 0;
      let hi = words.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measureText(b, words.slice(0, mid).join(' ')) <= room) lo = mid; else hi = mid - 1;
      }
      if (lo === 0) return null;
      return [
        { ...b, key: `${b.key}.a`, text: words.slice(0, lo).join(' ') },
        { ...b, key: `${b.key}.b`, text: words.slice(lo).join(' '), cont: true },
      ];
    },
  };
}

/**
 * The letter on sheets, with "Page X of Y" at the foot of each. A hidden copy of the blocks at
 * the sheet's width is measured after every change (text, size), then shared out over pages.
 */
export function LetterSheets({ model, size, onPages }: Props) {
  const measureRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<LetterBlock[][] | null>(null);

  useLayoutEffect(() => {
    const root = measureRef.current!;
    const capacity = root.querySelector<HTMLElement>('.measure-empty .sheet-body')!.getBoundingClientRect().height - SLACK;
    const probe = root.querySelector<HTMLElement>('.measure-probe')!;
    probe.className = 'blk blk-para measure-probe';
    probe.querySelector('p')!.textContent = 'Line';
    const lineHeight = probe.getBoundingClientRect().height;
    // No layout at all (a DOM without a rendering engine): one page, rather than a page per block.
    const laidOut = capacity > 0
      ? paginate(model.blocks, domMeasure(root), { capacity: () => capacity, minSplit: lineHeight * 2 })
      : [model.blocks];
    setPages(laidOut);
    onPages(laidOut.length);
  }, [model, size]);

  const foot = (i: number, n: number) => (
    <>
      <span class="running">{model.running}</span>
      <span class="page-no">Page {i + 1} of {n}</span>
    </>
  );
  return (
    <>
      <div class="measure" ref={measureRef} aria-hidden="true">
        <Sheet size={size} kind="measure-empty" foot={foot(0, 1)}>{null}</Sheet>
        <Sheet size={size} kind="measure-full">
          <div class="measure-body">{model.blocks.map((b) => <LetterBlockView key={b.key} block={b} />)}</div>
          <div class="blk blk-para measure-probe"><p>Line</p></div>
        </Sheet>
      </div>
      {pages?.map((blocks, i) => (
        <Sheet key={i} size={size} kind="letter-sheet" foot={foot(i, pages.length)}>
          {blocks.map((b) => <LetterBlockView key={b.key} block={b} />)}
        </Sheet>
      ))}
    </>
  );
}
