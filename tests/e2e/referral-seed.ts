import type { BrowserContext } from '@playwright/test';
import { EMPTY_ANSWERS, type Answers } from '../../content/checklist/answers';
import { EMPTY_STATE } from '../../content/referral/checklist-state';
import { DEFAULT_PROFILE } from '../../content/referral/profile';
import { VALUES } from '../unit/prefill/records';
import { SITE } from './site';

/** A chronic case after a completed PT course, with a tear reported: what the prefill tests fill in. */
export const ANSWERS: Answers = {
  ...EMPTY_ANSWERS, durationWeeks: 20, onset: 'persistent', driver: 'disc', ptCourse: 'completed', ptWeeks: 10,
  ptResponse: 'no-improvement', injections: 'temporary', imaging: 'annular-tear', priorSurgery: 'no', redFlagsScreened: true,
};
export const PATIENT = {
  firstName: VALUES.patient.firstName, lastName: VALUES.patient.lastName, dob: '1971-03-09', phone: VALUES.patient.phone,
  email: VALUES.patient.email, preferredContact: 'email', insurance: VALUES.patient.insurance,
};
export const PROFILE = { ...DEFAULT_PROFILE, referrer: { ...VALUES.referrer } };

/**
 * Seeds storage the way the extension itself stores it, from one of its own pages: patient
 * details and checklist (session), profile and the clinic's form addresses (local).
 */
export async function seedReferral(context: BrowserContext, extensionId: string, origins: readonly string[] = [SITE]): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(async ({ patient, checklist, profile, origins }) => {
    const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    await c.storage.session.set({ patient: { v: 1, patient, lastUsed: Date.now() }, checklist });
    await c.storage.local.set({ profile, prefill: { v: 1, origins, corrections: {} } });
  }, { patient: PATIENT, checklist: { ...EMPTY_STATE, answers: ANSWERS, included: [] }, profile: PROFILE, origins });
  await page.close();
}
