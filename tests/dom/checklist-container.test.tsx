/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistContainer } from '../../components/ChecklistContainer';
import { EMPTY_ANSWERS } from '../../content/checklist/answers';
import { EMPTY_STATE, RESET_NOTICE, type ChecklistState } from '../../content/referral/checklist-state';
import type { ChecklistStore } from '../../content/referral/checklist-store';

afterEach(cleanup);

function memoryStore(initial: { state: ChecklistState; notice?: string } = { state: EMPTY_STATE }) {
  const saved: ChecklistState[] = [];
  const store: ChecklistStore & { saved: ChecklistState[]; cleared: number } = {
    saved,
    cleared: 0,
    load: async () => initial,
    save: async (s) => { saved.push(s); },
    clear: async () => { store.cleared++; },
  };
  return store;
}

const headline = () => document.getElementById('outcome-title')?.textContent ?? '';

describe('ChecklistContainer', () => {
  it('restores answers, updates the outcome as they change and saves every change', async () => {
    const store = memoryStore({ state: { ...EMPTY_STATE, answers: { ...EMPTY_ANSWERS, durationWeeks: 20 } } });
    render(<ChecklistContainer store={store} copyText={vi.fn()} />);
    await waitFor(() => expect(headline()).toContain('Not enough information'));
    expect((screen.getByLabelText(/How long the pain has lasted/) as HTMLInputElement).value).toBe('20');
    fireEvent.click(screen.getByLabelText('Recent strain or minor injury, expected to settle'));
    expect(headline()).toContain('Physical therapy first');
    expect(store.saved.at(-1)?.answers.onset).toBe('acute');
  });

  it('keeps the outcome when the duration is invalid', async () => {
    const store = memoryStore();
    render(<ChecklistContainer store={store} copyText={vi.fn()} />);
    const input = await screen.findByLabelText(/How long the pain has lasted/);
    fireEvent.input(input, { target: { value: '8' } });
    expect(headline()).toContain('Physical therapy first');
    const saves = store.saved.length;
    fireEvent.input(input, { target: { value: '-8' } });
    expect(headline()).toContain('Physical therapy first');
    expect(store.saved.length).toBe(saves);
    expect(screen.getByRole('alert').textContent).toContain('cannot be negative');
  });

  it('shows the notice when stored answers were reset', async () => {
    render(<ChecklistContainer store={memoryStore({ state: EMPTY_STATE, notice: RESET_NOTICE })} copyText={vi.fn()} />);
    expect((await screen.findByText(RESET_NOTICE, { exact: false })).textContent).toContain('reset');
  });

  it('copies the summary and reports it, then Clear resets everything', async () => {
    const store = memoryStore();
    const copyText = vi.fn(async (_text: string) => undefined);
    render(<ChecklistContainer store={store} copyText={copyText} today={() => new Date(2026, 10, 23)} />);
    fireEvent.click(await screen.findByLabelText('Saddle numbness'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral summary' }));
    await screen.findByText(/Referral summary copied/);
    expect(copyText.mock.calls[0]![0]).toMatch(/^Back-pain referral checklist \(2026-11-23\)\nOutcome: Urgent medical evaluation/);

    fireEvent.input(screen.getByLabelText(/How long the pain has lasted/), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(headline()).toContain('Not enough information');
    expect((screen.getByLabelText('Saddle numbness') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/How long the pain has lasted/) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.cleared).toBe(1);
  });
});
