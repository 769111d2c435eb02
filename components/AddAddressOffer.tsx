import { useState } from 'preact/hooks';
import { describeHost } from '../content/prefill/host-check';

interface Props {
  /** The tab's address (origin and path), as the flow offers it. */
  address: string;
  /** Hosts the user already trusts as the clinic's (the preset and the saved addresses). */
  known: readonly string[];
  onAdd: () => void;
}

/**
 * "Add … as the clinic's form address", with the host shown as letters and as the browser sends
 * it, and, for a host that mixes alphabets or looks like a known clinic host, the warnings and a
 * tick the user must give first: never a one-click add for a look-alike.
 */
export function AddAddressOffer({ address, known, onAdd }: Props) {
  const [sure, setSure] = useState(false);
  const { unicode, ascii, warnings } = describeHost(new URL(address).hostname, known);
  return (
    <div class="add-address">
      <p>
        This page’s site: <strong>{unicode}</strong>
        {unicode !== ascii && <> (the browser sends it as <code>{ascii}</code>)</>}
      </p>
      {warnings.length > 0 && (
        <>
          <ul class="warnings">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
          <p>
            <input type="checkbox" id="address-sure" checked={sure} onChange={(e) => setSure(e.currentTarget.checked)} />{' '}
            <label for="address-sure">I have checked with the clinic that this is its own form address</label>
          </p>
        </>
      )}
      <p><button type="button" disabled={warnings.length > 0 && !sure} onClick={onAdd}>Add {address} as the clinic’s form address</button></p>
    </div>
  );
}
