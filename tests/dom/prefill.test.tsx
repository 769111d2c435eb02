/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { collect } from '../../content/prefill/collect';
import { fill } from '../../content/prefill/fill';
import { buildPlan } from '../../content/prefill/match';
import { gradeSnapshots, readAnnotated } from '../helpers/fill-check';
import { VALUES } from '../unit/prefill/records';

/** Loads a fixture's body and styles into happy-dom's document (scripts do not run here). */
function load(name: string) {
  const html = readFileSync(`tests/fixtures/forms/${name}`, 'utf8'); // vitest runs from the repo root
  document.documentElement.innerHTML = html.replace(/<!doctype html>/i, '');
}

function prefill() {
  const collection = collect(document, { layout: false });
  const plan = buildPlan(collection, VALUES);
  const byKey = new Map(collection.fields.map((f) => [f.key, f]));
  const before = readAnnotated();
  const outcome = fill(document, plan.fill.map((item) => ({ ...item, field: byKey.get(item.key)! })));
  return { plan, outcome, grade: gradeSnapshots(before, readAnnotated(), VALUES) };
}

describe.each(['gf25-referral.html', 'gf-legacy-referral.html', 'gf-date-selects.html', 'autocomplete-plain.html', 'multi-form.html', 'look-alike-fields.html'])('prefill %s', (fixture) => {
  beforeEach(() => load(fixture));

  it('fills every expected field correctly, none wrongly, and leaves every trap alone', () => {
    const { grade: g, outcome } = prefill();
    expect(g.wrong).toEqual([]);
    expect(outcome.failed).toEqual([]);
    expect(g.skipped).toEqual([]);
    expect(g.correct).toBe(g.expected);
    expect(g.expected).toBeGreaterThan(4);
  });

  it('lists file uploads to attach and gives a reason for every skipped field', () => {
    const { plan } = prefill();
    for (const s of plan.skip) expect(s.reason).not.toBe('');
    if (document.querySelector('input[type=file]')) expect(plan.attach.length).toBeGreaterThan(0);
  });
});

describe('prefill hidden-traps.html (happy-dom has no layout)', () => {
  beforeEach(() => load('hidden-traps.html'));

  it('leaves every trap alone and fills nothing wrongly', () => {
    const { grade: g, plan } = prefill();
    expect(g.wrong).toEqual([]);
    const reasons = plan.skip.map((s) => s.reason);
    for (const reason of ['display: none', 'visibility: hidden', 'transparent', 'aria-hidden', 'a honeypot trap for bots']) {
      expect(reasons).toContain(`hidden on the page (${reason})`);
    }
    expect(reasons).toEqual(expect.arrayContaining(['read-only', 'disabled']));
  });

  it('without layout, an off-screen or zero-size twin makes a field compete or unclear, so it stays empty', () => {
    // In Chromium these two traps are seen as off-screen and zero-size (tests/e2e); here they
    // look visible. The date of birth's twin competes, so both stay empty; the bare "Last name"
    // twin beside the patient's own Last box is unclear, so only the patient's is filled.
    const { grade: g } = prefill();
    expect(g.skipped).toEqual(['patient.dob (input_2)']);
    expect(g.correct).toBe(g.expected - 1);
  });
});
