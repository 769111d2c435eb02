import { describe, expect, it } from 'vitest';
import type { Collection } from '../../../content/prefill/field';
import { MESSAGES, fillFlow, isReadForm, planFlow, readForm, type Flow, type PlanFlow, type ReadForm } from '../../../content/prefill/flow';
import type { PrefillRequest } from '../../../content/prefill/protocol';
import type { TabAccess } from '../../../content/prefill/tab-access';
import { VALUES, field } from './records';

const CLINIC = 'https://clinic.example';

/** A tab that answers every request with `answer` (or throws it), and records what it was sent. */
function fakeTab(answer: unknown, opts: { url?: string; target?: 'none' | 'throws'; runThrows?: boolean; id?: number; urlAfterRun?: string } = {}) {
  const sent: PrefillRequest[] = [];
  let url = opts.url ?? `${CLINIC}/refer`;
  const tabs: TabAccess = {
    target: async () => {
      if (opts.target === 'throws') throw new Error('no tab');
      return opts.target === 'none' ? null : { id: opts.id ?? 7, url };
    },
    run: async (_id, request) => {
      sent.push(request);
      if (opts.urlAfterRun) url = opts.urlAfterRun;
      if (opts.runThrows) throw new Error('Cannot access contents of the page');
      return answer;
    },
  };
  return { tabs, sent };
}

const referralForm: Collection = {
  fields: [
    field({ key: 0, name: 'input_1.3', id: 'input_1_3', label: 'First', groupLabel: 'Patient name' }),
    field({ key: 1, name: 'input_1.6', id: 'input_1_6', label: 'Last', groupLabel: 'Patient name' }),
  ],
  forms: [{ index: 0, id: 'gform_1', signature: 'gform_1 submit referral' }],
  frames: [],
};
const collected = (collection: Collection, timedOut = false) => ({ ok: true, type: 'collected', collection, timedOut });
const messageOf = (r: ReadForm | Flow) => (!isReadForm(r) && r.kind === 'message' ? r.message : r);

describe('readForm', () => {
  it.each<[string, ReturnType<typeof fakeTab>, unknown]>([
    ['no tab', fakeTab(null, { target: 'none' }), MESSAGES.noAccess],
    ['the tab lookup fails', fakeTab(null, { target: 'throws' }), MESSAGES.noAccess],
    ['a browser page', fakeTab(null, { url: 'chrome://extensions' }), MESSAGES.notWebPage],
    ['another site', fakeTab(null, { url: 'https://shop.example/cart' }), MESSAGES.notClinicForm('https://shop.example')],
    ['a plain http page', fakeTab(null, { url: 'http://valorspine.com/refer' }), MESSAGES.notSecure('http://valorspine.com')],
    ['the injection is refused', fakeTab(null, { runThrows: true }), MESSAGES.noAccess],
    ['an answer that fails the schema', fakeTab({ ok: true, type: 'collected', collection: 'lots' }), MESSAGES.badAnswer],
    ['an answer of the wrong kind', fakeTab({ ok: true, type: 'filled', outcome: { filled: [], failed: [] }, requiredEmpty: [] }), MESSAGES.badAnswer],
    ['the script reports an error', fakeTab({ ok: false, error: 'The page is still loading.' }), 'The page is still loading.'],
    ['no form within the wait', fakeTab(collected({ fields: [], forms: [], frames: [] }, true)), MESSAGES.noFormInTime],
  ])('%s: a message, nothing read', async (_, { tabs }, expected) => {
    expect(messageOf(await readForm(tabs, [CLINIC]))).toBe(expected);
  });

  it('offers to add the refused page (its path, not the whole site) as the form address, and never asks that tab for anything', async () => {
    const { tabs, sent } = fakeTab(null, { url: 'https://forms.other.example/refer/?step=1#top' });
    expect(await readForm(tabs, [CLINIC])).toEqual({ kind: 'message', message: MESSAGES.notClinicForm('https://forms.other.example'), addAddress: 'https://forms.other.example/refer' });
    expect(sent).toEqual([]);
  });

  it('reads the clinic form: one collect request, waiting up to 3 seconds', async () => {
    const { tabs, sent } = fakeTab(collected(referralForm));
    expect(await readForm(tabs, [CLINIC])).toEqual({ collection: referralForm, origin: CLINIC, tabId: 7, url: `${CLINIC}/refer` });
    expect(sent).toEqual([{ type: 'collect', waitMs: 3000 }]);
  });

  it('a timed-out read that found a cross-origin frame still goes on, to say where the form is', async () => {
    const framed = { fields: [], forms: [], frames: ['https://forms.vendor.example'] };
    const read = await readForm(fakeTab(collected(framed, true)).tabs, [CLINIC]);
    expect(isReadForm(read)).toBe(true);
    expect(planFlow(read as ReadForm, VALUES, {})).toEqual({ kind: 'message', message: MESSAGES.noForm(['https://forms.vendor.example']) });
  });
});

