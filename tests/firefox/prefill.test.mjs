// Prefill in Firefox (issue 12, point 5): a fixture referral form is read, planned and filled by
// the Firefox build, as in Chromium's e2e tests. Run: npx wxt build -b firefox && node --test tests/firefox/prefill.test.mjs
//
// activeTab comes from the extension's toolbar action, triggered in Firefox's own browser window
// (through --remote-allow-system-access) by the same call Firefox makes for a click on the toolbar
// button or its keyboard shortcut: browserActionFor(extension).triggerAction(window). The popup
// that opens is then closed, and the Referral form view is opened as a tab for the form's tab id,
// as the Chromium tests do (shared/notes/extension-testing.md). No network: the form is served on
// loopback, and Firefox may connect nowhere else (MOZ_DISABLE_NONLOCAL_CONNECTIONS).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { GECKO_ID, inBrowserChrome, launchWithExtension, openExtensionPage, until } from './firefox.mjs';

const UUID = '9d3e6a2b-7c41-4f0e-b8d5-1a6c2e9f4b37';
const ORIGIN = `moz-extension://${UUID}`;
const FORM = 'gf25-referral.html';

/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {import('node:http').Server} */
let server;
let site = '';

before(async () => {
  // One fixture form, on loopback, on a free port.
  const html = readFileSync(path.resolve('tests/fixtures/forms', FORM));
  server = createServer((req, res) => {
    if (req.url === `/${FORM}`) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${server.address().port}`;
  browser = await launchWithExtension(UUID);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

const PATIENT = { firstName: 'Foxglove', lastName: 'Quillane', dob: '1971-03-09', phone: '(555) 201-3344', email: 'f.quillane@example.com', preferredContact: 'email', insurance: 'Aetna PPO' };
const REFERRER = { name: 'Alex Park', credentials: 'PT, DPT', practice: 'Riverside Physical Therapy', phone: '(555) 010-3000', fax: '(555) 010-3001', email: '', npi: '1234567893' };

test('Firefox: the toolbar action grants the form tab, and Prefill reads, plans and fills it without submitting', async () => {
  const form = await browser.newPage();
  await form.goto(`${site}/${FORM}`);
  await form.evaluate(() => { window.submits = 0; document.addEventListener('submit', () => { window.submits++; }, true); });

  // The extension's stores, seeded from one of its pages as it writes them itself.
  const seeder = await openExtensionPage(browser, ORIGIN, 'options.html');
  await seeder.evaluate(async ({ patient, referrer, origin }) => {
    await browser.storage.session.set({ patient: { v: 1, patient, lastUsed: Date.now() } });
    await browser.storage.local.set({
      profile: { v: 1, referrer, clinic: { name: 'ValorSpine', website: 'https://valorspine.com', phone: '(555) 010-2000', fax: '(555) 010-2001' } },
      prefill: { v: 1, origins: [origin], corrections: {} },
    });
  }, { patient: PATIENT, referrer: REFERRER, origin: site });
  await seeder.close();

  // The toolbar action on the form's tab, as a click would trigger it; the tab's id as the extension knows it.
  await form.bringToFront();
  const tabId = await inBrowserChrome(browser, `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
    const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(`${site}/${FORM}`)});
    win.gBrowser.selectedTab = tab;
    await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
    return extension.tabManager.getWrapper(tab).id;
  })()`);
  assert.equal(typeof tabId, 'number');

  const popup = await openExtensionPage(browser, ORIGIN, `popup.html?tabId=${tabId}&view=prefill`);
  const prefill = await until('the Prefill button', () => popup.$('button.primary::-p-text(Prefill form in this tab)'));
  await until('the patient details to load', () => popup.evaluate(() => document.querySelector('input[autocomplete="given-name"], #patient-firstName, input')?.value !== undefined));
  await prefill.click();
  const flowText = () => popup.$eval('.prefill-flow', (el) => el.textContent.replace(/\s+/g, ' '));
  const fillButton = await until('the fill plan', () => popup.$('section.plan button.primary'), 15_000)
    .catch(async (error) => assert.fail(`${error.message}; the popup says: ${await flowText()}`));
  const label = await fillButton.evaluate((el) => el.textContent.trim());
  assert.match(label, /^Fill \d+ fields$/, label);
  await fillButton.click();
  const status = await until('the fill report', async () => {
    const text = await popup.$eval('.flow-status', (el) => el.textContent);
    return /Filled \d+ field/.test(text) && text;
  }, 15_000);

  const values = await form.evaluate(() => Object.fromEntries(['input_1_1_3', 'input_1_1_6', 'input_1_3', 'input_1_4', 'input_1_8', 'input_1_11', 'input_1_12']
    .map((id) => [id, document.getElementById(id).value])));
  assert.deepEqual(values, {
    input_1_1_3: PATIENT.firstName, input_1_1_6: PATIENT.lastName, input_1_3: PATIENT.phone, input_1_4: PATIENT.email,
    input_1_8: REFERRER.name, input_1_11: REFERRER.npi, input_1_12: REFERRER.phone,
  }, `after "${status}"`);
  assert.equal(await form.evaluate(() => document.querySelector('#choice_1_5_1').checked), true, 'preferred contact: Email');
  assert.equal(await form.evaluate(() => window.submits), 0, 'never submitted');
  await popup.close();
  await form.close();
});
