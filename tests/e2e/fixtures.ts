import { test as base, expect, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionId, launchWithExtension } from '../../scripts/chromium';
import { PopupPage } from './pages/popup';

/** Records any request from any page that goes beyond the extension and the loopback fixture server. */
function watchEgress(context: BrowserContext): { requests: string[]; stop: () => void } {
  const requests: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const url = request.url();
    if (/^(chrome-extension|chrome|about|data|blob):/.test(url)) return;
    if (/^http:\/\/(127\.0\.0\.1|localhost):\d+\//.test(url)) return;
    requests.push(url);
  };
  context.on('request', onRequest);
  return { requests, stop: () => context.off('request', onRequest) };
}

/**
 * The worker's browser for one test (one launch saved, about 2.5 s): the test starts with the
 * extension's storage empty and ends with its tabs closed, and may make no network request.
 * For tests whose only state is the extension's storage and their own tabs.
 */
async function reuse(browser: BrowserContext, id: string, use: (context: BrowserContext) => Promise<void>) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    await Promise.all([c.storage.session.clear(), c.storage.local.clear(), c.storage.sync.clear()]);
  });
  await page.close();
  const egress = watchEgress(browser);
  await use(browser);
  egress.stop();
  // Keep one blank tab so the browser stays up between tests.
  const [first, ...rest] = browser.pages();
  for (const p of rest) await p.close();
  await first?.goto('about:blank');
  expect(egress.requests, 'requests from extension pages to the network').toEqual([]);
}

type TestFixtures = { freshBrowser: boolean; context: BrowserContext; popup: PopupPage };
type WorkerFixtures = { sharedBrowser: BrowserContext; extensionId: string };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  /** `test.use({ freshBrowser: false })`: the test runs in the worker's browser (see `reuse`). */
  freshBrowser: [true, { option: true }],
  /** A fresh browser profile per test, so storage never leaks from one test to the next. */
  context: async ({ freshBrowser, sharedBrowser, extensionId }, use) => {
    if (!freshBrowser) return reuse(sharedBrowser, extensionId, use);
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'spine-ext-'));
    const context = await launchWithExtension({ headless: true, userDataDir });
    // There must be no request to the network (the tests never click the source links, the only way out).
    const egress = watchEgress(context);
    await use(context);
    await context.close();
    expect(egress.requests, 'requests from extension pages to the network').toEqual([]);
    rmSync(userDataDir, { recursive: true, force: true });
  },
  popup: async ({ context, extensionId }, use) => use(await PopupPage.open(context, extensionId)),

  /** One browser per worker: it gives the extension's id, and hosts the tests that do not need a fresh one. */
  sharedBrowser: [async ({}, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'spine-ext-'));
    const context = await launchWithExtension({ headless: true, userDataDir });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }, { scope: 'worker' }],
  // An unpacked extension's id is derived from its folder's path, so every profile a worker launches
  // gets the same one: read it once (chrome://extensions-internals costs about 0.7 s a launch).
  extensionId: [async ({ sharedBrowser }, use) => use(await extensionId(sharedBrowser)), { scope: 'worker' }],
});

export { expect } from '@playwright/test';
