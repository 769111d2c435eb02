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

    const copy = screen.getByRole('button', { name: 'Copy referral note' });
    fireEvent.click(copy);
    const refusal = screen.getByText('Not copied: fix the symptom duration entry first.');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(copyText).not.toHaveBeenCalled();

    // Back to the number the answers already hold: no answer changes, yet copying works again.
    fireEvent.input(input, { target: { value: '8' } });
    expect(screen.queryByText(/Not copied/)).toBeNull();
    fireEvent.click(copy);
    await screen.findByText(/Referral note copied/, {}, { timeout: 5000 });
    expect(copyText.mock.calls[0]![0]).toContain('Duration: 8 weeks');
  });

  it('names every field to fix, and forgets a rejected field once it is gone from the form', async () => {
    const copyText = vi.fn(async (_text: string) => undefined);
    const answers = { ...EMPTY_ANSWERS, ptCourse: 'completed' as const, ptWeeks: 10 };
    render(<ChecklistContainer store={memoryStore({ state: { ...EMPTY_STATE, answers } })} copyText={copyText} />);
    fireEvent.input(await screen.findByLabelText(/How long the pain has lasted/), { target: { value: '-1' } });
    fireEvent.input(screen.getByLabelText('Weeks of physical therapy'), { target: { value: 'ten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    screen.getByText('Not copied: fix the symptom duration and weeks of physical therapy entries first.');

    fireEvent.input(screen.getByLabelText(/How long the pain has lasted/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    screen.getByText('Not copied: fix the weeks of physical therapy entry first.');

    // "Not started" removes the PT weeks field, and its rejected text with it.
    fireEvent.click(screen.getByLabelText('Not started'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    await screen.findByText(/Referral note copied/, {}, { timeout: 5000 });
    expect(copyText).toHaveBeenCalledTimes(1);
  });

  it('shows the notice when stored answers were reset', async () => {
    render(<ChecklistContainer store={memoryStore({ state: EMPTY_STATE, notice: RESET_NOTICE })} copyText={vi.fn()} />);
    expect((await screen.findByText(RESET_NOTICE, { exact: false })).textContent).toContain('reset');
  });

  it('copies the note and reports it; Clear resets everything, clears the copied note and offers Undo', async () => {
    const store = memoryStore();
    let clipboard = '';
    const copyText = vi.fn(async (text: string) => { clipboard = text; });
    const readText = vi.fn(async () => clipboard);
    render(<ChecklistContainer store={store} copyText={copyText} readText={readText} today={() => new Date(2026, 10, 23)} />);
    fireEvent.click(await screen.findByLabelText('Saddle, genital or perianal numbness'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    await screen.findByText(/Referral note copied/, {}, { timeout: 5000 });
    expect(clipboard).toMatch(/^Back-pain referral note \(2026-11-23\)\n\nReason for referral\nPossible cauda equina syndrome/);
    expect(store.saved.at(-1)?.copied).toMatch(/^[0-9a-f]{64}$/); // a fingerprint, not the note

    fireEvent.input(screen.getByLabelText(/How long the pain has lasted/), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(headline()).toContain('Not enough information');
    expect((screen.getByLabelText('Saddle, genital or perianal numbness') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/How long the pain has lasted/) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.cleared).toBe(1);
    await screen.findByText(/Answers cleared\. The copied note was removed from the clipboard\./);
    expect(clipboard).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(headline()).toContain('Emergency');
    expect((screen.getByLabelText('Saddle, genital or perianal numbness') as HTMLInputElement).checked).toBe(true);
    expect(store.saved.at(-1)?.answers.redFlags).toEqual(['rf.saddle-numbness']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('leaves the clipboard alone on Clear when it holds something else, and Undo expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let clipboard = '';
    const copyText = vi.fn(async (text: string) => { clipboard = text; });
    render(<ChecklistContainer store={memoryStore()} copyText={copyText} readText={async () => clipboard} undoMs={5000} />);
    fireEvent.click(await screen.findByLabelText('Past cancer or unexplained weight loss'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    await screen.findByText(/Referral note copied/, {}, { timeout: 5000 });
    clipboard = 'something copied since';
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await screen.findByText(/holds something else now and was left alone/);
    expect(clipboard).toBe('something copied since');
    vi.advanceTimersByTime(5000);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    vi.useRealTimers();
  });

  it('never copies a rejected history entry: copying is refused until it is fixed', async () => {
    const copyText = vi.fn(async (_text: string) => undefined);
    render(<ChecklistContainer store={memoryStore()} copyText={copyText} />);
    const details = (await screen.findByText(/Age, exam, scores/)).closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const age = await screen.findByLabelText('Age in years', {}, { timeout: 5000 });
    fireEvent.input(age, { target: { value: '1,000' } });
    expect(screen.getByRole('alert').textContent).toMatch(/could be read two ways/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    screen.getByText('Not copied: fix the age entry first.');
    expect(copyText).not.toHaveBeenCalled();
    fireEvent.input(age, { target: { value: '47' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral note' }));
    await screen.findByText(/Referral note copied/, {}, { timeout: 5000 });
    expect(copyText.mock.calls[0]![0]).toContain('Age: 47');
  });
});
