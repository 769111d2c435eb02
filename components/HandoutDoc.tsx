import type { Source } from '../content/checklist/sources';
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

function uniqueSources(h: Handout): Source[] {
  const seen = new Map<string, Source>();
  for (const s of h.sections.flatMap((section) => section.sources)) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

/**
 * One printable handout. Each starts on a new page and repeats the header, so a page that is
 * handed on alone still says who it is from. All values render as text, never as markup.
 */
export function HandoutDoc({ handout: h, profile, patientFirstName, date }: Props) {
  const { clinic, referrer } = profile;
  const referrerLine = joined([joined([referrer.name, referrer.credentials], ', '), referrer.practice, referrer.phone && `Phone ${referrer.phone}`]);
  const titleId = `title-${h.id}`;
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
        {clinic.website && <QrCode text={clinic.website} label={`QR code for ${clinic.website}`} size="0.9in" />}
      </header>

      <h2 id={titleId} class="handout-title">{h.title}</h2>
      <p class="intro">{h.intro}</p>

      {h.sections.map((s) => (
        <section key={s.heading} class="handout-section">
          <h3>{s.heading}</h3>
          {s.paragraphs.map((p) => <p key={p}>{p}</p>)}
          {s.bullets.length > 0 && <ul>{s.bullets.map((b) => <li key={b}>{b}</li>)}</ul>}
          <p class="section-source">Source: {s.sources.map((src) => src.label).join('; ')}</p>
        </section>
      ))}

      <aside class="questions" aria-labelledby={`q-${h.id}`}>
        <h3 id={`q-${h.id}`}>Questions to ask your clinician</h3>
        <ul>{h.questions.map((q) => <li key={q}>{q}</li>)}</ul>
      </aside>

      <footer class="handout-footer">
        <div class="safety">
          <p><strong>{HANDOUT_SAFETY.lead}</strong></p>
          <ul>{HANDOUT_SAFETY.signs.map((s) => <li key={s}>{s}</li>)}</ul>
        </div>
        <p><strong>Please note:</strong> {HANDOUT_FOOTER.join(' ')}</p>
        <p class="sources-title">Sources</p>
        <ul class="sources">
          {uniqueSources(h).map((s) => <li key={s.url}>{s.label}: <span class="url">{s.url}</span></li>)}
        </ul>
      </footer>
    </article>
  );
}
