import type { BrowserContext } from '@playwright/test';
import { PrefillPopup, clickToolbarButton } from './pages/prefill';
import { seedReferral } from './referral-seed';
import { SITE } from './site';

/**
 * The Referral form tab showing its fill plan for a fixture form: storage seeded as the extension
 * stores it, the toolbar button clicked on the form's tab, then Prefill pressed.
 */
export async function openPlan(context: BrowserContext, extensionId: string, fixture = 'gf25-referral.html'): Promise<PrefillPopup> {
  await seedReferral(context, extensionId);
  const form = await context.newPage();
  await form.goto(`${SITE}/${fixture}`);
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await popup.plan.waitFor({ timeout: 6000 });
  return popup;
}
