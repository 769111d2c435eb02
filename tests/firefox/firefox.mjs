// Shared by the Firefox tests: waiting on a condition, and opening an extension page. See
// smoke.test.mjs for the Firefox quirks (extension documents send WebDriver BiDi no load events).
import assert from 'node:assert/strict';
import { TimeoutError } from 'puppeteer-core';

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
