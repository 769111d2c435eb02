/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { lateFormBudget, waitForForm } from '../../content/prefill/wait';

/** What many clinic pages carry before a referral form arrives: a site search and a newsletter sign-up. */
const CHROME = `
  <form role="search" class="search-form" action="/"><input type="search" name="s"><input type="submit" value="Search"></form>
  <form id="mc-embedded-subscribe-form" class="validate" action="https://example.us1.list-manage.com/subscribe/post">
    <input type="email" name="EMAIL"><input type="text" name="FNAME">
    <div style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="b_123_456" tabindex="-1"></div>
    <input type="submit" value="Subscribe" name="subscribe"></form>`;
const REFERRAL = `<form id="gform_5"><input name="input_1.3"><input name="input_1.6"><input type="tel" name="input_3"></form>`;

beforeEach(() => { document.body.innerHTML = ''; });

describe('waitForForm', () => {
  it('does not take a search box and a newsletter sign-up for the form', async () => {
    document.body.innerHTML = CHROME;
    expect(await waitForForm(document, 150)).toBe('timed-out');
  });

  it('waits past them for a referral form added later', async () => {
    document.body.innerHTML = CHROME;
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', REFERRAL), 50);
    // 'found' can only come from seeing the form: at the time limit the answer is 'timed-out'.
    expect(await waitForForm(document, 2000)).toBe('found');
  });

  it('knows a sign-up form by its id and button, as the planner does', async () => {
    document.body.innerHTML = '<form id="newsletter_form"><input name="a"><input name="b"><input name="c"><button>Sign-up</button></form>';
    expect(await waitForForm(document, 100)).toBe('timed-out');
  });

  it('answers at once when the form is already there', async () => {
    document.body.innerHTML = CHROME + REFERRAL;
    expect(await waitForForm(document, 0)).toBe('found');
  });
});

describe('lateFormBudget: how long a page may still add its form', () => {
  it.each([
    // loading, ms since load, limit, wait
    [true, Number.NaN, 3000, 3000], // still loading: the whole wait
    [true, 5000, 3000, 3000],
    [false, Number.NaN, 3000, 3000], // timing unknown: the whole wait (it only costs time)
    [false, 0, 3000, 3000], // just loaded
    [false, 1200, 3000, 1800], // what is left of the wait after the load event
    [false, 3000, 3000, 0], // loaded long enough ago: answered at once
    [false, 60_000, 3000, 0],
    [false, -5, 3000, 3000], // a clock that runs backwards never lengthens the wait
  ])('loading %s, %s ms after load, limit %s ms: waits %s ms', (loading, since, limit, wait) => {
    expect(lateFormBudget(loading, since, limit)).toBe(wait);
  });
});
