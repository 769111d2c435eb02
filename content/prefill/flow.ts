import type { Collection } from './field';
import { buildPlan, type Corrections, type Plan } from './match';
import { checkTab, normaliseAddress } from './origin';
import type { PrefillRequest, PrefillResponse } from './protocol';
import { readResponse } from './response-schema';
import type { TabAccess } from './tab-access';
import type { ReferralValues } from './targets';

/**
 * The prefill flow as steps that each end in one state for the popup to show: read the form in
 * the tab (only if its address is the clinic's form), plan the fill, fill what the user confirmed.
 * No DOM and no browser here: the tab is reached through TabAccess, so every branch is tested
 * with a plain fake.
 */
export type Flow =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly message: string }
  /** `addAddress`: the refused page's own address (origin and path), offered to the user to allow. */
  | { readonly kind: 'message'; readonly message: string; readonly addAddress?: string }
  | { readonly kind: 'plan'; readonly plan: Plan; readonly form: ReadForm }
  | {
      readonly kind: 'done'; readonly filled: number; readonly failed: readonly { label: string; reason: string }[];
      readonly skipped: Plan['skip']; readonly requiredEmpty: readonly string[]; readonly attach: readonly string[];
    };
export type PlanFlow = Extract<Flow, { kind: 'plan' }>;

/** A form read from a tab: what was collected, from which origin and tab. */
export interface ReadForm {
  readonly collection: Collection;
  readonly origin: string;
  readonly tabId: number;
  /** The tab's address when the form was read (its path and query matter to Fill's checks). */
  readonly url?: string;
}

/** How long the script waits for a form the page adds after load. */
const COLLECT_WAIT_MS = 3000;
const WAIT_SECONDS = COLLECT_WAIT_MS / 1000;

/** "a login form", "an address form". */
const article = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;

export const MESSAGES = {
  reading: `Reading the form in this tab (up to ${WAIT_SECONDS} seconds)…`,
  filling: 'Filling…',
  noAccess: 'The browser did not allow access to this tab. With the form open, click the extension’s toolbar button, then try again.',
  badAnswer: 'The page sent back something unexpected, so nothing was filled.',
  notWebPage: 'This tab is not a web page that can be prefilled.',
  notSecure: (origin: string) => `This tab (${origin}) is a plain http page. Prefill works only on secure (https) pages, so nothing was read.`,
  notClinicForm: (origin: string) => `This tab (${origin}) is not set as the clinic’s referral form, so nothing was read.`,
  noFormInTime: `No form appeared on this page within ${WAIT_SECONDS} seconds, so nothing was filled.`,
  pageChanged: 'The page changed since the plan was made; read it again.',
  redFlag: 'The checklist shows a red flag: this patient needs emergency or urgent medical care, not a referral through the clinic’s web form, so nothing was read or filled. If the red flag was ticked by mistake, correct the checklist first.',
  sentDuringFill: (filled: number | null) =>
    `The page sent the form while it was being filled${filled === null ? '' : ` (${filled} field${filled === 1 ? ' was' : 's were'} filled by then)`}. `
    + 'It may have reached the clinic incomplete: look at the page, and contact the clinic if it did.',
  noForm: (frames: readonly string[], others: readonly string[] = []) =>
    `${others.length ? `This page has ${others.length === 1 && others[0] === 'other' ? 'a form' : article(`${others.filter((k) => k !== 'other').join(' / ')} form`)}, but no referral form, so nothing was filled.` : 'No referral form was found in this tab. If it is still loading, press Prefill again once it shows.'}${frames.length ? ` The form seems to be embedded from ${frames.join(', ')}: open it directly and try again.` : ''}`,
} as const;

const message = (text: string, addAddress?: string): Flow => (addAddress ? { kind: 'message', message: text, addAddress } : { kind: 'message', message: text });

/** One request to the tab; a refused injection is 'no-access', an answer that fails the schema null. */
async function send(tabs: TabAccess, tabId: number, request: PrefillRequest): Promise<PrefillResponse | null | 'no-access'> {
  try {
    return readResponse(await tabs.run(tabId, request));
  } catch {
    return 'no-access';
  }
}

