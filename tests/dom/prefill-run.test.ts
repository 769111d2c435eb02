/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_KEY } from '../../content/prefill/protocol';
import { collect, formSignature } from '../../content/prefill/collect';
import { runRequest } from '../../content/prefill/run';

/** A fill request as the popup sends it: each item's field print taken from a fresh reading of the page. */
function fillRequest(items: { key: number; target: string; label: string; value: unknown }[], form: number | null = 0) {
  const byKey = new Map(collect(document, { layout: false }).fields.map((f) => [f.key, f]));
  return {
    type: 'fill', form,
    expect: { origin: location.origin, path: location.pathname, signature: form === null ? null : formSignature(document.forms[form]!) },
    items: items.map((i) => {
      const { tag, type, name, id, label, groupLabel, value, form: f } = byKey.get(i.key)!;
      return { ...i, field: { tag, type, name, id, label, groupLabel, value, form: f } };
    }),
  };
}

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
    scope[REQUEST_KEY] = fillRequest([{ key: 0, target: 'patient.firstName', label: 'First name', value: { text: 'Zephyrine' } }]);
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
    scope[REQUEST_KEY] = fillRequest([{ key: 0, target: 'referral.imaging', label: 'Imaging available: MRI', value: { checked: true } }]);
    const filled = await runRequest(document, scope, { layout: false });
    expect(filled.ok && filled.type === 'filled' && filled.requiredEmpty).toEqual(['Preferred contact']);
  });

  const TWO = [
    { key: 0, target: 'patient.firstName', label: 'First name', value: { text: 'Zephyrine' } },
    { key: 1, target: 'patient.email', label: 'Patient email', value: { text: 'z@example.com' } },
  ];
  const values = () => [...document.querySelectorAll('input')].map((i) => i.value);

  it.each<[string, (request: ReturnType<typeof fillRequest>) => void, RegExp]>([
    ['another path (a same-origin page, or pushState)', (r) => { r.expect = { ...r.expect, path: '/newsletter' }; }, /address is now/],
    ['another origin', (r) => { r.expect = { ...r.expect, origin: 'https://clinic.example' }; }, /another site/],
    ['the form’s action pointed elsewhere', () => { document.forms[0]!.action = 'https://elsewhere.example/collect'; }, /not the one the plan was made for/],
    ['a label changed to “Search this site”', () => { document.querySelector('label[for=e]')!.textContent = 'Search this site'; }, /“Patient email” is now labelled “Search this site”/],
    ['the form wrapped in display:none', () => {
      const wrap = document.createElement('div');
      wrap.style.display = 'none';
      document.forms[0]!.before(wrap);
      wrap.append(document.forms[0]!);
    }, /“First name” is now hidden \(display: none\)/],
    ['a field replaced by one with another name', () => { document.getElementById('e')!.setAttribute('name', 'q'); }, /not the field it was/],
  ])('writes nothing when the page changed since the plan: %s', async (_, change, reason) => {
    document.body.innerHTML = FORM;
    const request = fillRequest(TWO);
    change(request);
    scope[REQUEST_KEY] = request;
    const response = await runRequest(document, scope, { layout: false });
    expect(response).toEqual({ ok: true, type: 'changed', reason: expect.stringMatching(reason) });
    expect(values()).toEqual(['', '']);
  });

  it('fills when nothing changed but the values the page holds', async () => {
    document.body.innerHTML = FORM;
    const request = fillRequest(TWO);
    (document.getElementById('e') as HTMLInputElement).value = 'typed meanwhile';
    scope[REQUEST_KEY] = request;
    const response = await runRequest(document, scope, { layout: false });
    expect(response.ok && response.type === 'filled' && response.outcome.filled.length).toBe(2);
  });

  it('reports plainly when the page sends the form during Fill, and prevents nothing', async () => {
    document.body.innerHTML = FORM;
    const form = document.forms[0]!;
    let prevented: boolean | null = null;
    document.addEventListener('submit', (e) => { prevented = e.defaultPrevented; });
    document.getElementById('e')!.addEventListener('change', () => form.requestSubmit());
    scope[REQUEST_KEY] = fillRequest(TWO);
    const response = await runRequest(document, scope, { layout: false });
    expect(response.ok && response.type === 'filled' && [response.sent, response.outcome.filled.length]).toEqual(['submit', 2]);
    // The submission went ahead as the page meant it to: the filler only watched.
    expect(prevented).toBe(false);
  });

  it('a fill without a page change reports no submission and leaves no listener', async () => {
    document.body.innerHTML = FORM;
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    scope[REQUEST_KEY] = fillRequest(TWO);
    const response = await runRequest(document, scope, { layout: false });
    expect(response.ok && response.type === 'filled' && 'sent' in response).toBe(false);
    expect(add.mock.calls.length).toBeGreaterThan(0);
    expect(remove.mock.calls.map((c) => c.slice(0, 2))).toEqual(add.mock.calls.map((c) => c.slice(0, 2)));
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
