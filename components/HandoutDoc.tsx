import { ARTICLE_URL, type Source } from '../content/checklist/sources';
import { HANDOUT_FOOTER, HANDOUT_SAFETY } from '../content/handouts/footer';
import type { Handout } from '../content/handouts/types';
import type { Profile } from '../content/referral/profile';
import { QrCode } from './QrCode';

interface Props {
  handout: Handout;
  profile: Profile;
  /** Typed at print time, never stored. */
  patientFirstName: string;
  date: string;
}

const joined = (parts: string[], sep = ' · ') => parts.filter((p) => p.trim() !== '').join(sep);
/** On paper the scheme adds nothing and costs a wrapped line. */
const printedUrl = (url: string) => url.replace(/^https:\/\//, '');

/**
 * Numbered references: each distinct source once, in order of first use. Sections cite numbers;
 * the footer lists them, printing the article's address once rather than per section.
 */
function references(h: Handout): Source[] {
  const refs = new Map<string, Source>();
  for (const s of h.sections.flatMap((section) => section.sources)) if (!refs.has(s.url)) refs.set(s.url, s);
  return [...refs.values()];
}

/**
 * One printable handout. Each starts on a new page and repeats the header, so a page that is
 * handed on alone still says who it is from. All values render as text, never as markup.
 */
export function HandoutDoc({ handout: h, profile, patientFirstName, date }: Props) {
  const { clinic, referrer } = profile;
  const referrerLine = joined([joined([referrer.name, referrer.credentials], ', '), referrer.practice, referrer.phone && `Phone ${referrer.phone}`]);
  const titleId = `title-${h.id}`;
  const refs = references(h);
  const refNumbers = (sources: readonly Source[]) => sources.map((s) => refs.findIndex((r) => r.url === s.url) + 1).sort((a, b) => a - b).join(', ');
  return (
    <article class="handout" aria-labelledby={titleId} data-handout={h.id}>
      <header class="handout-header">
        <div class="who">
          <p class="clinic-name">{clinic.name}</p>
          <p>{joined([clinic.website, clinic.phone && `Phone ${clinic.phone}`, clinic.fax && `Fax ${clinic.fax}`])}</p>
          {referrerLine && <p>From: {referrerLine}</p>}
          <p>
            {patientFirstName.trim() && <>For: <span class="patient-name">{patientFirstName.trim()}</span> · </>}
            Date: {date}
          </p>
        </div>
        {clinic.website && <QrCode text={clinic.website} label={`QR code for ${clinic.website}`} size="0.8in" />}
      </header>

      <h2 id={titleId} class="handout-title">{h.title}</h2>
      <p class="intro">{h.intro}</p>

      {h.sections.map((s) => (
        <section key={s.heading} class="handout-section">
          <div class="section-head">
            <h3>{s.heading}</h3>
            <p class="section-source">{s.sources.length === 1 ? 'Source' : 'Sources'}: {refNumbers(s.sources)}</p>
          </div>
          {s.paragraphs.map((p) => <p key={p}>{p}</p>)}
          {s.bullets.length > 0 && <ul>{s.bullets.map((b) => <li key={b}>{b}</li>)}</ul>}
        </section>
      ))}

      {/* A box, not a landmark: several handouts on one page would repeat the same landmark name. */}
      <div class="questions">
        <h3>Questions to ask your clinician</h3>
        <ul>{h.questions.map((q) => <li key={q}>{q}</li>)}</ul>
      </div>

      <footer class="handout-footer">
        <div class="safety">
          <p><strong>{HANDOUT_SAFETY.lead}</strong></p>
          <ul>{HANDOUT_SAFETY.signs.map((s) => <li key={s}>{s}</li>)}</ul>
        </div>
        <p><strong>Please note:</strong> {HANDOUT_FOOTER.join(' ')}</p>
        <p class="sources-title">Sources (ValorSpine pages unless named)</p>
        {refs.some((r) => r.url.startsWith(ARTICLE_URL)) && (
          <p class="article-url">Clinic article: <span class="url">{printedUrl(ARTICLE_URL)}</span></p>
        )}
        <ol class="sources">
          {refs.map((r) => (
            <li key={r.url}>
              {r.label.replace(/^Clinic page: /, '')}
              {!r.url.startsWith(ARTICLE_URL) && <> (<span class="url">{printedUrl(r.url)}</span>)</>}
            </li>
          ))}
        </ol>
      </footer>
    </article>
  );
}
