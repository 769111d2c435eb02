/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../../content/prefill/collect';
import { visibilityCheck } from '../../content/prefill/visibility';

afterEach(() => { document.body.innerHTML = ''; });

/** The reason for each input in the body, by id, from one check (so ancestors are shared). */
function reasons(html: string): Record<string, string | null> {
  document.body.innerHTML = html;
  const hidden = visibilityCheck(document, { layout: false });
  return Object.fromEntries([...document.querySelectorAll('input')].map((el) => [el.id, hidden(el)]));
}

describe('visibilityCheck (styles; happy-dom has no layout)', () => {
  it.each<[string, string, string | null]>([
    ['plain', '<input id="a">', null],
    ['own display: none', '<input id="a" style="display:none">', 'display: none'],
    ['display: none two levels up', '<div style="display:none"><p><input id="a"></p></div>', 'display: none'],
    ['visibility: hidden inherited', '<div style="visibility:hidden"><input id="a"></div>', 'visibility: hidden'],
    ['visibility: visible under a hidden parent', '<div style="visibility:hidden"><input id="a" style="visibility:visible"></div>', null],
    ['nearly transparent ancestor', '<div style="opacity:0.05"><span><input id="a"></span></div>', 'transparent'],
    ['faint but visible ancestor', '<div style="opacity:0.5"><input id="a"></div>', null],
    ['aria-hidden container', '<div aria-hidden="true"><input id="a"></div>', 'aria-hidden'],
    ['inert container', '<div inert><input id="a"></div>', 'hidden attribute'],
    ['Gravity Forms honeypot', '<div class="gform_validation_container"><input id="a"></div>', 'a honeypot trap for bots'],
    ['opacity 0.3 inside 0.3 (0.09, under the 0.2 threshold)', '<div style="opacity:0.3"><div style="opacity:0.3"><input id="a"></div></div>', 'transparent'],
    ['0.5 inside 0.5 (0.25) still visible', '<div style="opacity:0.5"><div style="opacity:0.5"><input id="a"></div></div>', null],
    ['inside a closed <details>', '<details><summary>More</summary><input id="a"></details>', 'inside a closed <details>'],
    ['inside an open <details>', '<details open><summary>More</summary><input id="a"></details>', null],
    ['in the summary of a closed <details>', '<details><summary><input id="a"></summary><p>More</p></details>', null],
  ])('%s', (_, html, reason) => {
    expect(reasons(html).a).toBe(reason);
  });

  it('answers each control for itself when controls share ancestors', () => {
    // The check remembers each wrapper's style once; a visible sibling wrapper must not inherit
    // a hidden one's answer, in either order.
    expect(reasons(`
      <form>
        <div style="opacity:0"><input id="t1"><input id="t2"></div>
        <div><input id="v1"></div>
        <div style="display:none"><div><input id="t3"></div></div>
        <input id="v2">
      </form>`)).toEqual({ t1: 'transparent', t2: 'transparent', v1: null, t3: 'display: none', v2: null });
  });

  // happy-dom is slow on deep trees on a busy machine: a generous timeout, no timing asserted.
  it('copes with a control nested a thousand elements deep (happy-dom itself recurses deeper)', { timeout: 60_000 }, () => {
    const depth = 1000;
    document.body.innerHTML = `${'<div>'.repeat(depth)}<input id="deep">${'</div>'.repeat(depth)}`;
    const hidden = visibilityCheck(document, { layout: false });
    expect(hidden(document.getElementById('deep')!)).toBeNull();
    (document.body.firstElementChild as HTMLElement).style.display = 'none';
    expect(visibilityCheck(document, { layout: false })(document.getElementById('deep')!)).toBe('display: none');
  });
});

describe('collect: labels and label text', () => {
  it('finds every <label> of a control, by for= and by nesting, in document order, without their markers', () => {
    document.body.innerHTML = `
      <label for="n">Patient <span class="gfield_required">*</span> name</label>
      <label>Also <input id="n"> called</label>
      <label for="other">Other</label><input id="other">`;
    const { fields } = collect(document, { layout: false });
    expect(fields.map((f) => f.label)).toEqual(['Patient name Also called', 'Other']);
  });

  it('gives each control the last section heading before it, including none before the first', () => {
    document.body.innerHTML = `
      <input id="before">
      <h2 class="gsection_title">Patient <span class="gfield_required">*</span></h2>
      <input id="p1"><input id="p2">
      <h3>Referring provider</h3><h4>Contact</h4>
      <input id="r1">`;
    const { fields } = collect(document, { layout: false });
    expect(fields.map((f) => [f.id, f.section])).toEqual([['before', ''], ['p1', 'Patient'], ['p2', 'Patient'], ['r1', 'Contact']]);
  });

  it('takes no heading from outside a control’s own form as its section', () => {
    document.body.innerHTML = `
      <h2>Emergency? Call 911</h2>
      <form><input id="f1"><h3 class="gsection_title">Referring provider</h3><input id="f2"></form>`;
    const { fields } = collect(document, { layout: false });
    expect(fields.map((f) => [f.id, f.section])).toEqual([['f1', ''], ['f2', 'Referring provider']]);
  });
});
