// `npm start`: the extension is already built (see package.json). With a display, opens Chromium
// with it loaded and the checklist in a tab; without one, saves a screenshot of the working popup
// and says how to load the extension by hand.
import path from 'node:path';
import { EXTENSION_PATH, extensionId, launchWithExtension } from './chromium';

const HOW_TO_LOAD = `
Load it by hand in Chrome or Chromium:
  1. Open chrome://extensions and switch on "Developer mode".
  2. Click "Load unpacked" and choose ${EXTENSION_PATH}
  3. Pin "Spine Referral Helper" from the puzzle-piece menu and click it.
Firefox: run "npm run build:firefox", open about:debugging#/runtime/this-firefox,
"Load Temporary Add-on…" and choose .output/firefox-mv3/manifest.json.`;

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function main() {
  const context = await launchWithExtension({ headless: !hasDisplay });
  const id = await extensionId(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.locator('#outcome-title').waitFor();

  if (hasDisplay) {
    console.log(`Chromium is open with the extension loaded (id ${id}); the checklist is in the first tab.`);
    console.log('Close the browser window to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }
  const shot = path.resolve('.output/popup-screenshot.png');
  await page.screenshot({ path: shot, fullPage: true });
  await context.close();
  console.log(`No display here, so Chromium ran headless: the extension loaded (id ${id}) and the`);
  console.log(`checklist rendered. Screenshot: ${shot}`);
  console.log(HOW_TO_LOAD);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(HOW_TO_LOAD);
  process.exit(1);
});
