// Firefox smoke test: installs the Firefox build (.output/firefox-mv3) into Debian's Firefox ESR
// and proves its pages work there. `npm run test:firefox` builds first; FIREFOX_PATH picks
// another Firefox (default /usr/bin/firefox-esr).
//
// Runner: node's built-in test runner (`node --test`): no dependency beyond puppeteer-core, no
// TypeScript loader, and before/after hooks for one browser shared by four checks run in order.
//
// Firefox is driven by puppeteer-core over WebDriver BiDi. Three Firefox quirks shape this file,
// each seen on Firefox ESR 153:
//  1. BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context") unless
//     Firefox is started with --remote-allow-system-access.
//  2. BiDi ignores extension documents (Firefox bug 1755014): for them it sends no load events, so
//     page.goto() never resolves, and no console, error or network events, so puppeteer's
//     page.on('console' | 'pageerror' | 'request') would stay silent and prove nothing.
//     Instead: openExtensionPage() waits on the document itself, and three monitors outside the
//     page record what goes wrong (see "Monitors" below). A canary proves each one works.
//  3. The moz-extension UUID is random per profile. The pref extensions.webextensions.uuids
//     (add-on id -> UUID) fixes it at launch; the first check confirms it from inside the page.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { EXTENSION_PATH, GECKO_ID, inBrowserChrome, launchFirefox, openExtensionPage as openPage, until } from './firefox.mjs';

const UUID = '0b6f3c3e-5d2a-4c1b-9e7f-2a8d4f6b1c90'; // any fixed UUID will do
const ORIGIN = `moz-extension://${UUID}`;
const CANARY = 'firefox-smoke-canary';

/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {import('node:http').Server} */
let proxy;
let installed = false;

// Monitors:
/** Every request Firefox sent towards the network, as "METHOD target" (seen by the proxy). */
const requests = [];
/** Firefox's stdout and stderr, line by line: pages' console.error() calls are printed here. */
const output = [];
/** console.error() calls from any page (only extension pages are opened). */
const consoleErrors = () => output.filter((line) => line.startsWith('console.error:'));

/**
 * Errors that Firefox's console service (what the Browser Console lists) holds against extension
 * pages: uncaught errors, unhandled rejections, CSP violations and the like. It lives in the
 * browser's chrome window, which --remote-allow-system-access opens to BiDi; puppeteer has no API
 * for that, so these two BiDi commands go through puppeteer's own connection (`browser.connection`
 * of its BidiBrowser, outside puppeteer's public types: recheck it when upgrading puppeteer-core).
 */
async function scriptErrors() {
  return JSON.parse(await inBrowserChrome(browser, `JSON.stringify(Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError
      && !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag))
      && m.sourceName.startsWith(${JSON.stringify(ORIGIN)}))
    .map((m) => m.sourceName + ': ' + m.errorMessage))`));
}

before(async () => {
  // The recording proxy, on loopback: Firefox must send all HTTP and HTTPS (CONNECT) traffic here,
  // loopback included. It records each request and answers 502, so nothing reaches the network.
  proxy = createServer((req, res) => { requests.push(`${req.method} ${req.url}`); res.writeHead(502).end(); });
  proxy.on('connect', (req, socket) => { requests.push(`CONNECT ${req.url}`); socket.destroy(); });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = proxy.address().port;

  // launchFirefox (firefox.mjs) fixes the UUID (quirk 3), opens BiDi to extension pages and the
  // browser window (quirk 1, and scriptErrors()), and stops any non-loopback connection.
  browser = await launchFirefox(UUID, {
    // Pages' console messages to stdout; Firefox's own stay out.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': false,
    // All traffic through the recording proxy: no exceptions, no direct fallback, no DNS of its own.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    // Firefox's own background services off (puppeteer's profile already turns off updates,
    // safe browsing and data reporting).
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'geo.provider.network.url': '',
  });
  for (const stream of [browser.process().stdout, browser.process().stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      output.push(...lines);
    });
  }
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve()));
});

/** A new tab showing an extension page (see firefox.mjs), once the first test has installed the extension. */
async function openExtensionPage(pathAndQuery) {
  assert.ok(installed, 'The extension is not installed: see the first test.');
  return openPage(browser, ORIGIN, pathAndQuery);
}

test('the Firefox build installs, under the fixed moz-extension UUID', async () => {
  assert.equal(await browser.installExtension(EXTENSION_PATH), GECKO_ID);
  installed = true;
  const page = await openExtensionPage('popup.html');
  const seen = await page.evaluate(() => ({ id: browser.runtime.id, base: browser.runtime.getURL('') }));
  assert.deepEqual(seen, { id: GECKO_ID, base: `${ORIGIN}/` });
  await page.close();
});

