import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The toolbar popup, opened as a tab (chrome-extension://ID/popup.html). */
export class PopupPage {
  private constructor(readonly page: Page, readonly extensionId: string) {}

  static async open(context: BrowserContext, extensionId: string, viewport = { width: 800, height: 600 }) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    // Extension origins cannot be named here; granting to all origins covers the popup page.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.locator('#outcome-title')).toBeVisible();
    return new PopupPage(page, extensionId);
  }

  get outcome(): Locator { return this.page.locator('#outcome-title'); }
  reason(id: string): Locator { return this.page.locator(`#outcome [data-criterion="${id}"]`); }
  async reasonIds(): Promise<string[]> {
    await this.page.locator('#outcome .outcome-reasons[data-ready]').waitFor({ state: 'attached' }); // loads just after the headline
    return this.page.locator('#outcome ul.reasons').first().locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion') ?? ''));
  }

  async choose(label: string | RegExp) { await this.page.getByLabel(label, { exact: typeof label === 'string' }).check(); }
  async weeks(label: RegExp, value: string) { await this.page.getByLabel(label).fill(value); }

  /** Copies the referral note (the button kept its old method name for the other specs). */
  async copySummary(): Promise<string> {
    await this.page.getByRole('button', { name: 'Copy referral note' }).click();
    await expect(this.page.getByText('Referral note copied')).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async clear() { await this.page.getByRole('button', { name: 'Clear' }).click(); }

  /** Opens the history details (loaded on first opening) and one of its groups. */
  async openHistory(group: RegExp) {
    const more = this.page.locator('details.more-history');
    if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator('summary').click();
    const g = this.page.locator('details.history-group').filter({ has: this.page.locator('summary', { hasText: group }) });
    if (!(await g.evaluate((d) => (d as HTMLDetailsElement).open))) await g.locator('summary').click();
  }

  /** Everything the extension holds in each storage area, as seen from its own page. */
  storage(area: 'session' | 'local' | 'sync'): Promise<Record<string, unknown>> {
    return this.page.evaluate((a) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage[a].get(null), area);
  }
}
