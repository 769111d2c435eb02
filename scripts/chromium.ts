// Launching Chromium with the built extension: shared by `npm start` and the e2e tests.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');

/** Debian's Chromium by default (CHROMIUM_PATH to choose another); else Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
  const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(wanted) ? wanted : undefined;
}

export function assertBuilt(): void {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    // A wrong path is silently ignored by Chromium, and everything after it then hangs.
    throw new Error(`No built extension at ${EXTENSION_PATH}: run "npx wxt build" first.`);
  }
}

export async function launchWithExtension(opts: { headless: boolean; userDataDir?: string }): Promise<BrowserContext> {
  assertBuilt();
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'spine-ext-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable(),
    headless: opts.headless,
    viewport: { width: 800, height: 600 },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      // Keep Chromium itself quiet: no update checks or other background traffic.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * The extension has no background script, so there is no service worker to read its id from.
 * chrome://extensions-internals lists every loaded extension with its path; match ours.
 */
export async function extensionId(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto('chrome://extensions-internals');
  const entries = JSON.parse(await page.locator('body').innerText()) as { id: string; path: string }[];
  await page.close();
  const ours = entries.find((e) => path.resolve(e.path) === EXTENSION_PATH);
  if (!ours) throw new Error(`Extension at ${EXTENSION_PATH} is not loaded; loaded: ${entries.map((e) => e.path).join(', ')}`);
  return ours.id;
}
