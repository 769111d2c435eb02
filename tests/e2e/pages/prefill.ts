import { expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

type TargetInfo = { targetId: string; type: string; url: string };

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/** Runs an expression in a target Playwright does not expose as a Page (the real toolbar popup). */
async function evaluateIn(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  const answer = new Promise<unknown>((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
      if (message.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
      resolve(message.result?.result?.value);
    };
    cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
  } as never);
  return answer;
}

/**
 * Grants activeTab to `page` exactly as a click on the toolbar button does (CDP
 * Extensions.triggerAction opens the real popup), reads the tab's id from that popup, and
 * closes it. See shared/notes/extension-testing.md.
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page): Promise<number> {
  await page.bringToFront();
  const cdp = await context.browser()!.newBrowserCDPSession();
  const tab = (await targets(cdp)).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  let popup: TargetInfo | undefined;
  await expect.poll(async () => (popup = (await targets(cdp)).find((t) => t.url.startsWith(`chrome-extension://${extensionId}/popup.html`)))).toBeTruthy();
  const tabId = await evaluateIn(cdp, popup!.targetId, 'chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id)');
  await cdp.send('Target.closeTarget', { targetId: popup!.targetId } as never);
  await cdp.detach();
  return tabId as number;
}

/** The popup's Referral form tab, opened as a page for tab `tabId` (whose activeTab grant it uses). */
export class PrefillPopup {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId: number) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}&view=prefill`);
    await expect(page.getByRole('button', { name: 'Prefill form in this tab' })).toBeVisible();
    return new PrefillPopup(page);
  }

  async prefill() { await this.page.getByRole('button', { name: 'Prefill form in this tab' }).click(); }
  get plan() { return this.page.locator('section.plan'); }
  async confirm() { await this.plan.getByRole('button', { name: /^Fill \d+ fields?$/ }).click(); }
  get status() { return this.page.locator('.flow-status'); }
  get alert() { return this.page.locator('.prefill-flow [role=alert]'); }
}
