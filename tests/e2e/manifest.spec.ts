import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Reads the manifests `npm run test:e2e` has just built for both browsers.
const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
const BROADER = ['host_permissions', 'optional_host_permissions', 'optional_permissions', 'content_scripts',
  'web_accessible_resources', 'externally_connectable', 'sandbox', 'oauth2', 'update_url'];
/**
 * The one background script: a worker (an event page in Firefox) that only keeps the 30-minute
 * limit on patient details with `alarms`, a permission without an install warning (issue 9).
 */
const BACKGROUND: Record<string, unknown> = { 'chrome-mv3': { service_worker: 'background.js' }, 'firefox-mv3': { scripts: ['background.js'] } };

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  test(`${dir} manifest asks only for activeTab, alarms, scripting and storage`, () => {
    const m = manifest(dir);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect(m.background).toEqual(BACKGROUND[dir]);
    for (const key of BROADER) expect(m, key).not.toHaveProperty(key);
    expect(m.action.default_popup).toBe('popup.html');
    const csp: string = m.content_security_policy.extension_pages;
    for (const directive of ["script-src 'self'", "object-src 'none'", "connect-src 'none'"]) expect(csp).toContain(directive);
  });
}

test('the Firefox build declares its id and that it collects no data', () => {
  const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
  expect(gecko.id).toMatch(/@/);
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});
