/** @vitest-environment happy-dom */
import { waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { collect } from '../../content/prefill/collect';
import { fill } from '../../content/prefill/fill';
import { buildPlan } from '../../content/prefill/match';
// @ts-expect-error plain JavaScript fixture (real React), no type declarations
import { mount } from '../fixtures/forms/react-referral.app.mjs';
import { gradeSnapshots, readAnnotated } from '../helpers/fill-check';
import { VALUES } from '../unit/prefill/records';

describe('prefill a React-controlled form (real React)', () => {
  it('changes React state, not just the DOM', async () => {
    // React's act() environment flag keeps its test-mode warnings quiet.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    document.body.innerHTML = '<div id="root"></div>';
    let state: Record<string, unknown> = {};
    mount(document.getElementById('root'), (s: Record<string, unknown>) => { state = s; });
    await waitFor(() => expect(document.getElementById('react-referral')).toBeTruthy());

    const collection = collect(document, { layout: false });
    const plan = buildPlan(collection, VALUES);
    const byKey = new Map(collection.fields.map((f) => [f.key, f]));
    const before = readAnnotated();
    const outcome = fill(document, plan.fill.map((i) => ({ ...i, field: byKey.get(i.key)! })));
    expect(outcome.failed).toEqual([]);

    await waitFor(() => expect(state.reason).toBe(VALUES.referral.reason));
    expect(state).toEqual({
      firstName: 'Zephyrine', lastName: 'Okafor', dob: '1971-03-09', phone: VALUES.patient.phone, email: VALUES.patient.email,
      providerName: 'Alex Park', npi: '1234567893', reason: VALUES.referral.reason, imaging: 'mri', treatments: ['pt', 'injections'],
    });
    const grade = gradeSnapshots(before, readAnnotated(), VALUES);
    expect([grade.wrong, grade.skipped, grade.correct]).toEqual([[], [], grade.expected]);
  });
});
