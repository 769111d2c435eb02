import { useEffect, useState } from 'preact/hooks';
import { evaluate } from '../content/checklist/rules';
import { referralSummary, summaryDate } from '../content/checklist/summary';
import type { Collection } from '../content/prefill/field';
import { buildPlan, type Plan } from '../content/prefill/match';
import { checkTab } from '../content/prefill/origin';
import type { PrefillRequest } from '../content/prefill/protocol';
import { referralValues } from '../content/prefill/referral-values';
import { readResponse } from '../content/prefill/response-schema';
import { withCorrection, withOrigin, type CorrectionValue, type PrefillSettings } from '../content/prefill/settings';
import type { PrefillSettingsStore } from '../content/prefill/settings-store';
import type { TabAccess } from '../content/prefill/tab-access';
import type { ChecklistStore } from '../content/referral/checklist-store';
import { EMPTY_PATIENT, EXPIRED_NOTICE, IDLE_LIMIT_MS, IDLE_WARNING_MS, validatePatient, type Patient } from '../content/referral/patient';
import type { PatientStore } from '../content/referral/patient-store';
import type { ProfileStore } from '../content/referral/profile-store';
import { PatientForm } from './PatientForm';
import { PlanView } from './PlanView';

export interface Stores {
  patient: PatientStore;
  settings: PrefillSettingsStore;
  profile: ProfileStore;
  checklist: ChecklistStore;
}

type Flow =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'message'; message: string; addOrigin?: string }
  | { kind: 'plan'; plan: Plan; collection: Collection; origin: string; tabId: number }
  | { kind: 'done'; filled: number; failed: readonly { label: string; reason: string }[]; skipped: Plan['skip']; requiredEmpty: readonly string[]; attach: readonly string[] };

const NO_ACCESS = 'The browser did not allow access to this tab. With the form open, click the extension’s toolbar button, then try again.';
const BAD_ANSWER = 'The page sent back something unexpected, so nothing was filled.';

