/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaxCoverSheet } from '../../components/FaxCoverSheet';
import { LetterContainer, type LetterStores } from '../../components/LetterContainer';
import { EMPTY_ANSWERS, type Answers } from '../../content/checklist/answers';
import { buildFaxCover } from '../../content/letter/fax-cover';
import { EMPTY_STATE } from '../../content/referral/checklist-state';
import { EMPTY_PATIENT, type Patient } from '../../content/referral/patient';
import { DEFAULT_PROFILE, type Profile } from '../../content/referral/profile';

afterEach(cleanup);

const NOW = new Date(2026, 11, 2, 10).getTime();
const PROFILE: Profile = {
  v: 1,
  referrer: { name: '<b>Alex</b> Park', credentials: 'PT', practice: 'Riverside PT', phone: '(555) 010-3000', fax: '(555) 010-3001', email: '', npi: '' },
  clinic: { name: 'ValorSpine', website: 'https://valorspine.com', phone: '(555) 010-2000', fax: '(555) 010-2001' },
};
const ANSWERS: Answers = { ...EMPTY_ANSWERS, durationWeeks: 20, onset: 'persistent', ptCourse: 'completed', ptWeeks: 10, ptResponse: 'no-improvement', imaging: 'annular-tear', redFlagsScreened: true };
const PATIENT: Patient = { ...EMPTY_PATIENT, firstName: 'Maria', lastName: 'Lopez', dob: '1961-03-09', phone: '(555) 123-4567' };

/** Stores that record any write: the letter page must make none. */
function stores(over: { profile?: Profile; patient?: Patient; answers?: Answers; included?: string[] } = {}) {
  const writes: string[] = [];
  const patientStore = {
    load: vi.fn(async () => ({ patient: over.patient ?? PATIENT, lastUsed: NOW })),
    save: async () => { writes.push('patient'); },
    clear: async () => { writes.push('patient clear'); },
  };
  // A full store, so that any write the page attempted would be recorded.
  const checklistStore = {
    load: async () => ({ state: { ...EMPTY_STATE, answers: over.answers ?? ANSWERS, included: (over.included ?? ['mri-report']) as never } }),
    save: async () => { writes.push('checklist'); }, clear: async () => { writes.push('checklist clear'); },
  };
  const s: LetterStores = {
    profile: { load: async () => ({ profile: over.profile ?? PROFILE }), save: async () => { writes.push('profile'); } },
    patient: patientStore,
    checklist: checklistStore,
  };
  return { s, writes, patientStore };
}

const open = async (over: Parameters<typeof stores>[0] = {}) => {
  const st = stores(over);
  const onPrint = vi.fn();
  render(<LetterContainer stores={st.s} initialSize="letter" onPrint={onPrint} settingsUrl="options.html" now={() => NOW} />);
  await screen.findByText(/The letter is 1 page on US Letter/);
  return { ...st, onPrint };
};
const letterText = () => [...document.querySelectorAll('.letter-sheet')].map((s) => s.textContent).join('\n');

