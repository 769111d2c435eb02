import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Reads the builds `npm run test:e2e` has just made for both browsers (no browser needed).
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
/** Every package the extension ships code from is a runtime dependency; each must be named, with its licence. */
const EXPECTED: Record<string, string> = { preact: 'MIT', zod: 'MIT', 'webextension-polyfill': 'MPL-2.0', uqr: 'MIT' };

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  test(`${dir} ships THIRD-PARTY-NOTICES.txt naming each bundled package and its licence (issue 9, point 13)`, () => {
    const text = readFileSync(`.output/${dir}/THIRD-PARTY-NOTICES.txt`, 'utf8');
    for (const [name, licence] of Object.entries(EXPECTED)) {
      const version = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version as string;
      expect(text, name).toContain(`${name} ${version}\nLicence: ${licence}`);
    }
    // Runtime dependencies are what ships: none may be missing (the polyfill wrapper is build-time wiring only).
    for (const name of Object.keys(pkg.dependencies).filter((n) => n !== '@wxt-dev/webextension-polyfill')) expect(text, name).toContain(`\n${name} `);
    // The licence texts themselves, not only their names.
    expect(text).toContain('Mozilla Public License Version 2.0');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
}

test('PRIVACY.md says what the browser keeps after a fill and how to remove it, and points to the notices', () => {
  const text = readFileSync('PRIVACY.md', 'utf8');
  expect(text).toMatch(/Session restore/);
  expect(text).toMatch(/close the tab/i);
  expect(text).toMatch(/autofill/i);
  expect(text).toMatch(/Autofill form data/);
  expect(text).toContain('THIRD-PARTY-NOTICES.txt');
  expect(text).toContain('`alarms`');
});
