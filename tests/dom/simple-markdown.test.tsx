/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SimpleMarkdown } from '../../components/SimpleMarkdown';

afterEach(cleanup);

describe('SimpleMarkdown', () => {
  it('renders PRIVACY.md as headings, paragraphs and a table', () => {
    render(<SimpleMarkdown source={readFileSync('PRIVACY.md', 'utf8')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Privacy');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('What is sent anywhere');
    const rows = screen.getAllByRole('row');
    expect(rows.length).toBeGreaterThan(4);
    expect(rows[0]!.textContent).toBe('WhatWhereHow long');
    expect(document.body.textContent).not.toMatch(/\*\*|`|\|/);
  });

  it('shows markup in the source as text', () => {
    render(<SimpleMarkdown source={'A <img src=x onerror=alert(1)> **bold** line'} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('bold').tagName).toBe('STRONG');
  });
});
