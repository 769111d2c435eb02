/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistForm } from '../../components/ChecklistForm';
import { OutcomePanel } from '../../components/OutcomePanel';
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
    fireEvent.click(screen.getByLabelText('Annular tear, high-intensity zone or internal disc disruption'));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_ANSWERS, imaging: 'annular-tear' });
  });

  it('turns ticks into an ordered list of red flags', () => {
    const onChange = renderForm({ ...EMPTY_ANSWERS, redFlags: ['rf.cancer'] });
    fireEvent.click(screen.getByLabelText('Saddle numbness'));
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

describe('OutcomePanel', () => {
  it('shows the headline, reasons linked to their sources, conflicts and notes', () => {
    const outcome = evaluate({
      ...EMPTY_ANSWERS, onset: 'acute', durationWeeks: 30, ptCourse: 'none',
    });
    render(<OutcomePanel outcome={outcome} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Physical therapy first');
    const reason = document.querySelector('[data-criterion="pt.acute"]')!;
    const link = reason.querySelector('a')!;
    expect(link.getAttribute('href')).toContain('valorspine.com/physical-therapy-vs-regenerative');
    expect(link.getAttribute('href')).toContain('#:~:text=When%20Physical%20Therapy%20Is%20the%20Right%20Starting%20Point');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(document.querySelector('[data-conflict="acute-but-chronic"]')).toBeTruthy();
    expect(document.querySelector('[data-caution="red-flags-not-screened"]')).toBeTruthy();
  });

  it('says right under the headline that answers conflict, and only then', () => {
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, onset: 'acute', durationWeeks: 30 })} />);
    const line = screen.getByRole('heading', { level: 2 }).nextElementSibling!;
    expect(line.textContent).toBe('Some answers conflict; check them before relying on this outcome.');
    cleanup();
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, onset: 'acute', durationWeeks: 3 })} />);
    expect(screen.queryByText(/Some answers conflict/)).toBeNull();
  });

  it('never puts an urgent outcome in doubt because of a conflict', () => {
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, redFlags: ['rf.cancer'], redFlagsScreened: true })} />);
    expect(screen.getByRole('heading', { level: 2 }).nextElementSibling!.textContent)
      .toBe('Some answers conflict; check them. The red flag still calls for urgent evaluation.');
    expect(screen.queryByText(/before relying on this outcome/)).toBeNull();
  });

  it('names the missing questions', () => {
    render(<OutcomePanel outcome={evaluate(EMPTY_ANSWERS)} />);
    expect(screen.getByText('Still to answer')).toBeTruthy();
    expect(screen.getByText('How long the pain has lasted (weeks)')).toBeTruthy();
  });

  it('explains the clinic’s evaluation only when a referral is considered', () => {
    render(<OutcomePanel outcome={evaluate({ ...EMPTY_ANSWERS, onset: 'acute' })} />);
    expect(screen.queryByText('What the clinic’s evaluation involves')).toBeNull();
  });
});

describe('ReferralPanel', () => {
  const items = itemStatuses(REFERRAL_ITEMS.slice(0, 3), { ...EMPTY_ANSWERS, durationWeeks: 8 }, ['neuro-findings']);
  const props = { heading: 'What to send', items, onToggle: vi.fn(), onCopy: vi.fn(), onClear: vi.fn() };

  it('counts items, shows covered ones as text and toggles the rest', () => {
    render(<ReferralPanel {...props} copy={{ kind: 'idle' }} />);
    expect(screen.getByText(/2 of 3 included/)).toBeTruthy();
    expect(screen.queryByLabelText('Duration and course of symptoms')).toBeNull();
    expect(screen.getByText('(from your answers)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Pain location and radiation'));
    expect(props.onToggle).toHaveBeenCalledWith('location-radiation', true);
    fireEvent.click(screen.getByRole('button', { name: 'Copy referral summary' }));
    expect(props.onCopy).toHaveBeenCalled();
  });

  it('announces a refused copy next to the button', () => {
    render(<ReferralPanel {...props} copy={{ kind: 'refused', message: 'Not copied: fix it first.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Not copied: fix it first.');
    expect(screen.queryByLabelText(/Copying was blocked/)).toBeNull();
  });

  it('offers the text to copy by hand when the clipboard refuses', () => {
    render(<ReferralPanel {...props} copy={{ kind: 'failed', text: 'Outcome: X' }} />);
    const box = screen.getByLabelText(/Copying was blocked/) as HTMLTextAreaElement;
    expect(box.value).toBe('Outcome: X');
    expect(document.activeElement).toBe(box);
  });
});
