import { FIGURES } from '../content/handouts/figures';
import type { FigureId } from '../content/handouts/types';

/*
 * Original drawings made for this project (issue 11 part 5): plain shapes, one accent colour that
 * also prints clearly in greyscale, labels as text so they scale with the page. Imported only by
 * the print page (HandoutDoc), never by the popup.
 */

const INK = '#1f2933';
const ACCENT = '#b4235a';
const RING = '#d9c7a7';
const CENTER = '#f3e6b3';

function DiscTear() {
  return (
    <>
      <ellipse cx="110" cy="85" rx="95" ry="68" fill={RING} stroke={INK} stroke-width="2.5" />
      {[0.85, 0.7].map((k) => (
        <ellipse key={k} cx="110" cy="85" rx={95 * k} ry={68 * k} fill="none" stroke={INK} stroke-width="1" opacity="0.6" />
      ))}
      <ellipse cx="110" cy="85" rx="45" ry="32" fill={CENTER} stroke={INK} stroke-width="1.5" />
      <path d="M150 92 L168 100 L174 96 L190 112 L203 110" fill="none" stroke={ACCENT} stroke-width="4" stroke-linejoin="round" />
      <g font-size="17" fill={INK} font-family="inherit">
        <line x1="200" y1="40" x2="250" y2="30" stroke={INK} />
        <text x="254" y="34">Outer ring</text>
        <text x="254" y="53">(annulus)</text>
        <line x1="110" y1="85" x2="250" y2="80" stroke={INK} />
        <text x="254" y="84">Soft center</text>
        <text x="254" y="103">(nucleus)</text>
        <line x1="203" y1="110" x2="250" y2="130" stroke={ACCENT} />
        <text x="254" y="138" fill={ACCENT} font-weight="700">Tear</text>
      </g>
    </>
  );
}

function TreatmentSite() {
  const bone = (y: number) => <rect x="40" y={y} width="110" height="34" rx="8" fill="#e8e8e8" stroke={INK} stroke-width="2" />;
  const disc = (y: number, mark = false) => (
    <rect x="44" y={y} width="102" height="12" rx="5" fill={mark ? CENTER : RING} stroke={mark ? ACCENT : INK} stroke-width={mark ? 3 : 1.5} />
  );
  return (
    <>
      {bone(22)}{disc(58)}{bone(72)}{disc(108, true)}{bone(122)}
      <path d="M150 114 q40 -6 70 -40" fill="none" stroke={ACCENT} stroke-width="2" stroke-dasharray="6 5" />
      <circle cx="146" cy="114" r="5" fill={ACCENT} />
      <rect x="214" y="14" width="60" height="26" rx="4" fill="none" stroke={INK} stroke-width="2" />
      <path d="M224 40 L206 64 M264 40 L282 64" stroke={INK} stroke-width="1.5" stroke-dasharray="3 3" />
      <g font-size="17" fill={INK}>
        <text x="280" y="32">X-ray camera</text>
        <text x="230" y="110" fill={ACCENT} font-weight="700">Treated disc</text>
        <text x="230" y="130">(outer ring)</text>
        <text x="4" y="180">Head is up; the back faces right.</text>
      </g>
    </>
  );
}

function RecoveryTimeline() {
  const steps = [
    ['Day 0', 'Rest at home'],
    ['Week 1', 'Short walks'],
    ['When told', 'Start PT'],
    ['Weeks 2–4', 'Build up'],
  ] as const;
  return (
    <>
      <line x1="20" y1="50" x2="492" y2="50" stroke={INK} stroke-width="3" />
      <path d="M492 42 L508 50 L492 58 z" fill={INK} />
      {steps.map(([when, what], i) => {
        const x = 75 + i * 120;
        return (
          <g key={when}>
            <circle cx={x} cy="50" r="11" fill={i === 0 ? ACCENT : '#fff'} stroke={INK} stroke-width="2.5" />
            <text x={x} y="28" text-anchor="middle" font-size="17" font-weight="700" fill={INK}>{when}</text>
            <text x={x} y="82" text-anchor="middle" font-size="17" fill={INK}>{what}</text>
          </g>
        );
      })}
    </>
  );
}

const DRAWINGS: Record<FigureId, { view: string; draw: () => preact.JSX.Element }> = {
  'disc-tear': { view: '0 0 360 160', draw: DiscTear },
  'treatment-site': { view: '0 0 400 186', draw: TreatmentSite },
  'recovery-timeline': { view: '0 0 512 96', draw: RecoveryTimeline },
};

/** One captioned drawing. The SVG carries the alt text; the caption is visible text under it. */
export function HandoutFigure({ id }: { id: FigureId }) {
  const { view, draw: Draw } = DRAWINGS[id];
  const { alt, caption } = FIGURES[id];
  return (
    <figure class="handout-figure" data-figure={id}>
      <svg role="img" aria-label={alt} viewBox={view} preserveAspectRatio="xMinYMid meet">
        <Draw />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
