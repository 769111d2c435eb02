/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../../content/prefill/collect';
import { readResponse } from '../../content/prefill/response-schema';

afterEach(() => { document.body.innerHTML = ''; });

const read = () => collect(document, { layout: false });
const byId = (id: string) => read().fields.find((f) => f.id === id)!;

describe('collect sends only what matching needs (issue 9, point 12)', () => {
  it('never reads the value of a password, a hidden input or a typed text field; only their presence', () => {
    document.body.innerHTML = `<form>
      <input type="hidden" id="csrf" name="csrf_token" value="s3cr3t-csrf-8f2a">
      <input type="hidden" id="vs" name="__VIEWSTATE" value="dDwtMTA4MTM2NjU2Ozs+">
      <label for="pw">Password</label><input type="password" id="pw" name="pw">
      <label for="fn">First name</label><input id="fn" name="fn">
      <input type="radio" id="r" name="contact" value="Email"><label for="r">Email</label>
      <input type="checkbox" id="c" name="t.1" value="Physical therapy"><label for="c">PT</label></form>`;
    (document.getElementById('pw') as HTMLInputElement).value = 'hunter2-typed';
    (document.getElementById('fn') as HTMLInputElement).value = 'Typed-by-hand';
    const text = JSON.stringify(read());
    for (const secret of ['s3cr3t-csrf-8f2a', 'dDwtMTA4MTM2NjU2Ozs+', 'hunter2-typed', 'Typed-by-hand']) expect(text).not.toContain(secret);
    expect([byId('csrf').filled, byId('pw').filled, byId('fn').filled, byId('vs').type]).toEqual([true, true, true, 'hidden']);
    // A choice's value is what it means ("Email"), and matching needs it.
    expect([byId('r').value, byId('c').value]).toEqual(['Email', 'Physical therapy']);
  });
});

describe('one oversize element never blocks the page (issue 9, point 7)', () => {
  const FORM = `<form id="gform_1">
    <label for="fn">First name</label><input id="fn" name="input_1">
    <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${'A'.repeat(12_000)}">
    <input type="checkbox" id="consent" name="consent"><label for="consent">${'I consent to the processing of my data. '.repeat(60)}</label>
    <label for="country">Country</label><select id="country" name="country">${Array.from({ length: 1200 }, (_, i) => `<option value="c${i}">Country ${i}</option>`).join('')}</select>
    <label for="ln">Last name</label><input id="ln" name="input_2"></form>`;

  // happy-dom builds a 1,200-option select slowly on a busy machine: a generous timeout, no timing asserted.
  it('the page’s answer passes the popup’s schema, with every field kept', { timeout: 30_000 }, () => {
    document.body.innerHTML = FORM;
    const collection = read();
    const answer = readResponse({ ok: true, type: 'collected', collection, timedOut: false });
    expect(answer).not.toBeNull();
    expect(answer!.ok && answer!.type === 'collected' && answer!.collection.fields.map((f) => f.id)).toEqual(['fn', '__VIEWSTATE', 'consent', 'country', 'ln']);
  });

  it('shortens an over-long label, and skips a huge option list with a reason', { timeout: 30_000 }, () => {
    document.body.innerHTML = FORM;
    const collection = read();
    const consent = collection.fields.find((f) => f.id === 'consent')!;
    expect(consent.label.length).toBeLessThanOrEqual(500);
    expect(consent.label.startsWith('I consent to the processing')).toBe(true);
    expect(collection.fields.find((f) => f.id === 'country')!.options).toEqual([]);
    expect(collection.notes).toContainEqual({ key: 3, label: 'Country', reason: expect.stringContaining('1200 options') });
  });

  it('one element that cannot be read is left out with a reason; the rest are kept', () => {
    document.body.innerHTML = '<form><label for="a">First name</label><input id="a"><label for="b">Last name</label><input id="b"></form>';
    // A page script can give one element a property that throws when read.
    Object.defineProperty(document.getElementById('a'), 'name', { get() { throw new Error('boom'); } });
    const collection = read();
    expect(collection.fields.map((f) => f.id)).toEqual(['b']);
    expect(collection.notes).toEqual([{ key: 0, label: 'a', reason: expect.stringContaining('could not be read') }]);
  });
});

describe('a field’s question comes before its first box (December corpus, Zoho page)', () => {
  it('the sub-label under the first box is not the question of the second', () => {
    document.body.innerHTML = `<form><ul><li class="zf-tempFrmWrapper zf-name"><label class="zf-labelName">Patient name</label>
      <div class="zf-tempContDiv zf-twoType"><div class="zf-nameWrapper">
        <span><input type="text" id="a" name="Name_First" maxlength="255"><label>First</label></span>
        <span><input type="text" id="b" name="Name_Last" maxlength="255"><label>Last</label></span>
      </div></div></li></ul></form>`;
    expect([byId('a').groupLabel, byId('b').groupLabel]).toEqual(['Patient name', 'Patient name']);
  });
});

describe('a label pointed at a group of options (corpus round 3, Ant Design)', () => {
  it('is the question of the unnamed options inside', () => {
    document.body.innerHTML = `<form><div class="ant-form-item"><div class="ant-form-item-label"><label for="g">Best way to reach the patient</label></div>
      <div id="g" class="ant-radio-group" role="radiogroup">
        <label class="ant-radio-wrapper"><span class="ant-radio"><input id="r1" type="radio" class="ant-radio-input" value="phone"></span><span>Phone call</span></label>
        <label class="ant-radio-wrapper"><span class="ant-radio"><input id="r2" type="radio" class="ant-radio-input" value="email"></span><span>Email</span></label>
      </div></div></form>`;
    expect([byId('r1').groupLabel, byId('r2').groupLabel, byId('r2').label]).toEqual(['Best way to reach the patient', 'Best way to reach the patient', 'Email']);
  });
});

describe('a plain line of words above a group of options (corpus round 4, Bootstrap 5)', () => {
  it('is the options’ question, so "Phone" and "Email" options are not taken for phone and email boxes', () => {
    document.body.innerHTML = `<form><div class="col-12"><p class="mb-1">Preferred contact method</p>
      <div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="contact_pref" id="p" value="option1"><label class="form-check-label" for="p">Phone</label></div>
      <div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="contact_pref" id="e" value="option2"><label class="form-check-label" for="e">Email</label></div>
    </div></form>`;
    expect([byId('p').groupLabel, byId('e').groupLabel]).toEqual(['Preferred contact method', 'Preferred contact method']);
  });
});

describe('corpus round 5: Tally and Salesforce captions', () => {
  it('a fieldset named by aria-labelledby (no legend) is its options’ question; a lone box takes the words before it', () => {
    document.body.innerHTML = `<form><h3 id="q">Which treatments has the patient tried?</h3>
      <fieldset aria-labelledby="q"><div><span>A</span><input type="checkbox" id="t1" name="tx"><label for="t1">Physical therapy</label></div>
      <div><span>B</span><input type="checkbox" id="t2" name="tx"><label for="t2">Injections</label></div></fieldset>
      MRI Completed:<input id="m" name="00N5j00000RfMri" type="checkbox" value="1"><br></form>`;
    expect([byId('t1').groupLabel, byId('t2').groupLabel, byId('m').label]).toEqual(['Which treatments has the patient tried?', 'Which treatments has the patient tried?', 'MRI Completed']);
  });
});
