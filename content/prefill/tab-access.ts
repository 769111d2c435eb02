import { browser } from 'wxt/browser';
import { REQUEST_KEY, type PrefillRequest } from './protocol';

/** What the popup needs from the browser to prefill; a plain interface so components can be tested. */
export interface TabAccess {
  /** The tab to fill: the active tab, or the one named in the popup's address (?tabId=, for tests). */
  target(): Promise<{ id: number; url: string | undefined } | null>;
  /** Sends one request to the tab's top frame and returns the raw answer (validated by the caller). */
  run(tabId: number, request: PrefillRequest): Promise<unknown>;
}

export function browserTabAccess(search: string): TabAccess {
  const fixed = Number(new URLSearchParams(search).get('tabId'));
  return {
    async target() {
      const tab = Number.isInteger(fixed) && fixed > 0
        ? await browser.tabs.get(fixed)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
    },
    async run(tabId, request) {
      // Two calls into the top frame only (frameIds [0]); both run in the isolated world.
      const target = { tabId, frameIds: [0] };
      await browser.scripting.executeScript({
        target,
        func: (key: string, value: unknown) => { (globalThis as Record<string, unknown>)[key] = value; },
        args: [REQUEST_KEY, request],
      });
      const [result] = await browser.scripting.executeScript({ target, files: ['/prefill.js'] });
      return result?.result;
    },
  };
}
