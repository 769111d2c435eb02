import { describe, expect, it } from 'vitest';
import type { Collection } from '../../../content/prefill/field';
import { MESSAGES, isReadForm, planFlow, readForm, type ReadForm } from '../../../content/prefill/flow';
import type { TabAccess } from '../../../content/prefill/tab-access';
import { VALUES, field } from './records';

// Issue 12 point 4: a page whose forms are none of them a referral says what it has.
const login: Collection = {
  fields: [field({ key: 0, name: 'username', label: 'Username' }), field({ key: 1, type: 'password', name: 'password', label: 'Password' })],
  forms: [{ index: 0, id: '', signature: 'post /login log in login' }],
  frames: [],
};
const tab = (collection: Collection, timedOut: boolean): TabAccess => ({
  target: async () => ({ id: 3, url: 'https://clinic.example/login' }),
  run: async () => ({ ok: true, type: 'collected', collection, timedOut }),
});

describe('a page with forms but no referral form', () => {
  it('is read (not "no form appeared") even when the wait for a referral form ran out', async () => {
    const read = await readForm(tab(login, true), ['https://clinic.example']);
    expect(isReadForm(read)).toBe(true);
  });

  it('says which forms it has and that none is a referral form', () => {
    const flow = planFlow({ collection: login, origin: 'https://clinic.example', tabId: 3 } as ReadForm, VALUES, {});
    expect(flow).toEqual({ kind: 'message', message: 'This page has a login form, but no referral form, so nothing was filled.' });
  });

  it('names several kinds at once', () => {
    expect(MESSAGES.noForm([], ['search', 'newsletter'])).toBe('This page has a search / newsletter form, but no referral form, so nothing was filled.');
  });

  it.each([['address', 'an address form'], ['insurance eligibility', 'an insurance eligibility form'], ['login', 'a login form']])('says "%s" with its article', (kind, words) => {
    expect(MESSAGES.noForm([], [kind])).toBe(`This page has ${words}, but no referral form, so nothing was filled.`);
  });

  it('a settled page with no control at all (no wait): says no referral form was found, and how to retry', async () => {
    const read = await readForm(tab({ fields: [], forms: [], frames: [] }, false), ['https://clinic.example']);
    expect(isReadForm(read)).toBe(true);
    expect(planFlow(read as ReadForm, VALUES, {})).toEqual({
      kind: 'message', message: 'No referral form was found in this tab. If it is still loading, press Prefill again once it shows.',
    });
  });

  it('still says "no form appeared" when the page has no control at all after the wait', async () => {
    const read = await readForm(tab({ fields: [], forms: [], frames: [] }, true), ['https://clinic.example']);
    expect(!isReadForm(read) && read.kind === 'message' && read.message).toBe(MESSAGES.noFormInTime);
  });
});
