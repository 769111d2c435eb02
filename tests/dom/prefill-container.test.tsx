/** @vitest-environment happy-dom */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrefillContainer, type Stores } from '../../components/PrefillContainer';
import { collect } from '../../content/prefill/collect';
import { DEFAULT_PREFILL_SETTINGS, type PrefillSettings } from '../../content/prefill/settings';
import type { TabAccess } from '../../content/prefill/tab-access';
import { EMPTY_STATE } from '../../content/referral/checklist-state';
import { EMPTY_PATIENT, IDLE_LIMIT_MS, type Patient } from '../../content/referral/patient';
import { DEFAULT_PROFILE } from '../../content/referral/profile';

afterEach(cleanup);

const SITE = 'https://valorspine.com';
const patient: Patient = { ...EMPTY_PATIENT, firstName: 'Zephyrine', lastName: 'Okafor' };

function setup(answer: (request: unknown) => unknown, opts: { url?: string; start?: Patient; now?: () => number; clearFails?: boolean; state?: typeof EMPTY_STATE } = {}) {
  const saved: { settings: PrefillSettings[]; patient: Patient[]; cleared: number } = { settings: [], patient: [], cleared: 0 };
  const stores: Stores = {
    patient: { load: async (now) => ({ patient: opts.start ?? patient, lastUsed: now }), save: async (p) => { saved.patient.push(p); }, clear: async () => { saved.cleared++; if (opts.clearFails) throw new Error('storage refused'); } },
    settings: { load: async () => ({ settings: DEFAULT_PREFILL_SETTINGS }), save: async (s) => { saved.settings.push(s); } },
    profile: { load: async () => ({ profile: DEFAULT_PROFILE }), save: async () => undefined },
    checklist: { load: async () => ({ state: opts.state ?? EMPTY_STATE }), save: async () => undefined, clear: async () => undefined },
  };
  const tabs: TabAccess = { target: async () => ({ id: 7, url: opts.url ?? `${SITE}/refer/` }), run: vi.fn(async (_id, request) => answer(request)) };
  render(<PrefillContainer stores={stores} tabs={tabs} now={opts.now} />);
  return { saved, tabs };
}

const prefillButton = () => screen.findByRole('button', { name: 'Prefill form in this tab' });

