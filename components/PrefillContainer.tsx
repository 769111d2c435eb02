import { useEffect, useState } from 'preact/hooks';
import { MESSAGES, fillFlow, isReadForm, planFlow, readForm, type Flow, type PlanFlow, type ReadForm } from '../content/prefill/flow';
import { formName } from '../content/prefill/form-name';
import { referralValues } from '../content/prefill/referral-values';
import { RED_FLAG_KINDS, evaluate } from '../content/checklist/rules';
import { knownHosts, withCorrection, withOrigin, type CorrectionValue, type PrefillSettings } from '../content/prefill/settings';
import type { PrefillSettingsStore } from '../content/prefill/settings-store';
import type { TabAccess } from '../content/prefill/tab-access';
import type { ChecklistStore } from '../content/referral/checklist-store';
import { EMPTY_PATIENT, EXPIRED_NOTICE, IDLE_LIMIT_MS, validatePatient, type Patient } from '../content/referral/patient';
import type { PatientStore } from '../content/referral/patient-store';
import type { ProfileStore } from '../content/referral/profile-store';
import { AddAddressOffer } from './AddAddressOffer';
import { DisabledNote } from './DisabledNote';
import { IdleClock } from './IdleClock';
import { FillReport } from './FillReport';
import { PatientForm } from './PatientForm';
import { PlanView } from './PlanView';

export interface Stores {
  patient: PatientStore;
  settings: PrefillSettingsStore;
  profile: ProfileStore;
  checklist: ChecklistStore;
  /** Calls back when the checklist answers or the profile change in any window; returns the unsubscribe. */
  inputsChanged?: (listener: () => void) => () => void;
}

/** A plan shows values as they were: after any change to what it was built from, it must go. */
const PLAN_STALE = 'The details changed after the plan was made, so the plan was cleared and nothing was filled. Press “Prefill form in this tab” to see a new plan.';
const CLEARED_ELSEWHERE = 'Patient details were cleared in another window.';

/** Patient details and the prefill flow. Nothing is written to the page before the user confirms the plan. */
/** PHI must not linger unseen: if the browser refuses to remove it, say so and say what does. */
const CLEAR_FAILED = 'Patient details could not be removed from this browser session. Closing the browser removes them.';

