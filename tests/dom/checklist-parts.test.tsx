/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistForm } from '../../components/ChecklistForm';
import { OutcomePanel } from '../../components/OutcomePanel';
import { CopyStatus } from '../../components/CopyStatus';
import { ReferralPanel } from '../../components/ReferralPanel';
import { WeeksField } from '../../components/WeeksField';
import { EMPTY_ANSWERS, type Answers } from '../../content/checklist/answers';
import { REFERRAL_ITEMS, itemStatuses } from '../../content/checklist/referral-items';
import { evaluate } from '../../content/checklist/rules';

afterEach(cleanup);

describe('WeeksField', () => {
  it('reports valid numbers and explains invalid ones without reporting them', () => {
    const onChange = vi.fn();
    render(<WeeksField id="w" label="Weeks" value={null} onChange={onChange} />);
    const input = screen.getByLabelText('Weeks');
    fireEvent.input(input, { target: { value: '-4' } });
    expect(screen.getByRole('alert').textContent).toContain('cannot be negative');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('w-error');
    fireEvent.input(input, { target: { value: 'ten' } });
    fireEvent.input(input, { target: { value: '9999' } });
    expect(screen.getByRole('alert').textContent).toContain('more than 50 years');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: '16' } });
    expect(onChange).toHaveBeenCalledWith(16);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ChecklistForm', () => {
  const renderForm = (answers: Answers) => {
    const onChange = vi.fn();
    render(<ChecklistForm answers={answers} onChange={onChange} />);
    return onChange;
  };

  it('turns a radio choice into an answer', () => {
    const onChange = renderForm(EMPTY_ANSWERS);
    fireEvent.click(screen.getByLabelText('Annular tear or internal disc disruption reported'));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_ANSWERS, imaging: 'annular-tear' });
  });

  it('asks whether a tear fits the pain only for a tear, and forgets the answer when the finding changes', () => {
    const onChange = renderForm({ ...EMPTY_ANSWERS, imaging: 'annular-tear', imagingFits: 'yes' });
    expect(screen.getByRole('group', { name: 'Does the imaging finding fit the pain?' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Mild disc changes, no tear'));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_ANSWERS, imaging: 'mild-changes', imagingFits: null });
    cleanup();
    renderForm({ ...EMPTY_ANSWERS, imaging: 'mild-changes' });
    expect(screen.queryByRole('group', { name: 'Does the imaging finding fit the pain?' })).toBeNull();
  });

  it('records inflammatory back pain apart from the red flags', () => {
    const onChange = renderForm(EMPTY_ANSWERS);
    fireEvent.click(screen.getByLabelText(/Inflammatory back pain/));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_ANSWERS, inflammatory: true });
  });

  it('turns ticks into an ordered list of red flags', () => {
    const onChange = renderForm({ ...EMPTY_ANSWERS, redFlags: ['rf.cancer'] });
    fireEvent.click(screen.getByLabelText('Saddle, genital or perianal numbness'));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_ANSWERS, redFlags: ['rf.saddle-numbness', 'rf.cancer'] });
  });

  it('asks PT weeks and response only once a course has started, and drops them for "Not started"', () => {
    const onChange = renderForm({ ...EMPTY_ANSWERS, ptCourse: 'completed', ptWeeks: 10, ptResponse: 'plateaued' });
    expect(screen.getByLabelText('Weeks of physical therapy')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Not started'));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_ANSWERS, ptCourse: 'none', ptWeeks: null, ptResponse: null });
    cleanup();
    renderForm({ ...EMPTY_ANSWERS, ptCourse: 'none' });
    expect(screen.queryByLabelText('Weeks of physical therapy')).toBeNull();
  });

  it('groups every question in a fieldset with a legend', () => {
    renderForm(EMPTY_ANSWERS);
    for (const input of document.querySelectorAll('input[type=radio]')) {
      expect(input.closest('fieldset')?.querySelector('legend')?.textContent).toBeTruthy();
    }
  });
});

/** The reasons, cautions and sources load just after the headline. */
const reasonsLoaded = () => waitFor(() => expect(document.querySelector('.outcome-reasons[data-ready]')).toBeTruthy(), { timeout: 5000 });