describe('PrefillContainer', () => {
  it('shows the plan, fills only after confirming, and reports', async () => {
    document.body.insertAdjacentHTML('beforeend',
      '<form id="page"><label for="pf">Patient first name</label><input id="pf" name="pf" required><input type="file" id="mri" name="mri" aria-label="MRI report"></form>');
    const pageForm = collect(document, { layout: false });
    document.getElementById('page')!.remove();
    const { tabs } = setup((request) => ((request as { type: string }).type === 'collect'
      ? { ok: true, type: 'collected', collection: { ...pageForm, fields: pageForm.fields.filter((f) => f.id === 'pf' || f.id === 'mri') }, timedOut: false }
      : { ok: true, type: 'filled', outcome: { filled: [{ key: 0, label: 'Patient first name' }], failed: [] }, requiredEmpty: [] }));
    fireEvent.click(await prefillButton());
    expect(await screen.findByText('Check before filling')).toBeTruthy();
    expect(screen.getByText('Zephyrine')).toBeTruthy();
    expect(tabs.run).toHaveBeenCalledTimes(1); // collect only: nothing written yet
    fireEvent.click(screen.getByRole('button', { name: 'Fill 1 field' }));
    expect(await screen.findByText(/Filled 1 field\. Check the form, then press its Submit button yourself\./)).toBeTruthy();
    expect(screen.getByText('Left empty on purpose (1)')).toBeTruthy();
    expect(screen.getByText('MRI report: a file upload: attach the document yourself')).toBeTruthy();
    expect((tabs.run as ReturnType<typeof vi.fn>).mock.calls[1]![1]).toMatchObject({ type: 'fill', items: [{ value: { text: 'Zephyrine' } }] });
  });

  it.each([
    ['a malformed answer', () => ({ ok: true, type: 'collected', collection: 'nope' }), 'sent back something unexpected'],
    ['no answer at all', () => undefined, 'sent back something unexpected'],
    ['a page error', () => ({ ok: false, error: 'The page could not be read (boom).' }), 'could not be read (boom)'],
    ['a refused injection', () => { throw new Error('Cannot access contents of the page'); }, 'did not allow access to this tab'],
  ])('explains %s and fills nothing', async (_name, answer, message) => {
    const { tabs } = setup(answer);
    fireEvent.click(await prefillButton());
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(tabs.run).toHaveBeenCalledTimes(1);
  });

  it('a red-flag outcome is not sent through the clinic’s web form: nothing is read or filled', async () => {
    const state = { ...EMPTY_STATE, answers: { ...EMPTY_STATE.answers, redFlags: ['rf.bladder-bowel' as const] } };
    const { tabs } = setup(() => undefined, { state });
    fireEvent.click(await prefillButton());
    expect((await screen.findByRole('alert')).textContent).toContain('needs emergency or urgent medical care, not a referral through the clinic’s web form');
    expect(tabs.run).not.toHaveBeenCalled();
  });

  it('refuses a tab that is not the clinic’s form and offers to add it', async () => {
    const { tabs, saved } = setup(() => undefined, { url: 'https://elsewhere.example/form' });
    fireEvent.click(await prefillButton());
    expect((await screen.findByRole('alert')).textContent).toContain('This tab (https://elsewhere.example) is not set as the clinic’s referral form');
    expect(tabs.run).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add https://elsewhere.example/form as the clinic’s form address' }));
    await waitFor(() => expect(saved.settings.at(-1)?.origins).toEqual([SITE, 'https://elsewhere.example/form']));
  });

  it('warns a minute before the idle limit, keeps the details on request, and clears them at the limit', async () => {
    let t = 1_000_000;
    const { saved } = setup(() => undefined, { now: () => t });
    await screen.findByDisplayValue('Zephyrine');
    t += IDLE_LIMIT_MS - 30_000;
    expect(await screen.findByText(/Patient details will be cleared in 30 seconds/, {}, { timeout: 2000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    await waitFor(() => expect(screen.queryByText(/will be cleared in/)).toBeNull(), { timeout: 2000 });
    t += IDLE_LIMIT_MS;
    expect(await screen.findByText('Patient details were cleared after 30 minutes without use.', {}, { timeout: 2000 })).toBeTruthy();
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('');
    expect(saved.cleared).toBe(1);
  });

  it('Clear patient empties the form and the store', async () => {
    const { saved } = setup(() => undefined);
    await screen.findByDisplayValue('Zephyrine');
    fireEvent.click(screen.getByRole('button', { name: 'Clear patient' }));
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('');
    expect(saved.cleared).toBe(1);
  });

  it('says so when the browser refuses to remove the details', async () => {
    setup(() => undefined, { clearFails: true });
    await screen.findByDisplayValue('Zephyrine');
    fireEvent.click(screen.getByRole('button', { name: 'Clear patient' }));
    expect((await screen.findByText(/could not be removed from this browser session/)).textContent).toContain('Closing the browser removes them');
  });
});

describe('PlanView corrections', () => {
  it('saves a correction for this site and plans again with it', async () => {
    document.body.insertAdjacentHTML('beforeend', '<form id="page"><label for="q7">Birth info</label><input id="q7" name="q7"></form>');
    const pageForm = collect(document, { layout: false });
    document.getElementById('page')!.remove();
    const start = { ...patient, dob: '1971-03-09' };
    const { saved } = setup(() => ({ ok: true, type: 'collected', collection: { ...pageForm, fields: pageForm.fields.filter((f) => f.id === 'q7') }, timedOut: false }), { start });
    fireEvent.click(await prefillButton());
    expect((await screen.findByText('its label does not say what it asks for')).textContent).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Correct a match' }));
    fireEvent.change(screen.getByLabelText('This field is'), { target: { value: 'patient.dob.year' } });
    await waitFor(() => expect(saved.settings.at(-1)?.corrections).toEqual({ [SITE]: { q7: 'patient.dob.year' } }));
    expect(await screen.findByText('1971')).toBeTruthy();
  });
});

describe('PlanView and frames', () => {
  it('says when the page also holds a cross-origin frame, even with a form of its own to fill', async () => {
    document.body.insertAdjacentHTML('beforeend', '<form id="page"><label for="f1">Patient first name</label><input id="f1" name="f1"></form>');
    const pageForm = collect(document, { layout: false });
    document.getElementById('page')!.remove();
    const collection = { ...pageForm, fields: pageForm.fields.filter((f) => f.id === 'f1'), frames: ['https://forms.example'] };
    setup(() => ({ ok: true, type: 'collected', collection, timedOut: false }));
    fireEvent.click(await prefillButton());
    expect((await screen.findByText(/also shows content from https:\/\/forms\.example in a frame/)).textContent).toContain('open it directly');
  });
});

describe('PrefillContainer loading', () => {
  it('shows the patient form only after stored details load, so typing is never overwritten', async () => {
    let release: (v: { patient: Patient; lastUsed: number }) => void = () => undefined;
    const slow = new Promise<{ patient: Patient; lastUsed: number }>((r) => { release = r; });
    const stores: Stores = {
      patient: { load: () => slow, save: async () => undefined, clear: async () => undefined },
      settings: { load: async () => ({ settings: DEFAULT_PREFILL_SETTINGS }), save: async () => undefined },
      profile: { load: async () => ({ profile: DEFAULT_PROFILE }), save: async () => undefined },
      checklist: { load: async () => ({ state: EMPTY_STATE }), save: async () => undefined, clear: async () => undefined },
    };
    render(<PrefillContainer stores={stores} tabs={{ target: async () => null, run: async () => undefined }} />);
    expect(screen.queryByLabelText('First name')).toBeNull();
    release({ patient: EMPTY_PATIENT, lastUsed: Date.now() });
    const input = (await screen.findByLabelText('First name')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'Maria' } });
    expect(input.value).toBe('Maria');
  });
});

/** A one-field form collected from real markup, answered by a fake tab. */
function oneFieldForm(id: string, label: string) {
  document.body.insertAdjacentHTML('beforeend', `<form id="page"><label for="${id}">${label}</label><input id="${id}" name="${id}"></form>`);
  const pageForm = collect(document, { layout: false });
  document.getElementById('page')!.remove();
  const collection = { ...pageForm, fields: pageForm.fields.filter((f) => f.id === id) };
  return (request: unknown) => ((request as { type: string }).type === 'collect'
    ? { ok: true, type: 'collected', collection, timedOut: false }
    : { ok: true, type: 'filled', outcome: { filled: [{ key: 0, label }], failed: [] }, requiredEmpty: [] });
}

/** Stores whose watchers the test drives, as storage.onChanged would from another window. */
function watchedSetup(answer: (request: unknown) => unknown, now: () => number = Date.now) {
  const saved: Patient[] = [];
  let patientListener: Parameters<NonNullable<Stores['patient']['watch']>>[1] = () => undefined;
  let inputsListener: () => void = () => undefined;
  let profileNotice: string | undefined;
  const stores: Stores = {
    patient: {
      load: async (t) => ({ patient, lastUsed: t }), save: async (p) => { saved.push(p); }, clear: async () => undefined,
      watch: (_now, listener) => { patientListener = listener; return () => undefined; },
    },
    settings: { load: async () => ({ settings: DEFAULT_PREFILL_SETTINGS }), save: async () => undefined },
    profile: { load: async () => (profileNotice ? { profile: DEFAULT_PROFILE, notice: profileNotice } : { profile: DEFAULT_PROFILE }), save: async () => undefined },
    checklist: { load: async () => ({ state: EMPTY_STATE }), save: async () => undefined, clear: async () => undefined },
    inputsChanged: (listener) => { inputsListener = listener; return () => undefined; },
  };
  const tabs: TabAccess = { target: async () => ({ id: 7, url: `${SITE}/refer/` }), run: vi.fn(async (_id, request) => answer(request)) };
  render(<PrefillContainer stores={stores} tabs={tabs} now={now} />);
  return {
    saved, tabs,
    otherWindow: (change: Parameters<typeof patientListener>[0]) => act(() => patientListener(change)),
    inputsChange: () => act(() => inputsListener()),
    setProfileNotice: (n: string) => { profileNotice = n; },
  };
}

const fillButton = () => screen.queryByRole('button', { name: /^Fill \d+ fields?$/ });

describe('PHI expires with its plan (issue 9, point 3)', () => {
  it('idle expiry removes the plan too: no name on screen, no Fill button', async () => {
    let t = 1_000_000;
    watchedSetup(oneFieldForm('pf', 'Patient first name'), () => t);
    fireEvent.click(await prefillButton());
    expect(await screen.findByText('Check before filling')).toBeTruthy();
    expect(fillButton()).toBeTruthy();
    t += IDLE_LIMIT_MS;
    expect(await screen.findByText('Patient details were cleared after 30 minutes without use.', {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.queryByText('Check before filling')).toBeNull();
    expect(screen.queryByText('Zephyrine')).toBeNull();
    expect(fillButton()).toBeNull();
  });
});

describe('one source of truth (issue 9, points 6 and 11)', () => {
  it('an edit to the patient after the plan removes the plan, so the old value can never be filled', async () => {
    const { tabs } = watchedSetup(oneFieldForm('pf', 'Patient first name'));
    fireEvent.click(await prefillButton());
    expect(await screen.findByText('Check before filling')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('First name'), { target: { value: 'Zeph' } });
    expect(fillButton()).toBeNull();
    expect(screen.getByText(/changed after the plan was made/)).toBeTruthy();
    fireEvent.click(await prefillButton());
    expect(await screen.findByText('Zeph')).toBeTruthy();
    fireEvent.click(fillButton()!);
    await waitFor(() => expect(tabs.run).toHaveBeenCalledTimes(3));
    expect((tabs.run as ReturnType<typeof vi.fn>).mock.calls[2]![1]).toMatchObject({ type: 'fill', items: [{ value: { text: 'Zeph' } }] });
  });

  it('a change to the checklist or profile (any window) removes the plan', async () => {
    const { inputsChange } = watchedSetup(oneFieldForm('pf', 'Patient first name'));
    fireEvent.click(await prefillButton());
    expect(await screen.findByText('Check before filling')).toBeTruthy();
    inputsChange();
    expect(fillButton()).toBeNull();
    expect(screen.getByText(/changed after the plan was made/)).toBeTruthy();
  });

  it('follows a Clear in another window, and a keystroke here then writes only what is typed after it', async () => {
    const { saved, otherWindow } = watchedSetup(() => undefined);
    await screen.findByDisplayValue('Zephyrine');
    otherWindow({ restored: { patient: EMPTY_PATIENT, lastUsed: Date.now() }, removed: true, fromHere: false });
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Last name') as HTMLInputElement).value).toBe('');
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '5' } });
    expect(saved.at(-1)).toEqual({ ...EMPTY_PATIENT, phone: '5' });
  });

  it('takes details typed in another window, and ignores the echo of its own writes', async () => {
    const { otherWindow } = watchedSetup(() => undefined);
    await screen.findByDisplayValue('Zephyrine');
    otherWindow({ restored: { patient: { ...patient, firstName: 'Other' }, lastUsed: Date.now() }, removed: false, fromHere: false });
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Other');
    otherWindow({ restored: { patient: { ...patient, firstName: 'Stale echo' }, lastUsed: Date.now() }, removed: false, fromHere: true });
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Other');
  });

  it('shows a profile repair notice in the popup, where the user is looking (point 5)', async () => {
    const { setProfileNotice } = watchedSetup(oneFieldForm('pf', 'Patient first name'));
    setProfileNotice('Some saved settings could not be read (your fax), so that was reset to the default. Please check it.');
    fireEvent.click(await prefillButton());
    expect(await screen.findByText(/Some saved settings could not be read \(your fax\)/)).toBeTruthy();
  });
});

