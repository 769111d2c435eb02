import type { Flow } from '../content/prefill/flow';
import { planReason } from '../content/prefill/plan-words';

type Props = Omit<Extract<Flow, { kind: 'done' }>, 'kind'>;

/** After filling: what could not be filled, what was left empty on purpose, and what is still to do. */
export function FillReport({ failed, skipped, requiredEmpty, attach }: Props) {
  return (
    <div class="report">
      {requiredEmpty.length > 0 && (
        <div class="plan-warning" role="note">
          <h3>Required fields still empty</h3>
          <ul>{requiredEmpty.map((x) => <li key={x}>{x}</li>)}</ul>
        </div>
      )}
      {failed.length > 0 && <><h3>Not filled</h3><ul>{failed.map((x) => <li key={x.label}>{x.label}: {planReason(x.reason)}</li>)}</ul></>}
      {skipped.length > 0 && (
        <details><summary>Left empty on purpose ({skipped.length})</summary>
          <ul>{skipped.map((x) => <li key={x.key}>{x.label}: {planReason(x.reason)}</li>)}</ul></details>
      )}
      {attach.length > 0 && <p><strong>Attach yourself:</strong> {attach.join('; ')}</p>}
    </div>
  );
}
