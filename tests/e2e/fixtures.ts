import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PopupPage } from './pages/popup';

const EXTENSION_PATH = path.resolve('.output/chrome-mv3');

/** Debian's Chromium by default; set CHROMIUM_PATH for another build, or leave it to Playwright's own. */
function executablePath(): string | undefined {
  const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(wanted) ? wanted : undefined;
}

/**
 * The extension has no background script, so there is no service worker to read its id from.
 * chrome://extensions-internals lists every loaded extension with its path; match ours.
 */
async function findExtensionId(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto('chrome://extensions-internals');
  const entries = JSON.parse(await page.locator('body').innerText()) as { id: string; path: string }[];
  await page.close();
  const ours = entries.find((e) => path.resolve(e.path) === EXTENSION_PATH);
  if (!ours) throw new Error(`Extension at ${EXTENSION_PATH} is not loaded; loaded: ${entries.map((e) => e.path).join(', ')}`);
  return ours.id;
}

/** A fresh browser profile per test, so storage never leaks from one test to the next. */
export const test = base.extend<{ context: BrowserContext; extensionId: string; popup: PopupPage }>({
  context: async ({}, use) => {
    if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_PATH}: run "npx wxt build" first.`);
    }
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'spine-ext-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: executablePath(),
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        // This machine has no network: keep Chromium from trying to phone home.
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => use(await findExtensionId(context)),
  popup: async ({ context, extensionId }, use) => {
    const popup = await PopupPage.open(context, extensionId);
    await use(popup);
  },
});

export { expect } from '@playwright/test';