describe('narrower targets (issue 9, points 9 and 10)', () => {
  it('the plan names which form it is for', async () => {
    document.body.insertAdjacentHTML('beforeend', '<form id="page"><h2>Patient referral</h2><label for="pf">Patient first name</label><input id="pf" name="pf"></form>');
    const pageForm = collect(document, { layout: false });
    document.getElementById('page')!.remove();
    setup(() => ({ ok: true, type: 'collected', collection: { ...pageForm, fields: pageForm.fields.filter((f) => f.id === 'pf') }, timedOut: false }));
    fireEvent.click(await prefillButton());
    expect((await screen.findByText(/^For /)).textContent).toBe('For “Patient referral” on https://valorspine.com');
  });

  it('a look-alike host is shown in Unicode and punycode, with a warning, and needs a tick before it can be added', async () => {
    const lookAlike = new URL('https://vаlorspine.com/refer').origin; // Cyrillic а
    const { saved } = setup(() => undefined, { url: `${lookAlike}/refer` });
    fireEvent.click(await prefillButton());
    await screen.findByText(/is not set as the clinic’s referral form/);
    expect(screen.getByText('vаlorspine.com')).toBeTruthy();
    expect(screen.getByText(new URL(lookAlike).hostname).tagName).toBe('CODE');
    expect(screen.getByText(/mixes alphabets \(Latin and Cyrillic\)/)).toBeTruthy();
    const add = screen.getByRole('button', { name: `Add ${lookAlike}/refer as the clinic’s form address` }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/I have checked with the clinic/));
    expect(add.disabled).toBe(false);
    fireEvent.click(add);
    await waitFor(() => expect(saved.settings.at(-1)?.origins).toContain(`${lookAlike}/refer`));
  });

  it.each(['https://valorspine.com.evil.example', 'https://valorspine-com.example', 'https://vaiorspine.com'])('%s is no one-click add', async (origin) => {
    setup(() => undefined, { url: `${origin}/form` });
    fireEvent.click(await prefillButton());
    await screen.findByText(/is not set as the clinic’s referral form/);
    expect(screen.getByText(/but is not (it|valorspine\.com)/)).toBeTruthy();
    expect((screen.getByRole('button', { name: `Add ${origin}/form as the clinic’s form address` }) as HTMLButtonElement).disabled).toBe(true);
  });
});