/** Patient details and the prefill flow. Nothing is written to the page before the user confirms the plan. */
export function PrefillContainer({ stores, tabs, now = Date.now }: { stores: Stores; tabs: TabAccess; now?: () => number }) {
  const [patient, setPatient] = useState<Patient>(EMPTY_PATIENT);
  // The form appears only once stored details are loaded, so a late load never overwrites typing.
  const [loaded, setLoaded] = useState(false);
  const [lastUsed, setLastUsed] = useState(now());
  const [remaining, setRemaining] = useState(IDLE_LIMIT_MS);
  const [notice, setNotice] = useState<string | null>(null);
  const [settings, setSettings] = useState<PrefillSettings | null>(null);
  const [flow, setFlow] = useState<Flow>({ kind: 'idle' });

  useEffect(() => {
    stores.patient.load(now()).then(
      (r) => { setPatient(r.patient); setLastUsed(r.lastUsed); if (r.notice) setNotice(r.notice); setLoaded(true); },
      () => { setNotice('Saved patient details could not be read.'); setLoaded(true); },
    );
    stores.settings.load().then((r) => { setSettings(r.settings); if (r.notice) setNotice(r.notice); });
  }, [stores]);

  // The idle clock: warn ahead of time, then clear. Runs only while the popup is open.
  useEffect(() => {
    const tick = () => {
      const left = lastUsed + IDLE_LIMIT_MS - now();
      setRemaining(left);
      if (left <= 0 && patient !== EMPTY_PATIENT) {
        setPatient(EMPTY_PATIENT);
        setNotice(EXPIRED_NOTICE);
        stores.patient.clear();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [lastUsed, patient]);

  const touch = (p: Patient) => {
    const t = now();
    setPatient(p);
    setLastUsed(t);
    stores.patient.save(p, t).catch(() => setNotice('Patient details could not be kept for this session.'));
  };
  const clearPatient = () => { setPatient(EMPTY_PATIENT); setFlow({ kind: 'idle' }); stores.patient.clear(); };
  const errors = validatePatient(patient, new Date(now()));

  const saveSettings = async (next: PrefillSettings) => { setSettings(next); await stores.settings.save(next); };

  async function send(tabId: number, request: PrefillRequest) {
    try {
      return readResponse(await tabs.run(tabId, request));
    } catch {
      return 'no-access' as const;
    }
  }

  async function plan(fromCollection?: { collection: Collection; origin: string; tabId: number }, s = settings) {
    if (!s) return;
    touch(patient);
    let collection = fromCollection?.collection;
    let origin = fromCollection?.origin;
    let tabId = fromCollection?.tabId;
    if (!collection) {
      setFlow({ kind: 'working', message: 'Reading the form in this tab (up to 3 seconds)…' });
      const tab = await tabs.target().catch(() => null);
      if (!tab) return setFlow({ kind: 'message', message: NO_ACCESS });
      const gate = checkTab(tab.url, s.origins);
      if (!gate.allowed) {
        return setFlow(gate.reason === 'not-a-web-page' || !gate.origin
          ? { kind: 'message', message: 'This tab is not a web page that can be prefilled.' }
          : { kind: 'message', message: `This tab (${gate.origin}) is not set as the clinic’s referral form, so nothing was read.`, addOrigin: gate.origin });
      }
      const answer = await send(tab.id, { type: 'collect', waitMs: 3000 });
      if (answer === 'no-access') return setFlow({ kind: 'message', message: NO_ACCESS });
      if (!answer) return setFlow({ kind: 'message', message: BAD_ANSWER });
      if (!answer.ok) return setFlow({ kind: 'message', message: answer.error });
      if (answer.type !== 'collected') return setFlow({ kind: 'message', message: BAD_ANSWER });
      collection = answer.collection;
      origin = gate.origin;
      tabId = tab.id;
      if (answer.timedOut && collection.frames.length === 0) {
        return setFlow({ kind: 'message', message: 'No form appeared on this page within 3 seconds, so nothing was filled.' });
      }
    }
    const state = await stores.checklist.load();
    const profile = await stores.profile.load();
    const answers = state.state.answers;
    const summary = referralSummary(answers, evaluate(answers), state.state.included, summaryDate(new Date(now())));
    const result = buildPlan(collection, referralValues(patient, profile.profile, answers, summary), s.corrections[origin!] ?? {});
    if (result.form === null) {
      const framed = collection.frames.length ? ` The form seems to be embedded from ${collection.frames.join(', ')}: open it directly and try again.` : '';
      return setFlow({ kind: 'message', message: `No referral form was found in this tab.${framed}` });
    }
    setFlow({ kind: 'plan', plan: result, collection, origin: origin!, tabId: tabId! });
  }

  async function confirm(f: Extract<Flow, { kind: 'plan' }>) {
    touch(patient);
    setFlow({ kind: 'working', message: 'Filling…' });
    const byKey = new Map(f.collection.fields.map((x) => [x.key, x]));
    const items = f.plan.fill.map((i) => {
      const field = byKey.get(i.key)!;
      return { ...i, field: { tag: field.tag, name: field.name, id: field.id } };
    });
    const answer = await send(f.tabId, { type: 'fill', form: f.plan.form, items });
    if (answer === 'no-access') return setFlow({ kind: 'message', message: NO_ACCESS });
    if (!answer || !answer.ok || answer.type !== 'filled') return setFlow({ kind: 'message', message: answer && !answer.ok ? answer.error : BAD_ANSWER });
    setFlow({ kind: 'done', filled: answer.outcome.filled.length, failed: answer.outcome.failed, skipped: f.plan.skip, requiredEmpty: answer.requiredEmpty, attach: f.plan.attach });
  }

  const correct = async (f: Extract<Flow, { kind: 'plan' }>, id: string, value: CorrectionValue | null) => {
    const next = withCorrection(settings!, f.origin, id, value);
    await saveSettings(next);
    await plan({ collection: f.collection, origin: f.origin, tabId: f.tabId }, next);
  };

  return (
    <div class="prefill">
      {notice && <p class="notice" role="alert">{notice} <button type="button" class="link" onClick={() => setNotice(null)}>Dismiss</button></p>}
      {remaining <= IDLE_WARNING_MS && remaining > 0 && patient !== EMPTY_PATIENT && (
        <p class="notice" role="alert">
          Patient details will be cleared in {Math.ceil(remaining / 1000)} seconds.{' '}
          <button type="button" onClick={() => touch(patient)}>Keep them</button>
        </p>
      )}
      {loaded ? <PatientForm patient={patient} errors={errors} onChange={touch} onClear={clearPatient} /> : <p class="loading">Loading…</p>}
      <section class="prefill-flow" aria-labelledby="prefill-title">
        <h2 id="prefill-title">Clinic referral form</h2>
        <p class="hint">Open the clinic’s referral form in this tab. The form is filled only after you check the plan, and never submitted.</p>
        {flow.kind !== 'plan' && (
          <button type="button" class="primary" onClick={() => plan()} disabled={!settings || flow.kind === 'working' || Object.keys(errors).length > 0}>
            Prefill form in this tab
          </button>
        )}
        <div role="status" class="flow-status">
          {flow.kind === 'working' && flow.message}
          {flow.kind === 'done' && `Filled ${flow.filled} field${flow.filled === 1 ? '' : 's'}. Check the form, then press its Submit button yourself.`}
        </div>
        {flow.kind === 'message' && (
          <div class="notice" role="alert">
            {flow.message}
            {flow.addOrigin && (
              <p><button type="button" onClick={async () => { await saveSettings(withOrigin(settings!, flow.addOrigin!)); setFlow({ kind: 'idle' }); }}>
                Add {flow.addOrigin} as the clinic’s form address
              </button></p>
            )}
          </div>
        )}
        {flow.kind === 'plan' && (
          <PlanView plan={flow.plan} fields={flow.collection.fields} corrections={settings?.corrections[flow.origin] ?? {}}
            onCorrect={(id, v) => correct(flow, id, v)} onConfirm={() => confirm(flow)} onCancel={() => setFlow({ kind: 'idle' })} />
        )}
        {flow.kind === 'done' && (
          <div class="report">
            {flow.failed.length > 0 && <><h3>Not filled</h3><ul>{flow.failed.map((x) => <li key={x.label}>{x.label}: {x.reason}</li>)}</ul></>}
            {flow.skipped.length > 0 && (
              <details><summary>Left empty on purpose ({flow.skipped.length})</summary>
                <ul>{flow.skipped.map((x) => <li key={x.key}>{x.label}: {x.reason}</li>)}</ul></details>
            )}
            {flow.requiredEmpty.length > 0 && <><h3>Required fields still empty</h3><ul>{flow.requiredEmpty.map((x) => <li key={x}>{x}</li>)}</ul></>}
            {flow.attach.length > 0 && <p><strong>Attach yourself:</strong> {flow.attach.join('; ')}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
