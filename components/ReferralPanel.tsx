import type { ItemStatus, ReferralItemId } from '../content/checklist/referral-items';
import { GUIDELINES } from '../content/checklist/sources';
import { SourceLink } from './SourceLink';

export type CopyState =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'failed'; text: string }
  /** Not copied because the note would not match what is on screen; `message` says what to fix. */
  | { kind: 'refused'; message: string };

interface Props {
  heading: string;
  items: readonly ItemStatus[];
  onToggle: (id: ReferralItemId, included: boolean) => void;
}

/**
 * The completeness check for the referrer, item by item: what the answers already hold, what the
 * referrer will enclose (ticked), and what is still missing. It is not part of the copied note.
 */
export function ReferralPanel({ heading, items, onToggle }: Props) {
  const present = items.filter((i) => i.status !== 'missing').length;
  return (
    <section class="referral" aria-labelledby="referral-title">
      <h2 id="referral-title">{heading}</h2>
      <p class="hint" id="referral-count">
        <strong>{present} of {items.length}</strong> usual items present. Answer the questions, or tick what you will
        send separately. Source for most items: <SourceLink source={GUIDELINES.referralAudit} />.
      </p>
      <ul class="items">
        {items.map(({ item, status }) => (
          <li key={item.id} data-item={item.id} data-status={status}>
            {status === 'answers' ? (
              <span class="option covered">
                <span class="tick" aria-hidden="true">✓</span>
                <span>{item.label} <em>(in the note)</em></span>
              </span>
            ) : (
              <label class="option">
                <input type="checkbox" checked={status === 'ticked'}
                  onChange={(e) => onToggle(item.id, e.currentTarget.checked)} />
                <span>{item.label}{item.document ? '' : status === 'missing' ? ' (missing)' : ' (sent separately)'}</span>
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What happened on Copy, and the manual fallback when the browser refused the clipboard. */
export function CopyStatus({ copy }: { copy: CopyState }) {
  return (
    <>
      {copy.kind === 'refused' && <p class="error" role="alert">{copy.message}</p>}
      <div role="status" class="copy-status">
        {copy.kind === 'copied' && 'Referral note copied. It holds no patient identifiers.'}
      </div>
      {copy.kind === 'failed' && (
        <div class="copy-fallback">
          <label for="summary-text">Copying was blocked. The note is selected below: press Ctrl+C (⌘C on a Mac).</label>
          <textarea id="summary-text" readOnly rows={8} value={copy.text}
            ref={(el) => { el?.focus(); el?.select(); }} />
        </div>
      )}
    </>
  );
}
