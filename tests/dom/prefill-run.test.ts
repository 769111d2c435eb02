/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_KEY } from '../../content/prefill/protocol';
import { runRequest } from '../../content/prefill/run';

const FORM = `<form id="gform_1"><label for="f">First name</label><input id="f" name="input_1.3" required>
  <label for="e">Patient email</label><input id="e" name="input_2" required><textarea name="input_3" aria-label="Notes"></textarea></form>`;

let scope: Record<string, unknown>;
beforeEach(() => { scope = {}; document.body.innerHTML = ''; });
afterEach(() => vi.restoreAllMocks());

describe('runRequest', () => {
  it('takes the request out of the scope, and refuses a malformed one without touching the page', async () => {
    document.body.innerHTML = FORM;
    scope[REQUEST_KEY] = { type: 'fill', form: 0, items: [{ key: 0 }] };
    const response = await runRequest(document, scope, { layout: false });
    expect(response).toEqual({ ok: false, error: expect.stringContaining('malformed') });
    expect(REQUEST_KEY in scope).toBe(false);
    expect((document.getElementById('f') as HTMLInputElement).value).toBe('');
  });

  it('collects, fills, and reports required fields still empty', async () => {
    document.body.innerHTML = FORM;
    scope[REQUEST_KEY] = { type: 'collect', waitMs: 100 };
    const collected = await runRequest(document, scope, { layout: false });
    expect(collected.ok && collected.type === 'collected' && collected.collection.fields.map((f) => f.label)).toEqual(['First name', 'Patient email', 'Notes']);
    scope[REQUEST_KEY] = {
      type: 'fill', form: 0,
      items: [{ key: 0, target: 'patient.firstName', label: 'First name', value: { text: 'Zephyrine' }, field: { tag: 'input', name: 'input_1.3', id: 'f' } }],
    };
    const filled = await runRequest(document, scope, { layout: false });
    expect(filled).toEqual({ ok: true, type: 'filled', outcome: { filled: [{ key: 0, label: 'First name' }], failed: [] }, requiredEmpty: ['Patient email'] });
  });

  it('counts a required radio group as filled once any option is ticked, and names an empty one once', async () => {
    document.body.innerHTML = `<form id="gform_1">
      <fieldset><legend>Imaging available</legend>
        <input type="radio" id="i1" name="input_9" value="MRI" required><label for="i1">MRI</label>
        <input type="radio" id="i2" name="input_9" value="None" required><label for="i2">None</label></fieldset>
      <fieldset><legend>Preferred contact</legend>
        <input type="radio" id="c1" name="input_5" value="Phone" required><label for="c1">Phone</label>
        <input type="radio" id="c2" name="input_5" value="Email" required><label for="c2">Email</label></fieldset></form>`;
    scope[REQUEST_KEY] = {
      type: 'fill', form: 0,
      items: [{ key: 0, target: 'referral.imaging', label: 'Imaging available: MRI', value: { checked: true }, field: { tag: 'input', name: 'input_9', id: 'i1' } }],
    };
    const filled = await runRequest(document, scope, { layout: false });
    expect(filled.ok && filled.type === 'filled' && filled.requiredEmpty).toEqual(['Preferred contact']);
  });

  it('refuses to fill a field that is no longer the one planned', async () => {
    document.body.innerHTML = FORM;
    scope[REQUEST_KEY] = {
      type: 'fill', form: 0,
      items: [{ key: 0, target: 'patient.firstName', label: 'First name', value: { text: 'Z' }, field: { tag: 'input', name: 'input_9', id: 'x' } }],
    };
    const response = await runRequest(document, scope, { layout: false });
    expect(response.ok && response.type === 'filled' && response.outcome.failed[0]!.reason).toBe('the page changed since the plan was made');
    expect((document.getElementById('f') as HTMLInputElement).value).toBe('');
  });

  it('waits for a form added after load, then stops waiting and disconnects', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    setTimeout(() => { document.body.innerHTML = FORM; }, 50);
    scope[REQUEST_KEY] = { type: 'collect', waitMs: 1000 };
    const late = await runRequest(document, scope, { layout: false });
    expect(late.ok && late.type === 'collected' && [late.timedOut, late.collection.fields.length]).toEqual([false, 3]);
    expect(disconnect).toHaveBeenCalledTimes(1);

    document.body.innerHTML = '<p>No form here</p>';
    scope[REQUEST_KEY] = { type: 'collect', waitMs: 100 };
    const none = await runRequest(document, scope, { layout: false });
    expect(none.ok && none.type === 'collected' && [none.timedOut, none.collection.fields.length]).toEqual([true, 0]);
    expect(disconnect).toHaveBeenCalledTimes(2);
  });
});
