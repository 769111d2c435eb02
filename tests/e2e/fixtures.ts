import { test as base, expect, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionId, launchWithExtension } from '../../scripts/chromium';
import { PopupPage } from './pages/popup';

/** A fresh browser profile per test, so storage never leaks from one test to the next. */
export const test = base.extend<{ context: BrowserContext; extensionId: string; popup: PopupPage }>({
  context: async ({}, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'spine-ext-'));
    const context = await launchWithExtension({ headless: true, userDataDir });
    // Any request from any page that goes beyond the extension and the loopback fixture server:
    // there must be none (the tests never click the source links, which are the only way out).
    const egress: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (/^(chrome-extension|chrome|about|data|blob):/.test(url)) return;
      if (/^http:\/\/(127\.0\.0\.1|localhost):\d+\//.test(url)) return;
      egress.push(url);
    });
    await use(context);
    await context.close();
    expect(egress, 'requests from extension pages to the network').toEqual([]);
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await extensionId(context)),
  popup: async ({ context, extensionId }, use) => use(await PopupPage.open(context, extensionId)),
});

export { expect } from '@playwright/test';
