/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoutDoc } from '../../components/HandoutDoc';
import { HandoutsContainer } from '../../components/HandoutsContainer';
import { QrCode } from '../../components/QrCode';
import { HANDOUTS } from '../../content/handouts';
import { DEFAULT_PROFILE, type Profile } from '../../content/referral/profile';
import type { ProfileStore } from '../../content/referral/profile-store';

afterEach(cleanup);

const profile: Profile = {
  ...DEFAULT_PROFILE,
  referrer: { ...DEFAULT_PROFILE.referrer, name: '<b>Alex</b> <img src=x onerror=alert(1)>', credentials: 'PT, DPT', practice: 'Riverside PT' },
  clinic: { ...DEFAULT_PROFILE.clinic, phone: '(555) 010-2000' },
};
const store = (p: Profile = profile): ProfileStore & { saved: Profile[] } => ({
  saved: [], load: async () => ({ profile: p }), save: async () => undefined,
});

describe('HandoutDoc', () => {
  it('prints the clinic, referrer, patient first name and date, with markup shown as text', () => {
    render(<HandoutDoc handout={HANDOUTS[0]!} profile={profile} patientFirstName="Maria" date="November 23, 2026" />);
    const header = document.querySelector('.handout-header')!;
    expect(header.textContent).toContain('ValorSpine');
    expect(header.textContent).toContain('Phone (555) 010-2000');
    expect(header.textContent).toContain('From: <b>Alex</b> <img src=x onerror=alert(1)>, PT, DPT · Riverside PT');
    expect(header.querySelector('b, img')).toBeNull();
    expect(header.textContent).toContain('For: Maria · Date: November 23, 2026');
    expect(screen.getByRole('img', { name: 'QR code for https://valorspine.com' })).toBeTruthy();
  });

  it('has the questions box, the safety box, the footer and numbered sources', () => {
    const h = HANDOUTS[1]!;
    render(<HandoutDoc handout={h} profile={DEFAULT_PROFILE} patientFirstName="" date="today" />);
    expect(screen.getByRole('heading', { name: 'Questions to ask your clinician' })).toBeTruthy();
    expect(document.querySelectorAll('.questions li')).toHaveLength(h.questions.length);
    expect(document.querySelector('.safety')!.textContent).toContain('Get medical help right away');
    expect(document.querySelector('.handout-footer')!.textContent).toContain('not a diagnosis');
    expect(document.querySelector('.handout-header')!.textContent).not.toContain('For:');
    const refCount = document.querySelectorAll('.sources li').length;
    for (const line of document.querySelectorAll('.section-source')) {
      for (const n of line.textContent!.replace(/^Sources?: /, '').split(', ')) expect(Number(n)).toBeLessThanOrEqual(refCount);
    }
  });
});

/** Paints the drawn modules into an RGBA image, `scale` pixels per module, as a camera would see them. */
function rasterise(svg: SVGSVGElement, scale = 4): { data: Uint8ClampedArray; width: number } {
  const modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const width = modules * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of svg.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + 1) * scale; px++) data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { data, width };
}

describe('QrCode', () => {
  it('draws the modules as one SVG path without injecting markup', () => {
    render(<QrCode text="https://valorspine.com" label="QR" />);
    const d = document.querySelector('svg path')!.getAttribute('d')!;
    expect(d).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    expect(d.split('M').length).toBeGreaterThan(100);
  });

  it.each(['https://valorspine.com', 'https://valorspine.com/refer-a-patient/?utm=none&lang=en'])('reads back as %s with a QR decoder', (url) => {
    render(<QrCode text={url} label="QR" />);
    const { data, width } = rasterise(document.querySelector('svg')!);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });
});

describe('HandoutsContainer', () => {
  const renderPage = (ids: string[] = ['annular-tears'], unknown = 0) => {
    const onPrint = vi.fn();
    render(<HandoutsContainer store={store()} initial={{ ids: ids as never, unknown }} onPrint={onPrint} settingsUrl="options.html"
      today={() => new Date(2026, 10, 23)} />);
    return onPrint;
  };

  it('shows the preselected handouts, each grade, and prints on request', async () => {
    const onPrint = renderPage();
    await waitFor(() => expect(document.querySelector('.handout-header')!.textContent).toContain('Riverside PT'));
    expect(document.querySelectorAll('article.handout')).toHaveLength(1);
    expect(screen.getAllByText(/reading grade \d\.\d/)).toHaveLength(HANDOUTS.length);
    fireEvent.click(screen.getByLabelText(/^PT or disc repair\?/));
    expect(document.querySelectorAll('article.handout')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Print 2 handouts' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('puts the typed first name on every handout, and refuses an over-long one', async () => {
    renderPage(['annular-tears', 'clinic-evaluation']);
    const input = await screen.findByLabelText(/first name/);
    fireEvent.input(input, { target: { value: 'Maria' } });
    expect(document.querySelectorAll('.patient-name')).toHaveLength(2);
    fireEvent.input(input, { target: { value: 'M'.repeat(41) } });
    expect(screen.getByText(/shorten to 40 characters/)).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Print/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.querySelectorAll('.patient-name')).toHaveLength(0);
  });

  it('says when requested handouts do not exist, and asks for a choice when none is selected', () => {
    renderPage([], 2);
    expect(screen.getByRole('alert').textContent).toContain('do not exist');
    expect(screen.getByText('Choose at least one handout above.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Print 0 handouts' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
