/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsContainer } from '../../components/SettingsContainer';
import { DEFAULT_PROFILE, PROFILE_RESET_NOTICE, type Profile } from '../../content/referral/profile';
import type { ProfileStore } from '../../content/referral/profile-store';

afterEach(cleanup);

function memory(notice?: string) {
  const saved: Profile[] = [];
  const store: ProfileStore = { load: async () => ({ profile: DEFAULT_PROFILE, notice }), save: async (p) => { saved.push(p); } };
  return { store, saved };
}

describe('SettingsContainer', () => {
  it('starts from the clinic preset with unknown fields empty', async () => {
    render(<SettingsContainer store={memory().store} />);
    expect(((await screen.findByLabelText('Clinic name')) as HTMLInputElement).value).toBe('ValorSpine');
    expect((screen.getByLabelText('Clinic website') as HTMLInputElement).value).toBe('https://valorspine.com');
    expect((screen.getByLabelText('Clinic phone') as HTMLInputElement).value).toBe('');
  });

  it('refuses to save invalid values, says why inline, and focuses the first', async () => {
    const { store, saved } = memory();
    render(<SettingsContainer store={store} />);
    fireEvent.input(await screen.findByLabelText('NPI'), { target: { value: '1234567890' } });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'alex@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Not saved: 2 fields need fixing/)).toBeTruthy();
    expect(screen.getByText(/last digit does not match/)).toBeTruthy();
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('referrer-email-error');
    expect(document.activeElement).toBe(email);
    expect(saved).toEqual([]);

    fireEvent.input(screen.getByLabelText('NPI'), { target: { value: '1234567893' } });
    fireEvent.input(email, { target: { value: '  alex@riverside.example ' } });
    expect(screen.queryByText(/last digit does not match/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(saved[0]!.referrer).toMatchObject({ npi: '1234567893', email: 'alex@riverside.example' });
  });

  it('shows the notice when saved settings were reset', async () => {
    render(<SettingsContainer store={memory(PROFILE_RESET_NOTICE).store} />);
    expect((await screen.findByRole('alert')).textContent).toBe(PROFILE_RESET_NOTICE);
  });
});
