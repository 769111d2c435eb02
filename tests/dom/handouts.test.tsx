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

  it.each(HANDOUTS.map((h) => [h.id, h] as const))('%s: key points, safety card before the sections, questions, numbered next steps, tool, closing', (_id, h) => {
    render(<HandoutDoc handout={h} profile={DEFAULT_PROFILE} patientFirstName="" date="today" />);
    const order = [...document.querySelectorAll('.key-points, .safety-card, .handout-section, .questions, .next-steps, .tool, .handout-footer')].map((e) => e.className.split(' ')[0]);
    expect(order.slice(0, 3)).toEqual(['key-points', 'safety-card', 'handout-section']);
    expect(order.slice(-3)).toEqual(['next-steps', 'tool', 'handout-footer']);
    expect(document.querySelector('.safety-card')!.textContent).toMatch(/Go to the emergency department or call 911 now[\s\S]*Call your doctor today/);
    expect(document.querySelectorAll('.questions li')).toHaveLength(h.questions.length + 1);
    expect(document.querySelectorAll('.next-steps ol li')).toHaveLength(h.nextSteps.steps.length);
    expect(document.querySelector('.handout-footer')!.textContent).toContain(h.closing);
    expect(document.querySelector('.handout-header')!.textContent).not.toContain('For:');
    const refCount = document.querySelectorAll('.sources .ref').length;
    for (const line of document.querySelectorAll('.section-source')) {
      for (const n of line.textContent!.replace(/^\s*Sources?: /, '').split(', ')) {
        expect(Number(n)).toBeGreaterThan(0);
        expect(Number(n)).toBeLessThanOrEqual(refCount);
      }
    }
    for (const s of h.sections.filter((x) => x.figure)) {
      const fig = document.querySelector(`figure[data-figure="${s.figure}"]`)!;
      expect(fig.querySelector('svg')!.getAttribute('aria-label')!.length).toBeGreaterThan(40);
      expect(fig.querySelector('figcaption')!.textContent!.length).toBeGreaterThan(20);
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
    expect(screen.getAllByText(/reading grade \d\.\d Flesch–Kincaid, \d+\.\d SMOG; PEMAT-P \d+% understandable, \d+% actionable/)).toHaveLength(HANDOUTS.length);
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

  it('shows a banner while the clinic or referrer phone is missing, and prints the safety card on its own', async () => {
    render(<HandoutsContainer store={store({ ...profile, referrer: { ...profile.referrer, phone: '' } })} initial={{ ids: ['safety-card'], unknown: 0 }}
      onPrint={vi.fn()} settingsUrl="options.html" />);
    await waitFor(() => expect(document.querySelector('.missing-phone')!.textContent).toContain('without your phone'));
    expect(document.querySelectorAll('article.handout')).toHaveLength(1);
    expect(document.querySelector('article[data-handout="safety-card"] .safety-card')).toBeTruthy();
    expect(screen.getByText(/untick “Headers and footers”/)).toBeTruthy();
  });

  it('says when requested handouts do not exist, and asks for a choice when none is selected', () => {
    renderPage([], 2);
    expect(screen.getByRole('alert').textContent).toContain('do not exist');
    expect(screen.getByText('Choose at least one handout above.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Print 0 handouts' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