/** Reads the form in the target tab, if the tab's address is one of the clinic's form origins. */
export async function readForm(tabs: TabAccess, origins: readonly string[]): Promise<ReadForm | Flow> {
  const tab = await tabs.target().catch(() => null);
  if (!tab) return message(MESSAGES.noAccess);
  const gate = checkTab(tab.url, origins);
  if (!gate.allowed) {
    if (gate.reason === 'not-a-web-page' || !gate.origin) return message(MESSAGES.notWebPage);
    if (gate.reason === 'not-secure') return message(MESSAGES.notSecure(gate.origin));
    // The offer is this page's address (its path, not the whole site): least privilege, and a
    // form's pages under that path stay allowed. The site as a whole can be typed in settings.
    const page = normaliseAddress(tab.url ?? '');
    return message(MESSAGES.notClinicForm(gate.origin), page.ok ? page.address : gate.origin);
  }
  const answer = await send(tabs, tab.id, { type: 'collect', waitMs: COLLECT_WAIT_MS });
  if (answer === 'no-access') return message(MESSAGES.noAccess);
  if (!answer) return message(MESSAGES.badAnswer);
  if (!answer.ok) return message(answer.error);
  if (answer.type !== 'collected') return message(MESSAGES.badAnswer);
  // A page with forms that are none of them a referral (a login, a search) gets that said by the plan step.
  if (answer.timedOut && answer.collection.frames.length === 0 && answer.collection.fields.length === 0) return message(MESSAGES.noFormInTime);
  return { collection: answer.collection, origin: gate.origin!, tabId: tab.id, url: tab.url };
}

export const isReadForm = (r: ReadForm | Flow): r is ReadForm => 'collection' in r;

/** The plan for a form that was read, or a message when the page holds no referral form. */
export function planFlow(form: ReadForm, values: ReferralValues, corrections: Corrections): Flow {
  const built = buildPlan(form.collection, values, corrections);
  // Controls the page could not send in full (a huge option list, an element that failed its
  // check) are named with the reason, among the fields left empty on purpose.
  const planned = new Set([...built.fill, ...built.skip].map((x) => x.key));
  const notes = (form.collection.notes ?? []).filter((n) => !planned.has(n.key)).map((n) => ({ ...n, required: false }));
  const plan = notes.length ? { ...built, skip: [...built.skip, ...notes] } : built;
  return plan.form === null ? message(MESSAGES.noForm(form.collection.frames, built.unrelated)) : { kind: 'plan', plan, form };
}

/** The address without its #fragment (a page may change the fragment as the user scrolls). */
const page = (url: string | undefined) => {
  try {
    const u = new URL(url ?? '');
    return { origin: u.origin, path: u.pathname, query: u.search };
  } catch {
    return null;
  }
};

/** Fills the confirmed plan in its tab and reports what happened. */
export async function fillFlow(tabs: TabAccess, f: PlanFlow): Promise<Flow> {
  // The tab must still show the page the plan was made for (activeTab lets the popup see its address).
  const planned = page(f.form.url);
  const tab = await tabs.target().catch(() => null);
  const now = page(tab?.url);
  if (!tab || tab.id !== f.form.tabId || !planned || !now || now.origin !== planned.origin || now.path !== planned.path) {
    return message(MESSAGES.pageChanged);
  }
  const byKey = new Map(f.form.collection.fields.map((x) => [x.key, x]));
  const items = f.plan.fill.map((i) => {
    const { tag, type, name, id, label, groupLabel, value, form } = byKey.get(i.key)!;
    return { ...i, field: { tag, type, name, id, label, groupLabel, value, form } };
  });
  const form = f.plan.form;
  const signature = form === null ? null : f.form.collection.forms.find((x) => x.index === form)?.signature ?? null;
  const answer = await send(tabs, f.form.tabId, { type: 'fill', form, expect: { origin: planned.origin, path: planned.path, signature }, items });
  if (answer === 'no-access' || !answer) {
    // The page may have sent the form and gone before the script could answer.
    const after = page((await tabs.target().catch(() => null))?.url);
    if (after && (after.path !== planned.path || after.query !== planned.query || after.origin !== planned.origin)) return message(MESSAGES.sentDuringFill(null));
    return message(answer === 'no-access' ? MESSAGES.noAccess : MESSAGES.badAnswer);
  }
  if (!answer.ok) return message(answer.error);
  if (answer.type === 'changed') return message(`${MESSAGES.pageChanged} (What changed: ${answer.reason}.)`);
  if (answer.type !== 'filled') return message(MESSAGES.badAnswer);
  if (answer.sent) return message(MESSAGES.sentDuringFill(answer.outcome.filled.length));
  return {
    kind: 'done', filled: answer.outcome.filled.length, failed: answer.outcome.failed, skipped: f.plan.skip,
    requiredEmpty: answer.requiredEmpty, attach: f.plan.attach,
  };
}
