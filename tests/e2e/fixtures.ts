import { test as base, type BrowserContext } from '@playwright/test';
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
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await extensionId(context)),
  popup: async ({ context, extensionId }, use) => use(await PopupPage.open(context, extensionId)),
});

export { expect } from '@playwright/test';
