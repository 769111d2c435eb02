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

  it('refuses to copy while a weeks field holds a rejected entry, and says what to fix', async () => {
    const copyText = vi.fn(async (_text: string) => undefined);
    render(<ChecklistContainer store={memoryStore()} copyText={copyText} />);
    const input = await screen.findByLabelText(/How long the pain has lasted/);
    fireEvent.input(input, { target: { value: '8' } });
    fireEvent.input(input, { target: { value: 'abc' } });
    expect(headline()).toContain('Physical therapy first'); // the outcome keeps the last valid answer

    const copy = screen.getByRole('button', { name: 'Copy referral summary' });
    fireEvent.click(copy);
    const refusal = screen.getByText('Not copied: fix the symptom duration entry first.');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(copyText).not.toHaveBeenCalled();

    // Back to the number the answers already hold: no answer changes, yet copying works again.
    fireEvent.input(input, { target: { value: '8' } });
    expect(screen.queryByText(/Not copied/)).toBeNull();
    fireEvent.click(copy);
    await screen.findByText(/Referral summary copied/);
    expect(copyText.mock.calls[0]![0]).toContain('- Symptom duration: 8 weeks');
  });

  it('names every field to fix, and forgets a rejected field once it is gone from the form', async () => {
    const copyText = vi.fn(async (_text: string) => undefined);
    const answers = { ...EMPTY_ANSWERS, ptCourse: 'completed' as const, ptWeeks: 10 };
    render(<ChecklistContainer store={memoryStore({ state: { ...EMPTY_STATE, answers } })} copyText={copyText} />);
    fireEvent.input(await screen.findByLabelText(/How long the pain has lasted/), { target: { value: '-1' } });
    fireEvent.input(screen.getByLabelText('Weeks of physical therapy'), { target: { value: 'ten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral summary' }));
    screen.getByText('Not copied: fix the symptom duration and weeks of physical therapy entries first.');

    fireEvent.input(screen.getByLabelText(/How long the pain has lasted/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral summary' }));
    screen.getByText('Not copied: fix the weeks of physical therapy entry first.');

    // "Not started" removes the PT weeks field, and its rejected text with it.
    fireEvent.click(screen.getByLabelText('Not started'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral summary' }));
    await screen.findByText(/Referral summary copied/);
    expect(copyText).toHaveBeenCalledTimes(1);
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
