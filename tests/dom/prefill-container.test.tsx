/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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

function setup(answer: (request: unknown) => unknown, opts: { url?: string; start?: Patient; now?: () => number; clearFails?: boolean } = {}) {
  const saved: { settings: PrefillSettings[]; patient: Patient[]; cleared: number } = { settings: [], patient: [], cleared: 0 };
  const stores: Stores = {
    patient: { load: async (now) => ({ patient: opts.start ?? patient, lastUsed: now }), save: async (p) => { saved.patient.push(p); }, clear: async () => { saved.cleared++; if (opts.clearFails) throw new Error('storage refused'); } },
    settings: { load: async () => ({ settings: DEFAULT_PREFILL_SETTINGS }), save: async (s) => { saved.settings.push(s); } },
    profile: { load: async () => ({ profile: DEFAULT_PROFILE }), save: async () => undefined },
    checklist: { load: async () => ({ state: EMPTY_STATE }), save: async () => undefined, clear: async () => undefined },
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
    fireEvent.click(screen.getByRole('button', { name: 'Fill 1 fields' }));
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

  it('refuses a tab that is not the clinic’s form and offers to add it', async () => {
    const { tabs, saved } = setup(() => undefined, { url: 'https://elsewhere.example/form' });
    fireEvent.click(await prefillButton());
    expect((await screen.findByRole('alert')).textContent).toContain('This tab (https://elsewhere.example) is not set as the clinic’s referral form');
    expect(tabs.run).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add https://elsewhere.example as the clinic’s form address' }));
    await waitFor(() => expect(saved.settings.at(-1)?.origins).toEqual([SITE, 'https://elsewhere.example']));
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
    expect((await screen.findByText('no recognisable label')).textContent).toBeTruthy();
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
