// `npm run screenshots`: pictures of every screen for review, into screenshots/ (git-ignored).
// The popup in each outcome (light, plus dark and 320 px for some), the fill plan, settings, the
// print page, each printed handout page (Chromium's PDF, turned into PNGs by pdftoppm from
// poppler-utils), and the store listing images (1280x800). Needs a build (`npm run screenshots`
// builds first) and pdftoppm on the PATH; the fill plan needs a free FIXTURE_PORT (default 4173).
import type { Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HANDOUT_IDS } from '../content/handouts/types';
import { SCENARIOS } from '../tests/e2e/outcomes';
import { openPlan } from '../tests/e2e/plan-setup';
import { SITE } from '../tests/e2e/site';
import { extensionId, launchWithExtension } from './chromium';

const OUT = path.resolve('screenshots');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const saved: string[] = [];
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  saved.push(`${name}.png`);
};

const server = spawn(process.execPath, ['tests/e2e/serve-fixtures.mjs'], { stdio: 'ignore', env: process.env });
const context = await launchWithExtension({ headless: true });
try {
  await new Promise((r) => setTimeout(r, 500));
  const id = await extensionId(context);
  const url = (p: string) => `chrome-extension://${id}/${p}`;
  const popup = async (width: number, scheme: 'light' | 'dark') => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url('popup.html'));
    await page.locator('#outcome-title').waitFor();
    return page;
  };

  // The popup in each outcome, light at 800x600; dark for every outcome too; 320 px for two.
  for (const scheme of ['light', 'dark'] as const) {
    const page = await popup(800, scheme);
    for (const s of SCENARIOS) {
      await s.answer(page);
      // As at open: answers live in session storage, so a reload shows the popup as it opens.
      await page.reload();
      await page.locator('#outcome-title').waitFor();
      await shot(page, `popup-${s.name}-${scheme}`);
      await page.getByRole('button', { name: 'Clear' }).click();
    }
    await page.close();
  }
  for (const name of ['emergency', 'consider-referral']) {
    const page = await popup(320, 'light');
    await SCENARIOS.find((s) => s.name === name)!.answer(page);
    await shot(page, `popup-320-${name}`);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.close();
  }

  // The fill plan on the Gravity Forms fixture, light and dark.
  const plan = await openPlan(context, id);
  await shot(plan.page, 'plan-light');
  await plan.page.emulateMedia({ colorScheme: 'dark' });
  await shot(plan.page, 'plan-dark');
  await plan.page.emulateMedia({ colorScheme: 'light' });
  await plan.page.setViewportSize({ width: 800, height: 2400 });
  await shot(plan.page, 'plan-whole');

  // Settings, privacy and the print page.
  for (const [name, page] of [['settings', 'options.html'], ['privacy', 'privacy.html'], ['print-page', `handouts.html?h=${HANDOUT_IDS.join(',')}`]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await context.newPage();
      await p.setViewportSize({ width: 1000, height: 800 });
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(url(page));
      await p.locator('#app *').first().waitFor();
      await shot(p, `${name}-${scheme}`);
      await p.close();
    }
  }

  // Each handout as printed: one PDF per handout, each page a PNG.
  const tmp = path.join(tmpdir(), `spine-shots-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  for (const h of HANDOUT_IDS) {
    const p = await context.newPage();
    await p.goto(url(`handouts.html?h=${h}`));
    await p.locator('.handout').first().waitFor();
    const pdf = path.join(tmp, `${h}.pdf`);
    await p.pdf({ path: pdf, format: 'Letter', printBackground: true, displayHeaderFooter: false });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, `handout-${h}`)]);
    await p.close();
  }
  rmSync(tmp, { recursive: true, force: true });
  saved.push(...readdirSync(OUT).filter((f) => f.startsWith('handout-')));

  // Store listing images, 1280x800: the product name and one line beside a real screen.
  const listing = [
    ['store-1-checklist', 'popup-consider-referral-light.png', 'A referral checklist that gives a cited outcome', 'Answer a few questions; see PT first, consider referral, or urgent care, with the reasons and their sources.'],
    ['store-2-plan', 'plan-light.png', 'Prefill the clinic’s referral form, after you check', 'See every value before it is written. Nothing is ever submitted for you.'],
    ['store-3-dark', 'popup-emergency-dark.png', 'Red flags first, in light or dark', 'Emergency and urgent outcomes stand out by colour, icon and word.'],
  ] as const;
  const icon = readFileSync('public/icon/128.png').toString('base64');
  for (const [name, file, title, line] of listing) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const img = readFileSync(path.join(OUT, file)).toString('base64');
    await page.setContent(`<!doctype html><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:48px;padding:0 56px;box-sizing:border-box;background:#eef3f8;font-family:system-ui,'DejaVu Sans',sans-serif;color:#1b1f23">
      <div style="flex:1"><img src="data:image/png;base64,${icon}" width="96" height="96" alt="">
      <p style="font-size:22px;font-weight:700;color:#0b5cad;margin:16px 0 8px">Spine Referral Helper</p>
      <h1 style="font-size:40px;line-height:1.15;margin:0 0 16px">${title}</h1><p style="font-size:22px;line-height:1.4;margin:0">${line}</p></div>
      <img src="data:image/png;base64,${img}" style="width:720px;border-radius:8px;box-shadow:0 8px 30px rgba(0,0,0,.2)" alt=""></body>`);
    await shot(page, name);
    await page.close();
  }
  writeFileSync(path.join(OUT, 'index.txt'), `${saved.join('\n')}\n`);
  console.log(`${saved.length} images in ${path.relative('.', OUT)}/ (fixtures at ${SITE})`);
} finally {
  await context.close();
  server.kill();
}
