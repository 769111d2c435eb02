import type { ItemStatus, ReferralItemId } from '../content/checklist/referral-items';
import { GUIDELINES } from '../content/checklist/sources';
import { SourceLink } from './SourceLink';

export type CopyState =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'failed'; text: string }
  /** Not copied because the summary would not match what is on screen; `message` says what to fix. */
  | { kind: 'refused'; message: string };

interface Props {
  heading: string;
  items: readonly ItemStatus[];
  onToggle: (id: ReferralItemId, included: boolean) => void;
  onCopy: () => void;
  onClear: () => void;
  copy: CopyState;
}

/** The referral-completeness list, the copy button and Clear. */
export function ReferralPanel({ heading, items, onToggle, onCopy, onClear, copy }: Props) {
  const present = items.filter((i) => i.status !== 'missing').length;
  return (
    <section class="referral" aria-labelledby="referral-title">
      <h2 id="referral-title">{heading}</h2>
      <p class="hint" id="referral-count">
        {present} of {items.length} included. Tick what you will add to the referral. Source for most
        items: <SourceLink source={GUIDELINES.referralAudit} />.
      </p>
      <ul class="items">
        {items.map(({ item, status }) => (
          <li key={item.id} data-item={item.id} data-status={status}>
            {status === 'answers' ? (
              <span class="option covered">
                <span class="tick" aria-hidden="true">✓</span>
                <span>{item.label} <em>(from your answers)</em></span>
              </span>
            ) : (
              <label class="option">
                <input type="checkbox" checked={status === 'ticked'}
                  onChange={(e) => onToggle(item.id, e.currentTarget.checked)} />
                <span>{item.label}</span>
              </label>
            )}
            {item.source !== GUIDELINES.referralAudit && <SourceLink source={item.source} />}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" onClick={onCopy}>Copy referral summary</button>
        <button type="button" onClick={onClear}>Clear</button>
      </div>
      {copy.kind === 'refused' && <p class="error" role="alert">{copy.message}</p>}
      <div role="status" class="copy-status">
        {copy.kind === 'copied' && 'Referral summary copied. It holds no patient identifiers.'}
      </div>
      {copy.kind === 'failed' && (
        <div class="copy-fallback">
          <label for="summary-text">Copying was blocked. The summary is selected below: press Ctrl+C (⌘C on a Mac).</label>
          <textarea id="summary-text" readOnly rows={8} value={copy.text}
            ref={(el) => { el?.focus(); el?.select(); }} />
        </div>
      )}
    </section>
  );
}
