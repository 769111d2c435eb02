/** @vitest-environment happy-dom */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistContainer } from '../../components/ChecklistContainer';
import { EMPTY_ANSWERS } from '../../content/checklist/answers';
import { EMPTY_STATE, type ChecklistState } from '../../content/referral/checklist-state';
import type { ChecklistStore } from '../../content/referral/checklist-store';

// The popup's lazily loaded parts, as when the extension was updated under an open popup.
vi.mock('../../components/ReferralPanel', () => { throw new Error('chunk missing'); });
vi.mock('../../components/OutcomeReasons', () => { throw new Error('chunk missing'); });

afterEach(cleanup);

describe('a part of the popup that cannot be loaded', () => {
  it('is said in place of the reasons and of the referral check, not left out silently', async () => {
    const state: ChecklistState = { ...EMPTY_STATE, answers: { ...EMPTY_ANSWERS, redFlags: ['rf.cancer'] } };
    const store: ChecklistStore = { load: async () => ({ state }), save: async () => undefined, clear: async () => undefined };
    render(<ChecklistContainer store={store} copyText={vi.fn()} />);
    await waitFor(() => expect(screen.getAllByRole('alert').filter((a) => /could not be loaded/.test(a.textContent ?? ''))).toHaveLength(2));
    // The outcome itself and its actions still show.
    expect(document.getElementById('outcome-title')?.textContent).toMatch(/urgent/i);
    expect(screen.getByRole('button', { name: 'Copy note' })).toBeTruthy();
  });
});
