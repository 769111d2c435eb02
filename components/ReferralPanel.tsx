import type { Answers } from '../content/checklist/answers';
import { itemStatuses, itemsHeading, itemsToSend, type ItemStatus, type ReferralItemId } from '../content/checklist/referral-items';
import type { OutcomeKind } from '../content/checklist/rules';
import { GUIDELINES } from '../content/checklist/sources';
import { SourceLink } from './SourceLink';

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


/** The check for these answers: loaded just after the popup opens, beside the outcome. */
export function ReferralCheck({ kind, answers, included, onToggle }: {
  kind: OutcomeKind; answers: Answers; included: readonly string[]; onToggle: Props['onToggle'];
}) {
  return <ReferralPanel heading={itemsHeading(kind)} items={itemStatuses(itemsToSend(kind, answers), answers, included)} onToggle={onToggle} />;
}
