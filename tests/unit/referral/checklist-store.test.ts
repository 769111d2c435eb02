import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_ANSWERS } from '../../../content/checklist/answers';
import { EMPTY_STATE, MOVED_DEFICIT_NOTICE, RESET_NOTICE, type ChecklistState } from '../../../content/referral/checklist-state';
import { CHECKLIST_KEY, readOnlyChecklistStore, sessionChecklistStore as store } from '../../../content/referral/checklist-store';

const state: ChecklistState = { v: 2, answers: { ...EMPTY_ANSWERS, durationWeeks: 20, imaging: 'annular-tear' }, included: [], copied: null };

describe('sessionChecklistStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps answers in storage.session only', async () => {
    await store.save(state);
    expect(await store.load()).toEqual({ state });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [CHECKLIST_KEY]: state });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('discards damaged data with a notice and removes it', async () => {
    await fakeBrowser.storage.session.set({ [CHECKLIST_KEY]: { v: 1, answers: 'garbage' } });
    expect(await store.load()).toEqual({ state: EMPTY_STATE, notice: RESET_NOTICE });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('writes a state migrated from version 1 back at once, in the new shape', async () => {
    const v1 = {
      v: 1, included: [],
      answers: {
        durationWeeks: 30, onset: null, driver: null, ptCourse: null, ptWeeks: null, ptResponse: null, injections: null,
        imaging: null, priorSurgery: null, context: null, wishes: [], redFlags: [], redFlagsScreened: false,
        exclusions: ['excl.progressive-deficit'],
      },
    };
    await fakeBrowser.storage.session.set({ [CHECKLIST_KEY]: v1 });
    const restored = await store.load();
    expect(restored.notice).toBe(MOVED_DEFICIT_NOTICE);
    expect(restored.state.answers.redFlags).toEqual(['rf.progressive-deficit']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [CHECKLIST_KEY]: restored.state });
    expect(await store.load()).toEqual({ state: restored.state }); // v2 now: no notice the second time
  });

  it('the read-only store (the letter) migrates a version-1 state in memory and writes nothing, notice or not', async () => {
    const v1 = { v: 1, included: ['mri-report'], answers: {
      durationWeeks: 30, onset: null, driver: null, ptCourse: null, ptWeeks: null, ptResponse: null, injections: null,
      imaging: null, priorSurgery: null, context: null, wishes: [], redFlags: [], redFlagsScreened: true, exclusions: ['excl.progressive-deficit'],
    } };
    await fakeBrowser.storage.session.set({ [CHECKLIST_KEY]: v1 });
    const restored = await readOnlyChecklistStore.load();
    expect([restored.notice, restored.state.answers.redFlags]).toEqual([MOVED_DEFICIT_NOTICE, ['rf.progressive-deficit']]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ [CHECKLIST_KEY]: v1 });
  });

  it('reports changes from other windows in the order they happened, though reading a stored state waits for its schemas', async () => {
    const seen: (ChecklistState | 'removed')[] = [];
    const unwatch = store.watch!(({ restored, removed }) => seen.push(removed ? 'removed' : restored.state));
    // Another window saves answers, then clears them at once: the removal needs no schemas, the save does.
    await fakeBrowser.storage.onChanged.trigger({ [CHECKLIST_KEY]: { newValue: state } }, 'session');
    await fakeBrowser.storage.onChanged.trigger({ [CHECKLIST_KEY]: {} }, 'session');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    unwatch();
    expect(seen).toEqual([state, 'removed']);
  });

  it('does not pass on its own saves: the page already holds that state', async () => {
    const seen: unknown[] = [];
    const unwatch = store.watch!((change) => seen.push(change));
    await store.save(state);
    await new Promise((r) => setTimeout(r, 20));
    // Another window's save after it is still heard.
    await fakeBrowser.storage.onChanged.trigger({ [CHECKLIST_KEY]: { newValue: { ...state, included: [] } } }, 'session');
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    unwatch();
    expect(seen).toEqual([{ restored: { state: { ...state, included: [] } }, removed: false, fromHere: false }]);
  });

  it('clears', async () => {
    await store.save(state);
    await store.clear();
    expect(await store.load()).toEqual({ state: EMPTY_STATE });
  });
});
