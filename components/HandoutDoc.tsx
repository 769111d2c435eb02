import { ARTICLE_URL, type Source } from '../content/checklist/sources';
import { HANDOUT_NOTE, SAFETY_CARD, safetyContact } from '../content/handouts/safety';
import type { Handout, HandoutTool } from '../content/handouts/types';
import type { Profile } from '../content/referral/profile';
import { HandoutFigure } from './HandoutFigure';
import { QrCode } from './QrCode';
import { SafetyCard } from './SafetyCard';

interface Props {
  handout: Handout;
  profile: Profile;
  /** Typed at print time, never stored. */
  patientFirstName: string;
  date: string;
  /** PEMAT-P understandability and actionability (%), shown on screen only. */
  scores?: { understandability: number; actionability: number };
}

const joined = (parts: string[], sep = ' · ') => parts.filter((p) => p.trim() !== '').join(sep);
/** On paper the scheme adds nothing and costs a wrapped line. */
const printedUrl = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * Numbered references: each distinct source once, in order of first use (key points, safety card,
 * sections, next steps). Sections cite numbers; the footer lists them.
 */
function references(h: Handout): Source[] {
  const refs = new Map<string, Source>();
  const all = [...h.keyPoints.sources, ...SAFETY_CARD.sources, ...h.sections.flatMap((s) => s.sources), ...h.nextSteps.sources];
  for (const s of all) if (!refs.has(s.url)) refs.set(s.url, s);
  return [...refs.values()];
}

function Tool({ tool }: { tool: HandoutTool }) {
  const items = tool.items ?? [];
  const box = <span aria-hidden="true">☐</span>;
  return (
    <div class="tool">
      <h3>{tool.title}</h3>
      <p>{tool.how}</p>
      <table>
        <thead><tr>{tool.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>
          {items.map((item) => (
            <tr key={item}>
              {tool.kind === 'rating'
                ? <>{<td>{item}</td>}{tool.columns.slice(1).map((c) => <td key={c} class="tick">{box}</td>)}</>
                : <>{<td class="tick">{box}</td>}<td>{item}</td>{tool.columns.slice(2).map((c) => <td key={c} />)}</>}
            </tr>
          ))}
          {Array.from({ length: tool.rows }, (_, i) => (
            <tr key={`blank-${i}`} class="blank">{tool.columns.map((c) => <td key={c}>{'\u00a0'}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One printable handout. Each starts on a new page. Page 1 carries the key points and the safety
 * card; every printed page also gets the running header from the page's @page rules
 * (content/handouts/print-header.ts). All values render as text, never as markup.
 */
export function HandoutDoc({ handout: h, profile, patientFirstName, date, scores }: Props) {
  const { clinic, referrer } = profile;
  const referrerLine = joined([joined([referrer.name, referrer.credentials], ', '), referrer.practice, referrer.phone && `Phone ${referrer.phone}`]);
  const titleId = `title-${h.id}`;
  const refs = references(h);
  const refNumbers = (sources: readonly Source[]) =>
    [...new Set(sources.map((s) => refs.findIndex((r) => r.url === s.url) + 1))].sort((a, b) => a - b).join(', ');
  const cite = (sources: readonly Source[]) => (
    <span class="section-source">{sources.length === 1 ? 'Source' : 'Sources'}: {refNumbers(sources)}</span>
  );
  return (
    <article class="handout" aria-labelledby={titleId} data-handout={h.id}>
      <header class="handout-header">
        <div class="who">
          <p><span class="clinic-name">{clinic.name}</span>{' · '}{joined([clinic.website, clinic.phone && `Phone ${clinic.phone}`, clinic.fax && `Fax ${clinic.fax}`])}</p>
          {referrerLine && <p>From: {referrerLine}</p>}
          <p>
            {patientFirstName.trim() && <>For: <span class="patient-name">{patientFirstName.trim()}</span> · </>}
            Date: {date}
          </p>
        </div>
        {clinic.website && <QrCode text={clinic.website} label={`QR code for ${clinic.website}`} size="0.5in" />}
      </header>

      <h2 id={titleId} class="handout-title">{h.title}</h2>
      {scores && (
        <p class="no-print pemat">PEMAT-P: understandability {scores.understandability}%, actionability {scores.actionability}%</p>
      )}
      <p class="intro">{h.intro}</p>

      <div class="key-points">
        <p class="key-title"><strong>Key points</strong> {cite(h.keyPoints.sources)}</p>
        <ul>{h.keyPoints.points.map((p) => <li key={p}>{p}</li>)}</ul>
      </div>

      <SafetyCard contact={safetyContact(clinic, referrer)} refs={refNumbers(SAFETY_CARD.sources)} />

      {h.sections.map((s) => (
        <section key={s.heading} class={`handout-section${s.figure ? ' has-figure' : ''}`}>
          <div class="section-head">
            <h3>{s.heading}</h3>
            {cite(s.sources)}
          </div>
          {s.figure && <HandoutFigure id={s.figure} />}
          {s.paragraphs.map((p) => <p key={p}>{p}</p>)}
          {s.bullets.length > 0 && <ul>{s.bullets.map((b) => <li key={b}>{b}</li>)}</ul>}
        </section>
      ))}

      {/* A box, not a landmark: several handouts on one page would repeat the same landmark name. */}
      <div class="questions">
        <h3>Questions to ask your clinician</h3>
        <ul>
          {h.questions.map((q) => <li key={q}>{q}</li>)}
          <li class="write-in">My own question: <span class="line" /></li>
        </ul>
      </div>

      <div class="next-steps">
        <div class="section-head"><h3>What to do next</h3>{cite(h.nextSteps.sources)}</div>
        <ol>{h.nextSteps.steps.map((s) => <li key={s}>{s}</li>)}</ol>
      </div>

      {h.tool && <Tool tool={h.tool} />}

      <footer class="handout-footer">
        <p><strong>Please note:</strong> {HANDOUT_NOTE.join(' ')} {h.closing}</p>
        {/* One running paragraph rather than a list: the same references in a third of the height. */}
        <p class="sources">
          <strong>Sources</strong> (ValorSpine pages unless named
          {refs.some((r) => r.url.startsWith(ARTICLE_URL)) && <>; clinic article at <span class="url">{printedUrl(ARTICLE_URL)}</span></>}
          ):{' '}
          {refs.map((r, i) => (
            <span key={r.url} class="ref">
              {i + 1}. {r.label.replace(/^Clinic page: /, '')}
              {!r.url.startsWith(ARTICLE_URL) && <> (<span class="url">{printedUrl(r.url)}</span>)</>}
              {i < refs.length - 1 ? '. ' : '.'}
            </span>
          ))}
        </p>
      </footer>
    </article>
  );
}
