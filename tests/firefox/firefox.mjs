// Shared by the Firefox tests: waiting on a condition, and opening an extension page. See
// smoke.test.mjs for the Firefox quirks (extension documents send WebDriver BiDi no load events).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { TimeoutError } from 'puppeteer-core';

export const EXTENSION_PATH = path.resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'spine-referral-helper@example.org';

/**
 * Headless Firefox ESR over WebDriver BiDi, with the extension's moz-extension UUID fixed to `uuid`
 * (it is random per profile otherwise), BiDi allowed into the browser window and extension pages
 * (--remote-allow-system-access), and no connection beyond loopback (Mozilla's own test switch).
 * `prefs` adds preferences. The extension is not installed yet: see `launchWithExtension`.
 */
export async function launchFirefox(uuid, prefs = {}) {
  assert.ok(existsSync(path.join(EXTENSION_PATH, 'manifest.json')), `No Firefox build at ${EXTENSION_PATH}: run "npx wxt build -b firefox" first.`);
  assert.ok(existsSync(FIREFOX), `No Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }), ...prefs },
  });
}

/** `launchFirefox` with the Firefox build installed. */
export async function launchWithExtension(uuid) {
  const browser = await launchFirefox(uuid);
  assert.equal(await browser.installExtension(EXTENSION_PATH), GECKO_ID);
  return browser;
}

/** Polls `probe` until it returns a truthy value, and returns it; fails with the last value seen. */
export async function until(what, probe, ms = 20_000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try { last = await probe(); } catch (error) { last = error; }
    if (last && !(last instanceof Error)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`Timed out waiting for ${what}; last seen: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
}

/**
 * A new tab showing an extension page, loaded and with its scripts run. goto() sends the navigate
 * command at once; only its wait for load events, which Firefox never sends for extension pages,
 * is cut short. Then it waits on the document itself.
 */
export async function openExtensionPage(browser, origin, pathAndQuery) {
  const page = await browser.newPage();
  const url = `${origin}/${pathAndQuery}`;
  await page.goto(url, { timeout: 1 }).catch((error) => { if (!(error instanceof TimeoutError)) throw error; });
  await until(`${url} to load`, () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 20_000);
  return page;
}

/** Runs `expression` in Firefox's privileged browser window (needs --remote-allow-system-access). */
export async function inBrowserChrome(browser, expression) {
  const bidi = browser.connection; // puppeteer's BiDi connection (outside its public types)
  const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const { result } = await bidi.send('script.evaluate', { target: { context: tree.contexts[0].context }, awaitPromise: true, expression });
  assert.equal(result.type, 'success', JSON.stringify(result));
  return result.result.value;
}
