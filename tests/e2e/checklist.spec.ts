import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_PATH } from '../../scripts/chromium';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

const DURATION = /How long the pain has lasted/;

/** Chronic pain after a completed 10-week PT course that did not help, red flags screened. */
async function chronicAfterPt(popup: PopupPage, ptWeeks = '10') {
  await popup.choose('I screened for all of these and none is present');
  await popup.weeks(DURATION, '20');
  await popup.choose('Persistent or recurring pain');
  await popup.choose('Completed');
  await popup.weeks(/Weeks of physical therapy/, ptWeeks);
  await popup.choose('Little or no lasting improvement');
  await popup.page.getByRole('group', { name: 'Previous spine surgery' }).getByLabel('No').check();
}

/** The headline and the outcome's actions are inside the 800×600 viewport without scrolling. */
async function expectActionsInView(popup: PopupPage) {
  for (const locator of [popup.page.locator('.outcome-headline'), popup.page.getByRole('button', { name: 'Copy referral note' })]) {
    const box = (await locator.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(box.y).toBeGreaterThanOrEqual(0);
  }
}

test('an acute strain: physical therapy first, sources numbered and listed once', async ({ popup }) => {
  await popup.choose('I screened for all of these and none is present');
  await popup.weeks(DURATION, '2');
  await popup.choose('Recent strain or minor injury, expected to settle');
  await popup.choose('Muscle imbalance or weakness');
  await popup.choose('Not started');

  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  await expect(popup.page.locator('#outcome')).toHaveAttribute('data-outcome', 'pt-first');
  expect(await popup.reasonIds()).toEqual(['pt.acute', 'pt.not-chronic', 'pt.muscular', 'pt.structured-course']);
  await expect(popup.reason('pt.acute').getByRole('link')).toHaveCount(0);
  // In view without scrolling; opening the Sources list below scrolls the result column to it.
  await expectActionsInView(popup);
  await popup.page.getByText(/^Sources \(\d\)$/).click();
  await expect(popup.page.locator('details.sources').getByRole('link').first()).toHaveAttribute('href', /valorspine\.com\/physical-therapy-vs-regenerative/);

  const note = await popup.copySummary();
  expect(note).toContain('Physical therapy is the current plan.');
  expect(note).toContain('Duration: 2 weeks');
  expect(note).toContain('Physical therapy: not started');
  expect(note).toContain('Screened, including bladder and bowel: none present.');
  expect(note).not.toMatch(/https?:/);
});

test('a tear that fits the pain after 10 weeks of PT: consider referral, and the note carries the history', async ({ popup }) => {
  await chronicAfterPt(popup);
  await popup.choose('Relief that wore off');
  await popup.choose('Annular tear or internal disc disruption reported');
  await expect(popup.outcome).toHaveText(/Not enough information/); // does the tear fit the pain?
  await popup.choose('Yes: level and side fit the pain pattern');

  await expect(popup.outcome).toHaveText(/Consider referral for a candidacy evaluation/);
  await expect(popup.page.locator('.outcome-headline')).not.toContainText(/[✓✔]/);
  expect(await popup.reasonIds()).toEqual(['eval.chronic-after-pt', 'eval.imaging-tear']);
  await expect(popup.page.locator('#outcome')).not.toContainText(/is a candidate/i);
  await expectActionsInView(popup);
  await expectNoAxeViolations(popup.page);

  await popup.openHistory(/^Scores/);
  await popup.page.getByLabel('Pain now (NPRS 0–10)').fill('6');
  await popup.page.getByLabel('Oswestry Disability Index (%)').fill('42');
  await popup.page.getByRole('group', { name: 'STarT Back Tool group' }).getByLabel('High risk').check();
  await popup.openHistory(/^Medication/);
  await popup.page.getByRole('group', { name: 'NSAIDs' }).getByLabel('Partly').check();
  await popup.page.getByLabel('MRI report').check();
  await expect(popup.page.locator('[data-item="function"]')).toHaveAttribute('data-status', 'answers');
  await expect(popup.page.locator('[data-item="pain-score"]')).toHaveAttribute('data-status', 'missing'); // best and worst still to come
  await expectNoAxeViolations(popup.page); // history groups open

  const note = await popup.copySummary();
  expect(note).toContain('Referral for a candidacy evaluation for biologic disc repair.');
  expect(note).toContain('Pain (NPRS, 0–10): now 6');
  expect(note).toContain('Oswestry Disability Index: 42%');
  expect(note).toContain('STarT Back Tool: High risk');
  expect(note).toContain('Medication: NSAIDs: partly');
  expect(note).toContain('Epidural steroid injections: relief that wore off');
  expect(note).toContain('Enclosed\nMRI report');
});

test('saddle numbness: emergency, apart from an urgent red flag', async ({ popup }) => {
  await chronicAfterPt(popup);
  await popup.choose('Past cancer or unexplained weight loss');
  await expect(popup.outcome).toHaveText('Urgent medical evaluation');
  await expect(popup.page.locator('#outcome')).toHaveAttribute('data-outcome', 'urgent');
  await expectActionsInView(popup);
  await expectNoAxeViolations(popup.page);

  await popup.choose('Saddle, genital or perianal numbness');
  await expect(popup.outcome).toHaveText('Emergency: emergency department now');
  await expect(popup.page.locator('#outcome')).toHaveAttribute('data-outcome', 'emergency');
  expect(await popup.reasonIds()).toEqual(['rf.saddle-numbness', 'rf.cancer']);
  // The patient leaves with the two-level safety card and "when to get help now", nothing about disc repair.
  const safeLink = popup.page.getByRole('link', { name: 'Print suggested handouts' });
  await expect(safeLink).toHaveAttribute('href', /\?h=(safety-card,get-help-now|get-help-now,safety-card)$/);
  await expectActionsInView(popup);
  await expectNoAxeViolations(popup.page);
  const note = await popup.copySummary();
  expect(note).toContain('Possible cauda equina syndrome: an emergency. This note is a handover for the emergency department or the on-call spine team, not a request for a clinic appointment.');
  expect(note).not.toMatch(/biologic disc repair/);
});

test('six weeks after a fusion, in post-operative rehab: physical therapy first', async ({ popup }) => {
  await popup.choose('I screened for all of these and none is present');
  await popup.weeks(DURATION, '6');
  await popup.page.getByRole('group', { name: 'Previous spine surgery' }).getByLabel('Yes, and pain continues').check();
  await popup.choose('Recovering from spine surgery');
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  expect(await popup.reasonIds()).toContain('pt.rehab');
  await popup.openHistory(/^Treatment and imaging dates/);
  await popup.page.getByRole('group', { name: 'Surgery type' }).getByLabel('Fusion').check();
  await popup.page.getByLabel('Surgery date').fill('2099-01');
  await expect(popup.page.getByText('That month is in the future.')).toBeVisible();
  await popup.page.getByLabel('Surgery date').fill('01/2025');
  await expect(popup.page.getByText('That month is in the future.')).toHaveCount(0);
  expect(await popup.copySummary()).toContain('Spine surgery: Fusion, 2025-01, in post-operative rehabilitation');
});

test('no imaging: 4 weeks of PT is not enough; after 8 weeks the clinic’s evaluation includes MRI review', async ({ popup }) => {
  await chronicAfterPt(popup, '4');
  await popup.page.getByRole('group', { name: 'Epidural steroid injections' }).getByLabel('None').check();
  await popup.choose('No imaging yet');
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  expect(await popup.reasonIds()).toEqual(['pt.short-course']);

  await popup.weeks(/Weeks of physical therapy/, '8');
  await expect(popup.outcome).toHaveText('Consider referral: the evaluation includes MRI review');
  await expect(popup.page.locator('#outcome')).toHaveAttribute('data-outcome', 'consider-referral-needs-mri');
  await expect(popup.page.locator('#outcome')).not.toContainText(/order (an|it)/i);
  await expectActionsInView(popup);
  await expectNoAxeViolations(popup.page);

  await popup.page.getByLabel('I screened for all of these and none is present').uncheck(); // the screen is now missing
  await expect(popup.outcome).toHaveText(/Not enough information/);
  await expect(popup.page.locator('[data-missing="redFlagsScreened"]')).toBeVisible();
});

test('other pathways: inflammatory back pain, and long-standing claudication in both legs', async ({ popup }) => {
  await chronicAfterPt(popup);
  await popup.choose(/Inflammatory back pain/);
  await expect(popup.outcome).toHaveText(/Likely another pathway/);
  expect(await popup.reasonIds()).toEqual(['path.inflammatory']);
  await expectActionsInView(popup);
  await expectNoAxeViolations(popup.page);
  await popup.page.getByLabel(/Inflammatory back pain/).uncheck();

  await popup.openHistory(/^Pain:/);
  await popup.choose(/Long-standing symptoms in both legs on walking/);
  await expect(popup.outcome).toHaveText(/Likely another pathway/);
  expect(await popup.reasonIds()).toEqual(['path.claudication']);
});

test('age over 50 with new pain raises a caution; the empty state asks for answers', async ({ popup }) => {
  await expect(popup.outcome).toHaveText(/Not enough information/);
  await expect(popup.page.locator('#outcome')).toHaveAttribute('data-outcome', 'not-enough-info');
  await expect(popup.page.locator('#outcome')).not.toContainText(/below/);
  await expectActionsInView(popup);

  await popup.choose('Recent strain or minor injury, expected to settle');
  await popup.openHistory(/^Patient:/);
  await popup.page.getByLabel('Age in years').fill('62');
  await expect(popup.page.locator('[data-caution="risk.age"]')).toBeVisible();
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  await popup.page.getByLabel('Age in years').fill('95');
  await expect(popup.page.getByText(/90 or older/).first()).toBeVisible();
});

test('a recent strain at 78, screened: the answers meet the fracture red flag (AHCPR Table 1)', async ({ popup }) => {
  await popup.choose('I screened for all of these and none is present');
  await popup.choose('Recent strain or minor injury, expected to settle');
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  await popup.openHistory(/^Patient:/);
  await popup.page.getByLabel('Age in years').fill('78');
  await expect(popup.outcome).toHaveText('Urgent medical evaluation');
  expect(await popup.reasonIds()).toEqual(['rf.fracture-risk']);
  await expect(popup.page.locator('[data-conflict="screened-but-fracture-risk"]')).toBeVisible();
  await expectActionsInView(popup);
});

/** The built chunks that hold zod (its issue codes survive minification), by file name. */
function zodChunks(): string[] {
  const dir = path.join(EXTENSION_PATH, 'chunks');
  return readdirSync(dir).filter((f) => f.endsWith('.js') && /invalid_type|too_small/.test(readFileSync(path.join(dir, f), 'utf8')));
}

test('an empty popup fetches neither zod nor the reasons and criteria; they load once answers call for them', async ({ context, extensionId }) => {
  const zod = zodChunks();
  expect(zod.length).toBeGreaterThan(0);
  const fetched: string[] = [];
  context.on('request', (r) => { if (r.url().startsWith(`chrome-extension://${extensionId}/chunks/`)) fetched.push(r.url().replace(/.*\/chunks\//, '')); });
  const isZod = (f: string) => zod.includes(f);
  const isReasons = (f: string) => /^(OutcomeReasons|criteria|checklist-restore)-/.test(f);

  // Empty: the outcome, its one caution and the referral check, with nothing else fetched.
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.locator('#outcome .outcome-reasons[data-ready] [data-caution="red-flags-not-screened"]'))
    .toHaveText('Red flags are not yet marked as screened. A referral outcome needs the screen first.');
  await expect(popup.page.locator('#referral-count')).toContainText('0 of 12');
  await popup.page.waitForTimeout(500);
  expect(fetched.filter((f) => isZod(f) || isReasons(f))).toEqual([]);

  // The first answer's outcome has reasons with sources: they load and show.
  await popup.choose('Past cancer or unexplained weight loss');
  await expect(popup.outcome).toHaveText('Urgent medical evaluation');
  expect(await popup.reasonIds()).toEqual(['rf.cancer']);
  expect(fetched.some((f) => f.startsWith('OutcomeReasons-'))).toBe(true);
  // Saving the answer does not read its own echo back through the schemas.
  await popup.page.waitForTimeout(300);
  expect(fetched.filter((f) => isZod(f) || f.startsWith('checklist-restore-'))).toEqual([]);

  // Opened again with that answer stored: the stored state is checked, with zod.
  fetched.length = 0;
  const again = await PopupPage.open(context, extensionId);
  await expect(again.page.getByLabel('Past cancer or unexplained weight loss')).toBeChecked();
  expect(fetched.some(isZod), 'zod fetched').toBe(true);
  expect(fetched.some((f) => f.startsWith('checklist-restore-')), 'the restore fetched').toBe(true);
});

test('bad entries show inline, change nothing and are never copied', async ({ popup }) => {
  await popup.weeks(DURATION, '8');
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  for (const bad of ['abc', '-3', '5000', '1,000']) {
    await popup.weeks(DURATION, bad);
    await expect(popup.page.getByRole('alert')).toBeVisible();
    await expect(popup.outcome).toHaveText(/Physical therapy first/);
  }
  await expect(popup.page.getByRole('alert')).toContainText('could be read two ways');

  await popup.page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await popup.page.getByRole('button', { name: 'Copy referral note' }).click();
  await expect(popup.page.getByRole('alert').filter({ hasText: 'Not copied: fix the symptom duration entry first.' })).toBeVisible();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
  await expectNoAxeViolations(popup.page);

  await popup.weeks(DURATION, '9');
  await popup.openHistory(/^Scores/);
  await popup.page.getByLabel('Oswestry Disability Index (%)').fill('120');
  await expect(popup.page.getByText('The ODI runs from 0 to 100%.')).toBeVisible();
  await popup.page.getByRole('button', { name: 'Copy referral note' }).click();
  await expect(popup.page.getByText('Not copied: fix the ODI entry first.')).toBeVisible();
  await popup.page.getByLabel('Oswestry Disability Index (%)').fill('');
  const note = await popup.copySummary();
  expect(note).toContain('Duration: 9 weeks');
  expect(note).not.toContain('Oswestry');
});

test('Clear empties the clipboard of the copied note and offers Undo', async ({ popup }) => {
  await popup.choose('Past cancer or unexplained weight loss');
  const note = await popup.copySummary();
  expect(note).toContain('Please assess urgently');
  await popup.clear();
  await expect(popup.page.getByText(/Answers cleared\. The copied note was removed from the clipboard\./)).toBeVisible();
  await expect(popup.outcome).toHaveText(/Not enough information/);
  // Undo is offered for 10 seconds: press it first, check the rest afterwards (axe can be slow).
  await popup.page.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.outcome).toHaveText('Urgent medical evaluation');
  await expect(popup.page.getByLabel('Past cancer or unexplained weight loss')).toBeChecked();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe(''); // Undo does not bring the note back

  // Something copied since is left alone.
  await popup.copySummary();
  await popup.page.evaluate(() => navigator.clipboard.writeText('a phone number'));
  await popup.clear();
  await expect(popup.page.getByText(/holds something else now and was left alone/)).toBeVisible();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe('a phone number');
  await expectNoAxeViolations(popup.page);
});

test('answers live in storage.session only, survive reopening and go with Clear', async ({ popup, context, extensionId }) => {
  await popup.weeks(DURATION, '30');
  await popup.choose('Recent strain or minor injury, expected to settle');
  await expect(popup.page.locator('[data-conflict="acute-but-chronic"]')).toBeVisible();
  await expect(popup.page.getByText('Some answers conflict; check them before relying on this outcome.')).toBeVisible();
  // The outcome's box turns dashed, so a conflict shows at a glance and not only in words.
  await expect(popup.page.locator('#outcome')).toHaveCSS('border-top-style', 'dashed');
  expect(Object.keys(await popup.storage('session'))).toEqual(['checklist']);
  expect(await popup.storage('local')).toEqual({});
  expect(await popup.storage('sync')).toEqual({});

  const again = await PopupPage.open(context, extensionId);
  await expect(again.page.getByLabel(DURATION)).toHaveValue('30');
  await expect(again.outcome).toHaveText(/Physical therapy first/);
  await again.clear();
  expect(await again.storage('session')).toEqual({});
  await again.page.close();
});

test('answers stored by the previous version are carried over, not discarded', async ({ popup, context, extensionId }) => {
  await popup.page.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.set({
    checklist: {
      v: 1,
      answers: {
        durationWeeks: 30, onset: 'persistent', driver: null, ptCourse: null, ptWeeks: null, ptResponse: null, injections: null,
        imaging: null, priorSurgery: null, context: null, wishes: [], redFlags: [], redFlagsScreened: false,
        exclusions: ['excl.progressive-deficit'],
      },
      included: ['duration-course'],
    },
  }));
  const again = await PopupPage.open(context, extensionId);
  await expect(again.page.getByRole('alert')).toContainText('carried over');
  await expect(again.page.getByLabel(DURATION)).toHaveValue('30');
  // A progressive deficit: urgent, and the same day by a physician or spine surgeon (review finding 11).
  await expect(again.outcome).toHaveText('Urgent: same-day assessment by a physician or spine surgeon');
  await expect(again.page.locator('#outcome')).toHaveAttribute('data-outcome', 'urgent');
  await expect(again.page.getByLabel(/Severe or progressive weakness/)).toBeChecked();
  await again.page.close();
});

test('damaged session data is discarded with a notice', async ({ popup, context, extensionId }) => {
  await popup.page.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.set({ checklist: { v: 99, answers: 'x' } }));
  const again = await PopupPage.open(context, extensionId);
  await expect(again.page.getByRole('alert')).toContainText('could not be read');
  await expect(again.outcome).toHaveText(/Not enough information/);
  await expectNoAxeViolations(again.page); // the notice with its Dismiss button
  expect(await again.storage('session')).toEqual({});
  await again.page.close();
});

test('no accessibility violations with a conflict and an inline error', async ({ popup }) => {
  await popup.choose('Recent strain or minor injury, expected to settle');
  await popup.weeks(DURATION, '30'); // PT first with a conflict
  await expectNoAxeViolations(popup.page);
  await popup.weeks(DURATION, 'x'); // inline error
  await expectNoAxeViolations(popup.page);
});

test('fits 800×600 and reflows at 320 px; the sticky bar carries the outcome and Copy', async ({ popup, context, extensionId }) => {
  const overflow = (p: PopupPage) => p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow(popup)).toBeLessThanOrEqual(0);
  await popup.page.screenshot({ path: 'test-results/popup-800.png' });
  const narrow = await PopupPage.open(context, extensionId, { width: 320, height: 600 });
  await narrow.choose('Saddle, genital or perianal numbness');
  expect(await overflow(narrow)).toBeLessThanOrEqual(0);
  const bar = narrow.page.locator('.outcome-bar');
  await expect(bar).toHaveText(/Emergency: emergency department now/);
  await expect(bar).not.toHaveText(/Emergency: Emergency/); // the headline already names the outcome
  await expect(bar).toHaveAttribute('data-outcome', 'emergency');
  await expect(bar.getByRole('button', { name: 'Copy note' })).toBeVisible();
  await narrow.page.screenshot({ path: 'test-results/popup-320.png', fullPage: true });
  await narrow.clear();
  await narrow.page.close();
});

test('the extension pages’ CSP refuses network connections', async ({ popup }) => {
  const result = await popup.page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const fetched = await fetch('https://example.invalid/').then(() => 'sent', () => 'refused');
    return { fetched, directive: await violation };
  });
  expect(result).toEqual({ fetched: 'refused', directive: 'connect-src' });
});

test('the extension pages’ CSP refuses remote images, styles and fonts too', async ({ popup }) => {
  const directives = await popup.page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const img = new Image();
    const loaded = new Promise((resolve) => { img.onerror = resolve; img.onload = resolve; });
    img.src = 'http://127.0.0.1:4173/gf25-referral.html';
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'http://127.0.0.1:4173/x.css' });
    document.head.append(link);
    const font = new FontFace('Remote', 'url(http://127.0.0.1:4173/x.woff2)');
    await Promise.allSettled([loaded, font.load(), new Promise((r) => { link.onerror = r; link.onload = r; })]);
    link.remove();
    return [...new Set(seen)].sort();
  });
  expect(directives).toEqual(['font-src', 'img-src', 'style-src-elem']);
});
