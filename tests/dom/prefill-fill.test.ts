/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { cut } from '../../content/prefill/field';
import { fill } from '../../content/prefill/fill';

const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;

/**
 * Mimics React's inputValueTracking: an instance property records values set from script, and
 * the change handler ignores input events whose value equals the recorded one.
 */
function reactLikeInput(): { input: HTMLInputElement; state: () => string } {
  const input = document.createElement('input');
  input.name = 'firstName';
  input.id = 'first';
  document.body.append(input);
  let tracked = '';
  let state = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() { return native.get!.call(this); },
    set(v: string) { tracked = String(v); native.set!.call(this, v); },
  });
  input.addEventListener('input', () => {
    const current = native.get!.call(input) as string;
    if (current !== tracked) { tracked = current; state = current; }
  });
  return { input, state: () => state };
}

const item = (key: number, text: string) => ({
  key, target: 'patient.firstName' as const, label: 'First', value: { text }, field: { tag: 'input' as const, name: 'firstName', id: 'first' },
});

beforeEach(() => { document.body.innerHTML = ''; });

describe('fill', () => {
  it('a plain assignment is lost on a React-style input (the case the native setter exists for)', () => {
    const { input, state } = reactLikeInput();
    input.value = 'Zephyrine';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state()).toBe('');
  });

  it('writes through the prototype setter so the framework state changes', () => {
    const { state } = reactLikeInput();
    expect(fill(document, [item(0, 'Zephyrine')])).toEqual({ filled: [{ key: 0, label: 'First' }], failed: [] });
    expect(state()).toBe('Zephyrine');
  });

  it('fires input, keyup and change, bubbling, and never submit', () => {
    document.body.innerHTML = '<form><input id="first" name="firstName"></form>';
    const seen: string[] = [];
    for (const type of ['input', 'keyup', 'change', 'submit', 'click']) document.addEventListener(type, (e) => seen.push(e.type));
    fill(document, [item(0, 'Z')]);
    expect(seen).toEqual(['input', 'keyup', 'change']);
  });

  it('ticks a checkbox by clicking it once, and leaves a ticked one alone', () => {
    document.body.innerHTML = '<input type="checkbox" id="pt" name="input_8.1"><input type="checkbox" id="esi" name="input_8.2" checked>';
    const tick = (key: number, id: string, name: string) =>
      ({ key, target: 'referral.treatments' as const, label: id, value: { checked: true as const }, field: { tag: 'input' as const, name, id } });
    const result = fill(document, [tick(0, 'pt', 'input_8.1'), tick(1, 'esi', 'input_8.2')]);
    expect(result.filled.map((f) => f.label)).toEqual(['pt', 'esi']);
    expect([...document.querySelectorAll('input')].map((i) => i.checked)).toEqual([true, true]);
  });

  it('reports a page that throws in its own listener, and a page that rewrites the value', () => {
    document.body.innerHTML = '<input id="first" name="firstName"><input id="b" name="b">';
    const [a, b] = document.querySelectorAll('input');
    a!.addEventListener('input', () => { throw new Error('page bug'); });
    b!.addEventListener('change', () => { native.set!.call(b, 'something else'); });
    const result = fill(document, [item(0, 'Z'), { ...item(1, 'Y'), field: { tag: 'input', name: 'b', id: 'b' } }]);
    // happy-dom rethrows a listener's error from dispatchEvent (browsers report it to onerror
    // instead and carry on); either way the fill goes on to the next field and says what happened.
    expect(result.failed).toEqual([
      { key: 0, label: 'First', reason: 'the page raised an error (page bug)' },
      { key: 1, label: 'First', reason: 'the page did not keep the value' },
    ]);
    expect(b!.value).toBe('something else');
  });
});

describe('fill never writes a value of the wrong kind, even when a plan asks it to', () => {
  it('types no text into a radio, ticks no text box, and leaves a select with no such option chosen as it was', () => {
    document.body.innerHTML = `
      <input type="radio" id="medicare" name="ins" value="Medicare">
      <input id="plan" name="plan">
      <select id="cred" name="cred"><option value="">Choose</option><option value="MD">MD</option><option value="PT">PT</option></select>`;
    document.querySelector<HTMLSelectElement>('#cred')!.value = 'PT';
    const at = (key: number, tag: 'input' | 'select', id: string, value: { text: string } | { checked: true }) =>
      ({ key, target: 'patient.insurance' as const, label: id, value, field: { tag, name: id === 'medicare' ? 'ins' : id, id } });
    const result = fill(document, [
      at(0, 'input', 'medicare', { text: 'Acme Health PPO' }),
      at(1, 'input', 'plan', { checked: true }),
      at(2, 'select', 'cred', { text: 'PT, DPT' }),
    ]);
    expect(result.filled).toEqual([]);
    expect(result.failed.map((f) => f.reason)).toEqual(['a choice can only be ticked', 'this field takes typed text', 'none of its options is the value any more']);
    const radio = document.querySelector<HTMLInputElement>('#medicare')!;
    expect([radio.value, radio.checked, document.querySelector<HTMLInputElement>('#plan')!.value, document.querySelector<HTMLSelectElement>('#cred')!.value])
      .toEqual(['Medicare', false, '', 'PT']);
  });

  it('finds a field whose name is longer than collect sends: its print holds the name cut as collect cut it', () => {
    const long = `input_${'x'.repeat(600)}`;
    document.body.innerHTML = `<input name="${long}" id="f">`;
    const result = fill(document, [{ ...item(0, 'Zephyrine'), field: { tag: 'input', name: cut(long), id: 'f' } }]);
    expect(result).toEqual({ filled: [{ key: 0, label: 'First' }], failed: [] });
  });
});