export function PrefillContainer({ stores, tabs, now = Date.now }: { stores: Stores; tabs: TabAccess; now?: () => number }) {
  const [patient, setPatient] = useState<Patient>(EMPTY_PATIENT);
  // The form appears only once stored details are loaded, so a late load never overwrites typing.
  const [loaded, setLoaded] = useState(false);
  const [lastUsed, setLastUsed] = useState(now());
  const [notice, setNotice] = useState<string | null>(null);
  const [settings, setSettings] = useState<PrefillSettings | null>(null);
  const [flow, setFlow] = useState<Flow>({ kind: 'idle' });

  // Any change to what a shown plan was built from removes the plan (never fill old values).
  const dropPlan = () => setFlow((f) => (f.kind === 'plan' ? { kind: 'message', message: PLAN_STALE } : f));

  useEffect(() => {
    // Follow the stored record as other windows change it (another popup's Clear or typing, the
    // background worker's expiry), so a keystroke here never writes an old record back. The echo
    // of this window's own writes is ignored: it may be older than what is typed now.
    const unwatch = stores.patient.watch?.(now, ({ restored, removed, fromHere }) => {
      if (fromHere) return;
      setPatient(restored.patient);
      setLastUsed(restored.lastUsed);
      dropPlan();
      if (removed) setNotice(restored.lastUsed + IDLE_LIMIT_MS <= now() ? EXPIRED_NOTICE : CLEARED_ELSEWHERE);
      else if (restored.notice) setNotice(restored.notice);
    });
    const unwatchInputs = stores.inputsChanged?.(dropPlan);
    stores.patient.load(now()).then(
      (r) => { setPatient(r.patient); setLastUsed(r.lastUsed); if (r.notice) setNotice(r.notice); setLoaded(true); },
      () => { setNotice('Saved patient details could not be read.'); setLoaded(true); },
    );
    stores.settings.load().then((r) => { setSettings(r.settings); if (r.notice) setNotice(r.notice); });
    return () => { unwatch?.(); unwatchInputs?.(); };
  }, [stores]);

  const touch = (p: Patient) => {
    const t = now();
    setPatient(p);
    setLastUsed(t);
    stores.patient.save(p, t).catch(() => setNotice('Patient details could not be kept for this session.'));
  };
  /** The user changed a detail: kept, and a plan built from the old details goes. */
  const edit = (p: Patient) => {
    touch(p);
    dropPlan();
  };
  /** The idle clock ran out (it runs only while the popup is open): the details and any plan showing them go. */
  const expire = () => {
    setPatient(EMPTY_PATIENT);
    setFlow({ kind: 'idle' });
    setNotice(EXPIRED_NOTICE);
    stores.patient.clear().catch(() => setNotice(CLEAR_FAILED));
  };
  const clearPatient = () => { setPatient(EMPTY_PATIENT); setFlow({ kind: 'idle' }); stores.patient.clear().catch(() => setNotice(CLEAR_FAILED)); };
  const errors = validatePatient(patient, new Date(now()));

  const saveSettings = async (next: PrefillSettings) => {
    setSettings(next);
    await stores.settings.save(next).catch(() => setNotice('This change to the form settings could not be saved; it lasts until the popup closes.'));
  };

  /** The referral values as they are now: patient details, referrer profile, checklist and summary. */
  async function currentValues() {
    const [state, profile] = await Promise.all([stores.checklist.load(), stores.profile.load()]);
    // A repaired profile is reported here too: the popup is where the user is looking.
    if (profile.notice) setNotice(profile.notice);
    const answers = state.state.answers;
    const outcome = evaluate(answers);
    return { values: referralValues(patient, profile.profile, answers, state.state.included, new Date(now()), outcome), redFlag: RED_FLAG_KINDS.has(outcome.kind) };
  }

  /** Reads the form in the tab (or reuses one already read, after a correction) and shows the plan. */
  async function plan(already?: ReadForm, s = settings) {
    if (!s) return;
    touch(patient);
    // A red-flag outcome is emergency or urgent care, not a referral through the clinic's form.
    const current = await currentValues();
    if (current.redFlag) return setFlow({ kind: 'message', message: MESSAGES.redFlag });
    let form = already;
    if (!form) {
      setFlow({ kind: 'working', message: MESSAGES.reading });
      const read = await readForm(tabs, s.origins);
      if (!isReadForm(read)) return setFlow(read);
      form = read;
    }
    setFlow(planFlow(form, current.values, s.corrections[form.origin] ?? {}));
  }

  async function confirm(f: PlanFlow) {
    touch(patient);
    setFlow({ kind: 'working', message: MESSAGES.filling });
    // A last check that the plan still holds the current values (a change the watchers missed
    // must not fill an old value): plan again from what is stored now and compare.
    const current = await currentValues();
    if (current.redFlag) return setFlow({ kind: 'message', message: MESSAGES.redFlag });
    const fresh = planFlow(f.form, current.values, settings?.corrections[f.form.origin] ?? {});
    if (fresh.kind !== 'plan' || JSON.stringify(fresh.plan.fill) !== JSON.stringify(f.plan.fill)) return setFlow({ kind: 'message', message: PLAN_STALE });
    setFlow(await fillFlow(tabs, f));
  }

  const correct = async (f: PlanFlow, id: string, value: CorrectionValue | null) => {
    const next = withCorrection(settings!, f.form.origin, id, value);
    await saveSettings(next);
    await plan(f.form, next);
  };

  return (
    <div class="prefill">
      {notice && <p class="notice" role="alert">{notice} <button type="button" class="link" onClick={() => setNotice(null)}>Dismiss</button></p>}
      <IdleClock lastUsed={lastUsed} active={patient !== EMPTY_PATIENT} now={now} onKeep={() => touch(patient)} onExpire={expire} />
      {loaded ? <PatientForm patient={patient} errors={errors} onChange={edit} onClear={clearPatient} /> : <p class="loading">Loading…</p>}
      <section class="prefill-flow" aria-labelledby="prefill-title">
        <h2 id="prefill-title">Clinic referral form</h2>
        <p class="hint">Open the clinic’s referral form in this tab. The form is filled only after you check the plan, and never submitted.</p>
        {flow.kind !== 'plan' && (
          <button type="button" class="primary" onClick={() => plan()} disabled={!settings || flow.kind === 'working' || Object.keys(errors).length > 0}
            aria-describedby={Object.keys(errors).length > 0 ? 'prefill-why' : undefined}>
            Prefill form in this tab
          </button>
        )}
        {flow.kind !== 'plan' && (
          <DisabledNote id="prefill-why" why={Object.keys(errors).length > 0 ? 'Correct the patient details marked above first.' : null} />
        )}
        <div role="status" class="flow-status">
          {flow.kind === 'working' && flow.message}
          {flow.kind === 'done' && `Filled ${flow.filled} field${flow.filled === 1 ? '' : 's'}. Check the form, then press its Submit button yourself.`}
        </div>
        {flow.kind === 'message' && (
          <div class="notice" role="alert">
            {flow.message}
            {flow.addAddress && settings && (
              <AddAddressOffer address={flow.addAddress} known={knownHosts(settings)}
                onAdd={async () => { await saveSettings(withOrigin(settings, flow.addAddress!)); setFlow({ kind: 'idle' }); }} />
            )}
          </div>
        )}
        {flow.kind === 'plan' && (
          <p class="plan-for">For {formName(flow.form.collection, flow.plan.form!)} on {flow.form.origin}</p>
        )}
        {flow.kind === 'plan' && (
          <PlanView plan={flow.plan} fields={flow.form.collection.fields} corrections={settings?.corrections[flow.form.origin] ?? {}}
            onCorrect={(id, v) => correct(flow, id, v)} onConfirm={() => confirm(flow)} onCancel={() => setFlow({ kind: 'idle' })} />
        )}
        {flow.kind === 'done' && <FillReport {...flow} />}
      </section>
    </div>
  );
}