describe('planFlow', () => {
  const read: ReadForm = { collection: referralForm, origin: CLINIC, tabId: 7 };

  it('plans the referral form', () => {
    const flow = planFlow(read, VALUES, {});
    expect(flow.kind).toBe('plan');
    expect((flow as PlanFlow).plan.fill.map((i) => [i.key, i.value])).toEqual([[0, { text: VALUES.patient.firstName }], [1, { text: VALUES.patient.lastName }]]);
    expect((flow as PlanFlow).form).toBe(read);
  });

  it('applies the corrections it is given', () => {
    const flow = planFlow(read, VALUES, { input_1_3: 'none' }) as PlanFlow;
    expect(flow.plan.fill.map((i) => i.key)).toEqual([1]);
  });

  it('names the controls the page could not send in full among the fields left empty, with the reason', () => {
    const note = { key: 5, label: 'Country', reason: 'it offers 1200 options, too many to read safely' };
    const flow = planFlow({ ...read, collection: { ...referralForm, notes: [note] } }, VALUES, {}) as PlanFlow;
    expect(flow.plan.skip).toContainEqual({ ...note, required: false });
    expect(flow.plan.fill.map((i) => i.key)).toEqual([0, 1]);
  });

  it('a page with no form says so', () => {
    expect(planFlow({ ...read, collection: { fields: [], forms: [], frames: [] } }, VALUES, {})).toEqual({ kind: 'message', message: MESSAGES.noForm([]) });
  });
});

describe('fillFlow', () => {
  const plan = planFlow({ collection: referralForm, origin: CLINIC, tabId: 7, url: `${CLINIC}/refer#top` }, VALUES, {}) as PlanFlow;
  const filled = { ok: true, type: 'filled', outcome: { filled: [{ key: 0, label: 'First' }], failed: [{ key: 1, label: 'Last', reason: 'the page did not keep the value' }] }, requiredEmpty: ['Phone'] };

  it('sends the confirmed items with each field’s print and the page expected, and reports the outcome', async () => {
    const { tabs, sent } = fakeTab(filled, { url: `${CLINIC}/refer#later` });
    expect(await fillFlow(tabs, plan)).toEqual({
      kind: 'done', filled: 1, failed: [{ key: 1, label: 'Last', reason: 'the page did not keep the value' }],
      skipped: plan.plan.skip, requiredEmpty: ['Phone'], attach: plan.plan.attach,
    });
    expect(sent).toEqual([{
      type: 'fill', form: 0, expect: { origin: CLINIC, path: '/refer', signature: 'gform_1 submit referral' },
      items: plan.plan.fill.map((i) => {
        const f = referralForm.fields[i.key]!;
        return { ...i, field: { tag: 'input', type: 'text', name: f.name, id: f.id, label: f.label, groupLabel: 'Patient name', value: '', form: 0 } };
      }),
    }]);
  });

  it.each<[string, ReturnType<typeof fakeTab>]>([
    ['the tab moved to another page on the same site', fakeTab(filled, { url: `${CLINIC}/newsletter` })],
    ['the page used pushState to another path', fakeTab(filled, { url: `${CLINIC}/refer/thanks` })],
    ['the tab is on another site', fakeTab(filled, { url: 'https://elsewhere.example/refer' })],
    ['another tab is in front', fakeTab(filled, { id: 8 })],
    ['the tab cannot be looked up', fakeTab(filled, { target: 'throws' })],
  ])('%s: checked before sending, nothing sent', async (_, { tabs, sent }) => {
    expect(await fillFlow(tabs, plan)).toEqual({ kind: 'message', message: MESSAGES.pageChanged });
    expect(sent).toEqual([]);
  });

  it('the page changed under the plan: says so, with what changed', async () => {
    const { tabs } = fakeTab({ ok: true, type: 'changed', reason: '“Patient name: First” is now labelled “Search this site”' });
    expect(await fillFlow(tabs, plan)).toEqual({
      kind: 'message', message: `${MESSAGES.pageChanged} (What changed: “Patient name: First” is now labelled “Search this site”.)`,
    });
  });

  it('the page sent the form during Fill: says so, and never asks the user to press Submit', async () => {
    const flow = await fillFlow(fakeTab({ ...filled, sent: 'submit' }).tabs, plan);
    expect(flow).toEqual({ kind: 'message', message: MESSAGES.sentDuringFill(1) });
    expect(MESSAGES.sentDuringFill(1)).toMatch(/^The page sent the form while it was being filled \(1 field was filled by then\)\./);
    expect(JSON.stringify(flow)).not.toMatch(/Submit/);
  });

  it('the page left before the script could answer (the form was sent): says so', async () => {
    const { tabs } = fakeTab(undefined, { urlAfterRun: `${CLINIC}/refer?input_1=Zephyrine` });
    expect(await fillFlow(tabs, plan)).toEqual({ kind: 'message', message: MESSAGES.sentDuringFill(null) });
  });

  it.each<[string, ReturnType<typeof fakeTab>, string]>([
    ['refused', fakeTab(null, { runThrows: true }), MESSAGES.noAccess],
    ['garbage', fakeTab({ ok: true, type: 'filled' }), MESSAGES.badAnswer],
    ['the wrong kind of answer', fakeTab(collected(referralForm)), MESSAGES.badAnswer],
    ['an error from the script', fakeTab({ ok: false, error: 'The form changed; nothing was filled.' }), 'The form changed; nothing was filled.'],
  ])('%s: a message instead of a report', async (_, { tabs }, expected) => {
    expect(await fillFlow(tabs, plan)).toEqual({ kind: 'message', message: expected });
  });
});
