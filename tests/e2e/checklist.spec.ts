import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

const DURATION = /How long the pain has lasted/;

test('an acute strain: physical therapy first', async ({ popup }) => {
  await popup.choose('I screened for all of these and none is present');
  await popup.weeks(DURATION, '2');
  await popup.choose('Recent strain or minor injury, expected to settle');
  await popup.choose('Muscle imbalance or weakness');
  await popup.choose('Not started');

  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  expect(await popup.reasonIds()).toEqual(['pt.acute', 'pt.not-chronic', 'pt.muscular', 'pt.structured-course']);
  await expect(popup.reason('pt.acute').getByRole('link')).toHaveAttribute('href', /valorspine\.com\/physical-therapy-vs-regenerative/);

  const summary = await popup.copySummary();
  expect(summary).toContain('Outcome: Physical therapy first');
  expect(summary).toContain('- Symptom duration: 2 weeks');
  expect(summary).toContain('- Physical therapy: Not started');
  expect(summary).toContain('- Red flags: Screened, none present');
});

test('20 weeks after 10 weeks of PT, annular tear, temporary epidural relief: consider referral', async ({ popup }) => {
  await popup.choose('I screened for all of these and none is present');
  await popup.weeks(DURATION, '20');
  await popup.choose('Persistent or recurring pain');
  await popup.choose('Completed');
  await popup.weeks(/Weeks of physical therapy/, '10');
  await popup.choose('Little or no lasting improvement');
  await popup.choose('Relief that wore off');
  await popup.page.getByRole('group', { name: 'Previous spine surgery' }).getByLabel('No').check();
  await popup.choose('Annular tear, high-intensity zone or internal disc disruption');

  await expect(popup.outcome).toHaveText(/Consider referral for a candidacy evaluation/);
  expect(await popup.reasonIds()).toEqual(['eval.chronic-after-pt', 'eval.imaging-tear', 'eval.esi-temporary']);
  await expect(popup.page.locator('#outcome')).not.toContainText(/is a candidate/i);
  await expectNoAxeViolations(popup.page); // consider referral, with the clinic's evaluation details

  await popup.page.getByLabel('MRI report with date and findings').check();
  const summary = await popup.copySummary();
  expect(summary).toContain('Outcome: Consider referral for a candidacy evaluation');
  expect(summary).toContain('- Epidural steroid injections: Relief that wore off');
  expect(summary).toContain('- Physical therapy: Completed, 10 weeks, response: little or no lasting improvement');
  expect(summary).toMatch(/Referral items: 3 of 11 present\.\nStill missing:\n- Pain location and radiation/);
  expect(summary).not.toMatch(/Still missing:[\s\S]*MRI report/);
});

test('saddle numbness: urgent medical evaluation overrides a referral case', async ({ popup }) => {
  await popup.weeks(DURATION, '20');
  await popup.choose('Completed');
  await popup.choose('Little or no lasting improvement');
  await popup.choose('Annular tear, high-intensity zone or internal disc disruption');
  await popup.choose('Saddle numbness');

  await expect(popup.outcome).toHaveText(/Urgent medical evaluation/);
  expect(await popup.reasonIds()).toEqual(['rf.saddle-numbness']);
  await expect(popup.reason('rf.saddle-numbness').getByRole('link')).toHaveAttribute('href', 'https://www.nice.org.uk/guidance/ng59');
  const summary = await popup.copySummary();
  expect(summary).toContain('Outcome: Urgent medical evaluation');
  expect(summary).toContain('- Red flags: PRESENT: Saddle numbness');
});

test('answers live in storage.session only, survive reopening and go with Clear', async ({ popup, context, extensionId }) => {
  await popup.weeks(DURATION, '30');
  await popup.choose('Recent strain or minor injury, expected to settle');
  await expect(popup.page.locator('[data-conflict="acute-but-chronic"]')).toBeVisible();
  await expect(popup.page.getByText('Some answers conflict; check them before relying on this outcome.')).toBeVisible();
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

test('a bad duration gets a message, leaves the outcome alone and is not copied', async ({ popup }) => {
  await popup.weeks(DURATION, '8');
  await expect(popup.outcome).toHaveText(/Physical therapy first/);
  for (const bad of ['abc', '-3', '5000']) {
    await popup.weeks(DURATION, bad);
    await expect(popup.page.getByRole('alert')).toBeVisible();
    await expect(popup.outcome).toHaveText(/Physical therapy first/);
  }

  // The answers still say 8 weeks; copying them while the field shows 5000 is refused.
  await popup.page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await popup.page.getByRole('button', { name: 'Copy referral summary' }).click();
  await expect(popup.page.getByRole('alert').filter({ hasText: 'Not copied: fix the symptom duration entry first.' })).toBeVisible();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
  await expectNoAxeViolations(popup.page);

  await popup.weeks(DURATION, '9');
  expect(await popup.copySummary()).toContain('- Symptom duration: 9 weeks');
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

test('no accessibility violations in each outcome state', async ({ popup }) => {
  const check = () => expectNoAxeViolations(popup.page);
  await check(); // not enough information
  await popup.choose('Recent strain or minor injury, expected to settle');
  await popup.weeks(DURATION, '30'); // PT first with a conflict
  await check();
  await popup.choose('Saddle numbness');
  await check(); // urgent
  await popup.weeks(DURATION, 'x'); // inline error
  await check();
});

test('fits 800×600 and reflows at 320 px without horizontal scrolling', async ({ popup, context, extensionId }) => {
  const overflow = (p: PopupPage) => p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow(popup)).toBeLessThanOrEqual(0);
  await popup.page.screenshot({ path: 'test-results/popup-800.png' });
  const narrow = await PopupPage.open(context, extensionId, { width: 320, height: 600 });
  await narrow.choose('Saddle numbness');
  expect(await overflow(narrow)).toBeLessThanOrEqual(0);
  await expect(narrow.page.locator('.outcome-bar')).toHaveText(/Urgent medical evaluation/);
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
