import type { BrowserContext } from '@playwright/test';
import { EMPTY_ANSWERS, type Answers } from '../../content/checklist/answers';
import { EMPTY_STATE } from '../../content/referral/checklist-state';
import { DEFAULT_PROFILE } from '../../content/referral/profile';
import { VALUES } from '../unit/prefill/records';
import { PrefillPopup, clickToolbarButton } from './pages/prefill';
import { SITE } from './site';

const answers: Answers = {
  ...EMPTY_ANSWERS, durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no', redFlagsScreened: true,
};
const patient = {
  firstName: VALUES.patient.firstName, lastName: VALUES.patient.lastName, dob: '1971-03-09', phone: VALUES.patient.phone,
  email: VALUES.patient.email, preferredContact: 'email', insurance: VALUES.patient.insurance,
};

/**
 * The Referral form tab showing its fill plan for a fixture form: storage seeded as the extension
 * stores it, the toolbar button clicked on the form's tab, then Prefill pressed.
 */
export async function openPlan(context: BrowserContext, extensionId: string, fixture = 'gf25-referral.html'): Promise<PrefillPopup> {
  const seed = await context.newPage();
  await seed.goto(`chrome-extension://${extensionId}/options.html`);
  await seed.evaluate(async ({ patient, checklist, profile, origins }) => {
    const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    await c.storage.session.set({ patient: { v: 1, patient, lastUsed: Date.now() }, checklist });
    await c.storage.local.set({ profile, prefill: { v: 1, origins, corrections: {} } });
  }, { patient, checklist: { ...EMPTY_STATE, answers, included: [] }, profile: { ...DEFAULT_PROFILE, referrer: { ...VALUES.referrer } }, origins: [SITE] });
  await seed.close();
  const form = await context.newPage();
  await form.goto(`${SITE}/${fixture}`);
  const popup = await PrefillPopup.open(context, extensionId, await clickToolbarButton(context, extensionId, form));
  await popup.prefill();
  await popup.plan.waitFor({ timeout: 6000 });
  return popup;
}