describe('LetterContainer', () => {
  it('prints letterhead, clinic, patient from the session, note and enclosures, with markup as text', async () => {
    await open();
    const text = letterText();
    expect(text).toContain('<b>Alex</b> Park, PT');
    expect(document.querySelector('.letter-sheet b')).toBeNull();
    expect(text).toContain('Re: Maria Lopez, date of birth March 9, 1961');
    expect(text).toContain('Reason for referral');
    expect(text).toContain('Duration: 20 weeks');
    expect(text).not.toMatch(/https?:\/\/|Referral items: \d/);
    expect(text).toContain('Enclosed (1)Imaging report (MRI, CT or X-ray)');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Referral for Maria Lopez, born March 9, 1961');
    // The patient's phone is not the letter's business.
    expect(text).not.toContain('(555) 123-4567');
    expect(screen.queryByText('Before you print:')).toBeNull();
  });

  it('never writes: typing a name changes the page only', async () => {
    const { writes } = await open();
    fireEvent.input(screen.getByLabelText('First name'), { target: { value: 'Marisol' } });
    await waitFor(() => expect(letterText()).toContain('Re: Marisol Lopez'));
    fireEvent.click(screen.getByLabelText('Medication list'));
    fireEvent.click(screen.getByLabelText(/^A4/));
    await screen.findByText(/The letter is 1 page on A4/);
    expect(document.querySelector('.sheet-a4.letter-sheet')).not.toBeNull();
    expect(writes).toEqual([]);
  });

  it('missing settings and patient: banners, and lines to write on instead of broken labels', async () => {
    await open({ profile: DEFAULT_PROFILE, patient: EMPTY_PATIENT });
    const banner = document.querySelector('.banners')!;
    expect(banner.getAttribute('data-problems')).toBe('referrer-name referrer-phone referrer-fax clinic-fax patient-name patient-dob');
    expect(banner.textContent).toContain('The clinic’s fax number is not in settings');
    expect(banner.textContent).toContain('Your phone number is not in settings');
    const cover = document.querySelector('.fax-cover')!;
    expect(cover.querySelector('.to-fax .blank')).not.toBeNull();
    expect(cover.textContent).not.toMatch(/undefined|null/);
    expect(letterText()).toMatch(/Re: Patient name: not set, date of birth Date of birth: not set/);
    expect(letterText()).not.toMatch(/undefined|null/);
  });

  it('without the cover, the fax banners go; the letter still warns about the phone', async () => {
    await open({ profile: { ...PROFILE, referrer: { ...PROFILE.referrer, phone: '', fax: '' }, clinic: { ...PROFILE.clinic, fax: '' } } });
    expect(document.querySelector('.banners')!.getAttribute('data-problems')).toBe('referrer-phone referrer-fax clinic-fax');
    fireEvent.click(screen.getByLabelText('Print a fax cover sheet before the letter'));
    await waitFor(() => expect(document.querySelector('.banners')!.getAttribute('data-problems')).toBe('referrer-phone'));
    expect(document.querySelector('.fax-cover')).toBeNull();
    expect(screen.getByRole('button', { name: 'Print letter' })).toBeTruthy();
  });

  it('cover page count: cover + letter + enclosure pages; "1,000" is refused and blocks printing', async () => {
    const { onPrint } = await open();
    const pages = () => document.querySelector('.fax-pages')!.textContent;
    expect(pages()).toContain('(1 cover + 1 letter page + enclosures (pages not given))');
    expect(document.querySelector('.fax-pages .blank')).not.toBeNull();
    const field = screen.getByLabelText('Pages of enclosures');
    fireEvent.input(field, { target: { value: '6' } });
    await waitFor(() => expect(pages()).toMatch(/^8 including this cover/));
    fireEvent.input(field, { target: { value: '1,000' } });
    await screen.findByText('Enter a whole number of pages, digits only, for example 6.');
    expect(pages()).not.toMatch(/^\d/); // the count is blank, not 1 or 1000
    const print = screen.getByRole('button', { name: 'Print fax cover and letter' }) as HTMLButtonElement;
    expect(print.disabled).toBe(true);
    fireEvent.input(field, { target: { value: '2' } });
    await waitFor(() => expect(print.disabled).toBe(false));
    fireEvent.click(print);
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('a red flag says the letter is no way to send emergency or urgent care, and the note is a handover', async () => {
    await open({ answers: { ...ANSWERS, redFlagsScreened: false, redFlags: ['rf.saddle-numbness'] } });
    expect(screen.getByText(/The checklist shows a red flag: this patient needs emergency or urgent care now/)).toBeTruthy();
    expect(letterText()).toContain('handover for the emergency department or the on-call spine team');
  });

  it('no red flag, no such banner', async () => {
    await open();
    expect(screen.queryByText(/The checklist shows a red flag/)).toBeNull();
  });

  it('an empty checklist says so', async () => {
    await open({ answers: EMPTY_ANSWERS, included: [] });
    expect(screen.getByText(/The checklist has no answers in this browser session/)).toBeTruthy();
    expect(letterText()).not.toContain('Enclosed');
  });

  it('a date of birth in the future is refused inline and not printed', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('Date of birth'), { target: { value: '2030-01-01' } });
    await screen.findByText('The date of birth is in the future.');
    expect(letterText()).not.toContain('2030');
    expect(letterText()).toContain('Date of birth: not set');
  });
});

describe('FaxCoverSheet', () => {
  it('carries the clinic fax, the sender, pages, date and the confidentiality notice, and no patient', () => {
    const cover = buildFaxCover({ profile: PROFILE, date: new Date(NOW), letterPages: 2, hasEnclosures: true, enclosurePages: 4 });
    render(<FaxCoverSheet cover={cover} size="a4" />);
    const text = document.querySelector('.fax-cover')!.textContent!;
    expect(text).toContain('ToValorSpine');
    expect(text).toContain('Fax(555) 010-2001');
    expect(text).toContain('<b>Alex</b> Park, PT');
    expect(text).toContain('7 including this cover (1 cover + 2 letter pages + 4 enclosure pages)');
    expect(text).toContain('December 2, 2026');
    expect(text).toContain('Confidential');
    expect(text).toMatch(/destroy every page/);
    expect(document.querySelector('.sheet-a4.fax-cover')).not.toBeNull();
  });
});
