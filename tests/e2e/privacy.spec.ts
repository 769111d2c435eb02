import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

test('the settings page links to the privacy statement, shown inside the extension', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const opened = context.waitForEvent('page');
  await options.getByRole('link', { name: /privacy/ }).click();
  const page = await opened;
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What never leaves this computer' })).toBeVisible();
  // Plain words first: no storage-area names or CSP directives until the technical part is opened.
  const plain = await page.locator('.privacy').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelector('details')?.remove();
    return copy.textContent ?? '';
  });
  expect(plain).toContain('30 minutes');
  expect(plain).not.toMatch(/storage\.|connect-src|default-src|activeTab|scripting/);
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByText('Technical details').click();
  await expect(page.getByRole('table')).toContainText('storage.session');
  await expectNoAxeViolations(page);
});