describe('OutcomePanel', () => {
  it('shows the headline, reasons with numbered sources listed once, conflicts and cautions', async () => {
    const outcome = evaluate({
      ...EMPTY_ANSWERS, onset: 'acute', durationWeeks: 30, ptCourse: 'none',
    });
    render(<OutcomePanel outcome={outcome} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Physical therapy first');
    expect(document.querySelector('#outcome')?.getAttribute('data-outcome')).toBe('pt-first');
    expect(document.querySelector('.outcome-headline .outcome-word')?.textContent).toBe('PT first');
    await reasonsLoaded();
    const reason = document.querySelector('[data-criterion="pt.acute"]')!;
    expect(reason.querySelector('a')).toBeNull(); // a number, not a link after every reason
    expect(reason.querySelector('.ref')?.textContent).toBe('source [1]');
    // pt.acute and pt.not-chronic come from different sections; each source is listed once.
    const sources = [...document.querySelectorAll('details.sources li a')];
    expect(new Set(sources.map((a) => a.getAttribute('href'))).size).toBe(sources.length);
    const link = sources[0]!;
    expect(link.getAttribute('href')).toContain('valorspine.com/physical-therapy-vs-regenerative');
    expect(link.getAttribute('href')).toContain('#:~:text=When%20Physical%20Therapy%20Is%20the%20Right%20Starting%20Point');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(document.querySelector('[data-conflict="acute-but-chronic"]')).toBeTruthy();
    expect(document.querySelector('[data-caution="red-flags-not-screened"]')).toBeTruthy();
  });

  it('says right under the headline that answers conflict, and only then', () => {
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, onset: 'acute', durationWeeks: 30 })} />);
    const line = document.querySelector('.outcome-headline')!.nextElementSibling!;
    expect(line.textContent).toBe('Some answers conflict; check them before relying on this outcome.');
    cleanup();
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, onset: 'acute', durationWeeks: 3 })} />);
    expect(screen.queryByText(/Some answers conflict/)).toBeNull();
  });

  it('never puts an urgent outcome in doubt because of a conflict', () => {
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, redFlags: ['rf.cancer'], redFlagsScreened: true })} />);
    expect(document.querySelector('.outcome-headline')!.nextElementSibling!.textContent)
      .toBe('Some answers conflict; check them. The red flag still calls for urgent evaluation.');
    expect(screen.queryByText(/before relying on this outcome/)).toBeNull();
  });

  it('names the missing questions', () => {
    render(<OutcomePanel outcome={evaluate(EMPTY_ANSWERS)} />);
    expect(screen.getByText('Still to answer')).toBeTruthy();
    expect(screen.getByText('How long the pain has lasted (weeks)')).toBeTruthy();
  });

  it('gives each outcome its own icon and word, and no tick for a referral', () => {
    const kinds = {
      emergency: { redFlags: ['rf.saddle-numbness'] }, urgent: { redFlags: ['rf.cancer'] }, 'pt-first': { onset: 'acute' },
      'other-pathway': { inflammatory: true }, 'not-enough-info': {},
      'consider-referral': { durationWeeks: 20, onset: 'persistent', ptCourse: 'completed', ptWeeks: 10, ptResponse: 'plateaued',
        imaging: 'annular-tear', imagingFits: 'yes', redFlagsScreened: true },
    } as const;
    const seen = new Map<string, string>();
    for (const [kind, over] of Object.entries(kinds)) {
      render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, ...over } as Answers)} />);
      expect(document.querySelector('#outcome')?.getAttribute('data-outcome')).toBe(kind);
      const icon = document.querySelector('.outcome-icon')!.textContent!;
      const word = document.querySelector('.outcome-word')!.textContent!;
      expect(icon).not.toMatch(/[✓✔]/);
      seen.set(`${icon} ${word}`, kind);
      cleanup();
    }
    expect(seen.size).toBe(Object.keys(kinds).length);
  });

  it('explains the clinic’s evaluation only when a referral is considered', () => {
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, onset: 'acute' })} />);
    expect(screen.queryByText('What the clinic’s evaluation involves')).toBeNull();
  });
});

describe('ReferralPanel', () => {
  const items = itemStatuses(REFERRAL_ITEMS.slice(0, 3), { ...EMPTY_ANSWERS, durationWeeks: 8 }, ['location']);
  const props = { heading: 'Referral completeness', items, onToggle: vi.fn() };

  it('counts items one by one, shows covered ones as text and toggles the rest', () => {
    render(<ReferralPanel {...props} />);
    expect(screen.getByText('2 of 3')).toBeTruthy(); // duration from the answers, location ticked; course missing
    expect(screen.queryByLabelText('Symptom duration')).toBeNull();
    expect(screen.getByText('(in the note)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Course of the episode/));
    expect(props.onToggle).toHaveBeenCalledWith('course', true);
  });
});

describe('CopyStatus', () => {
  it('announces a refused copy', () => {
    render(<CopyStatus copy={{ kind: 'refused', message: 'Not copied: fix it first.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Not copied: fix it first.');
    expect(screen.queryByLabelText(/Copying was blocked/)).toBeNull();
  });

  it('offers the text to copy by hand when the clipboard refuses', () => {
    render(<CopyStatus copy={{ kind: 'failed', text: 'Reason for referral' }} />);
    const box = screen.getByLabelText(/Copying was blocked/) as HTMLTextAreaElement;
    expect(box.value).toBe('Reason for referral');
    expect(document.activeElement).toBe(box);
  });
});
