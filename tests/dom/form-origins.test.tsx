/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FormOrigins } from '../../components/FormOrigins';
import { DEFAULT_PREFILL_SETTINGS, type PrefillSettings } from '../../content/prefill/settings';

afterEach(cleanup);

describe('FormOrigins', () => {
  it('adds a valid origin, refuses plain http elsewhere, and removes', async () => {
    const saved: PrefillSettings[] = [];
    render(<FormOrigins store={{ load: async () => ({ settings: DEFAULT_PREFILL_SETTINGS }), save: async (s) => { saved.push(s); } }} />);
    const input = await screen.findByLabelText('Add the form’s address');
    fireEvent.input(input, { target: { value: 'http://clinic.example/refer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add address' }));
    expect(screen.getByText(/Only https addresses are allowed/)).toBeTruthy();
    expect(saved).toEqual([]);
    fireEvent.input(input, { target: { value: 'https://forms.clinic.example/refer/?a=1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add address' }));
    // The path is kept as a prefix (issue 9, point 9): only pages under /refer are targets.
    await waitFor(() => expect(saved.at(-1)?.origins).toEqual(['https://valorspine.com', 'https://forms.clinic.example/refer']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://valorspine.com' }));
    await waitFor(() => expect(saved.at(-1)?.origins).toEqual(['https://forms.clinic.example/refer']));
  });
});

describe('FormOrigins and look-alike hosts (issue 9, point 10)', () => {
  it('warns, names the host both ways, and adds only when asked a second time', async () => {
    const saved: PrefillSettings[] = [];
    render(<FormOrigins store={{ load: async () => ({ settings: DEFAULT_PREFILL_SETTINGS }), save: async (s) => { saved.push(s); } }} />);
    const input = await screen.findByLabelText('Add the form’s address');
    fireEvent.input(input, { target: { value: 'https://vаlorspine.com/refer' } }); // Cyrillic а
    fireEvent.click(screen.getByRole('button', { name: 'Add address' }));
    const message = screen.getByText(/mixes alphabets/).textContent!;
    expect(message).toContain('vаlorspine.com');
    expect(message).toContain(new URL('https://vаlorspine.com').hostname);
    expect(message).toContain('Press “Add address” again');
    expect(saved).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add address' }));
    await waitFor(() => expect(saved.at(-1)?.origins).toEqual(['https://valorspine.com', `${new URL('https://vаlorspine.com').origin}/refer`]));
  });
});
