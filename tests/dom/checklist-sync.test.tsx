/** @vitest-environment happy-dom */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistContainer } from '../../components/ChecklistContainer';
import { EMPTY_STATE, type ChecklistState, type Restored } from '../../content/referral/checklist-state';
import type { ChecklistStore } from '../../content/referral/checklist-store';
import type { StoredChange } from '../../content/referral/stored-item';

afterEach(cleanup);

// Issue 9, point 11: two popup instances follow storage.onChanged, so Clear in one clears all and
// a change in a stale instance never writes the old answers back.
describe('ChecklistContainer follows other windows', () => {
  it('a Clear elsewhere empties this one, and the next answer here saves only itself', async () => {
    const saved: ChecklistState[] = [];
    let emit: (change: StoredChange<Restored>) => void = () => undefined;
    const store: ChecklistStore = {
      load: async () => ({ state: EMPTY_STATE }),
      save: async (s) => { saved.push(s); },
      clear: async () => undefined,
      watch: (listener) => { emit = listener; return () => undefined; },
    };
    render(<ChecklistContainer store={store} copyText={vi.fn()} />);
    fireEvent.click(await screen.findByLabelText('Recent strain or minor injury, expected to settle'));
    expect(saved.at(-1)?.answers.onset).toBe('acute');

    act(() => emit({ restored: { state: EMPTY_STATE }, removed: true, fromHere: false }));
    expect((screen.getByLabelText('Recent strain or minor injury, expected to settle') as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByLabelText('Not started'));
    expect(saved.at(-1)?.answers.onset).not.toBe('acute');
  });
});
