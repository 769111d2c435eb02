import { useEffect, useState } from 'preact/hooks';
import { describeHost } from '../content/prefill/host-check';
import { normaliseAddress } from '../content/prefill/origin';
import { knownHosts, withOrigin, withoutOrigin, type PrefillSettings } from '../content/prefill/settings';
import type { PrefillSettingsStore } from '../content/prefill/settings-store';
import { TextField } from './TextField';

/** The addresses of the clinic's referral form (the only pages prefill may touch) and saved corrections. */
export function FormOrigins({ store }: { store: PrefillSettingsStore }) {
  const [settings, setSettings] = useState<PrefillSettings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  /** An address whose warnings were shown: pressing Add again with it unchanged adds it anyway. */
  const [warned, setWarned] = useState<string | null>(null);

  useEffect(() => { store.load().then((r) => { setSettings(r.settings); setNotice(r.notice ?? null); }); }, [store]);
  if (!settings) return null;

  const save = (next: PrefillSettings, message: string) => {
    setSettings(next);
    store.save(next).then(() => setStatus(message), () => setStatus('Not saved: the browser refused to store the setting.'));
  };
  const add = () => {
    const checked = normaliseAddress(draft);
    if (!checked.ok) { setError(checked.message); return; }
    const url = new URL(checked.address);
    const host = describeHost(url.hostname, knownHosts(settings));
    if (host.warnings.length > 0 && warned !== checked.address) {
      // A look-alike is never a one-step add: say what it is, both ways, and ask again.
      const both = host.unicode === host.ascii ? host.unicode : `${host.unicode} (the browser sends it as ${host.ascii})`;
      setError(`${both}: ${host.warnings.join(' ')} Press “Add address” again only if the clinic gave you this address.`);
      setWarned(checked.address);
      return;
    }
    setError(undefined);
    setWarned(null);
    setDraft('');
    save(withOrigin(settings, checked.address), `Added ${checked.address}.`);
  };

  return (
    <form class="settings" noValidate onSubmit={(e) => { e.preventDefault(); add(); }}>
      <fieldset>
        <legend>The clinic’s referral form</legend>
        {notice && <p class="notice" role="alert">{notice}</p>}
        <p class="hint">Prefill works only on these sites (https, or http on this computer for testing).</p>
        <ul class="origins">
          {settings.origins.map((o) => {
            const fixes = Object.keys(settings.corrections[o] ?? {}).length;
            return (
              <li key={o}>
                <span>{o}</span>{fixes > 0 && <span class="hint"> ({fixes} saved field correction{fixes === 1 ? '' : 's'})</span>}{' '}
                <button type="button" aria-label={`Remove ${o}`} onClick={() => save(withoutOrigin(settings, o), `Removed ${o}.`)}>Remove</button>
              </li>
            );
          })}
          {settings.origins.length === 0 && <li>None: prefill is off until you add the clinic’s form address.</li>}
        </ul>
        <TextField id="origin-new" label="Add the form’s address" type="url" value={draft} onInput={setDraft} error={error}
          hint="The form’s own address, for example https://valorspine.com/refer: then only pages under /refer are filled. A site’s bare address (https://valorspine.com) allows every page on it." />
        <div class="actions"><button type="submit">Add address</button></div>
        <p role="status" class="save-status">{status}</p>
      </fieldset>
    </form>
  );
}
