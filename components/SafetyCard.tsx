import { SAFETY_CARD } from '../content/handouts/safety';

interface Props {
  /** Whose phone to print on the "call today" half, named (see safetyContact); none when unknown. */
  contact?: { name: string; phone: string } | null;
  /** Reference numbers of the card's sources in the handout it is printed in, e.g. "1, 2". */
  refs?: string;
}

/**
 * The two-level safety card: "go now" for possible cauda equina signs, "call today" for the other
 * red flags. A box, not a landmark: it repeats on every handout on the page.
 */
export function SafetyCard({ contact, refs }: Props) {
  const { emergency, today } = SAFETY_CARD;
  return (
    <div class="safety-card" data-safety-card>
      <p class="safety-title">
        <strong>{SAFETY_CARD.title}</strong>
        {refs && <span class="section-source"> Sources: {refs}</span>}
      </p>
      <div class="safety-levels">
        <div class="safety-now">
          <p class="safety-heading"><span aria-hidden="true">⚠ </span>{emergency.heading}</p>
          <ul>{emergency.signs.map((s) => <li key={s}>{s}</li>)}</ul>
        </div>
        <div class="safety-today">
          <p class="safety-heading">{today.heading}</p>
          <ul>{today.signs.map((s) => <li key={s}>{s}</li>)}</ul>
          <p>{contact ? `Not sure whom to call? ${contact.name}: ${contact.phone}. ` : ''}{SAFETY_CARD.todayFallback}</p>
        </div>
      </div>
    </div>
  );
}
