import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

test('the settings page links to the privacy statement, shown inside the extension', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const opened = context.waitForEvent('page');
  await options.getByRole('link', { name: /privacy/ }).click();
  const page = await opened;
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await expect(page.getByText('nothing leaves your computer.')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('storage.session');
  await expectNoAxeViolations(page);
});