test('popup: the checklist works, and answers go to storage.session only', async () => {
  const page = await openExtensionPage('popup.html');
  const outcome = () => page.$eval('#outcome-title', (el) => el.textContent);
  assert.match(await until('the outcome heading', outcome), /Not enough information/);
  assert.ok((await page.$$('input[type=radio][name=onset]')).length >= 2, 'the onset question renders');

  // A real click (BiDi input actions) on the option's label.
  await page.click('label ::-p-text(Recent strain or minor injury, expected to settle)');
  await until('"Physical therapy first"', async () => /Physical therapy first/.test(await outcome()));
  assert.equal(await page.$eval('input[name=onset]:checked', (el) => el.value), 'acute');

  // The answer is saved to storage.session (asynchronously, hence the wait) ...
  let session;
  await until('the answer in storage.session', async () => {
    session = await page.evaluate(() => browser.storage.session.get(null));
    return session.checklist?.answers?.onset === 'acute';
  }).catch((error) => assert.fail(`${error.message}; storage.session: ${JSON.stringify(session)}`));
  // ... and storage.local holds at most the settings (none are saved here), never an answer.
  const local = await page.evaluate(() => browser.storage.local.get(null));
  assert.deepEqual(Object.keys(local).filter((key) => key !== 'profile' && key !== 'prefill'), [], JSON.stringify(local));
  assert.doesNotMatch(JSON.stringify(local), /onset|acute|answers/);
  await page.close();
});

test('options, handouts and privacy pages render', async () => {
  const options = await openExtensionPage('options.html');
  assert.equal(await options.$eval('h1', (el) => el.textContent.trim()), 'Spine Referral Helper: settings');
  // Drawn by the page's script, not in the static HTML: the settings form.
  await until('the settings form', () =>
    options.$eval('#app', (el) => el.textContent.includes('Your name') && el.querySelectorAll('input').length > 5));
  await options.close();

  const handouts = await openExtensionPage('handouts.html?h=annular-tears');
  assert.equal(await handouts.$eval('h1', (el) => el.textContent.trim()), 'Spine Referral Helper: patient handouts');
  const article = await until('the annular-tears handout', () => handouts.$('article[data-handout="annular-tears"]'));
  assert.ok((await article.evaluate((el) => el.textContent.length)) > 500, 'the handout has its text');
  await handouts.close();

  const privacy = await openExtensionPage('privacy.html');
  assert.equal(await until('the privacy text', () => privacy.$eval('#app h1', (el) => el.textContent.trim())), 'Privacy');
  await privacy.close();
});

test('patient details past their 30 idle minutes are gone once another page loads (background alarm or page check)', async () => {
  const writer = await openExtensionPage('privacy.html');
  const stale = { v: 1, patient: { firstName: 'Firefoxcanary' }, lastUsed: Date.now() - 31 * 60 * 1000 };
  await writer.evaluate((r) => browser.storage.session.set({ patient: r }), stale);
  await writer.close();
  const options = await openExtensionPage('options.html');
  await until('the expired record to be gone', async () => !JSON.stringify(await options.evaluate(() => browser.storage.session.get(null))).includes('Firefoxcanary'));
  await options.close();
});

test('no console errors, script errors or network requests from any page', async () => {
  // First prove the monitors work: an extension page that logs an error and throws, and a tab
  // that asks for a page on the network, must show up in all three. (The extension pages' CSP,
  // default-src 'self', refuses any remote load from them, so the request canary comes from a
  // plain tab: it proves every request this Firefox makes reaches the proxy.) Once the canaries
  // are seen, whatever the earlier pages did has been seen too (same extension process, same
  // console service, same proxy).
  const page = await openExtensionPage('privacy.html');
  await page.evaluate((canary) => {
    console.error(canary);
    setTimeout(() => { throw new Error(canary); });
  }, CANARY);
  const probe = await browser.newPage();
  await probe.goto(`http://${CANARY}.invalid/image.png`, { timeout: 1 }).catch(() => undefined);
  const isCanary = (line) => line.includes(CANARY);
  await until('the canary console.error on stdout', () => consoleErrors().some(isCanary));
  await until('the canary error in the console service', async () => (await scriptErrors()).some(isCanary));
  await until('the canary request at the proxy', () => requests.some(isCanary));
  await probe.close();
  await page.close();

  assert.deepEqual(consoleErrors().filter((line) => !isCanary(line)), [], 'console.error() calls');
  assert.deepEqual((await scriptErrors()).filter((line) => !isCanary(line)), [], 'script errors');
  assert.deepEqual(requests.filter((line) => !isCanary(line)), [], 'network requests');
});
