import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { packageOf, thirdPartyNotices } from './scripts/third-party-notices';

/** Packages whose code is in the bundles, gathered from every entrypoint's build. */
const bundledPackages = new Set<string>();
const collectBundledPackages: Plugin = {
  name: 'collect-bundled-packages',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, module] of Object.entries(chunk.modules)) {
        const name = packageOf(id);
        if (name && module.renderedLength > 0) bundledPackages.add(name);
      }
    }
  },
};

const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };

// Manifest and build settings. Permissions are deliberately minimal: `storage` for session answers
// and local settings; `activeTab` + `scripting` to inject the prefill script into the tab the user
// is on, only when they click; `alarms` to expire patient details on time. No host permissions, no
// static content scripts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for both browsers (WXT defaults Firefox to MV2).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), collectBundledPackages],
    // No modulepreload polyfill: browsers that run MV3 support it natively, and the polyfill is
    // the only fetch() in the bundles.
    build: { sourcemap: process.env.SOURCEMAP === "1", modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The licences of bundled packages ship in every build (issue 9): public assets are written
    // after all entrypoints are built, so the list is complete here.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'THIRD-PARTY-NOTICES.txt', contents: thirdPartyNotices(bundledPackages, wxt.config.root, 'Spine Referral Helper') });
    },
  },
  manifest: ({ browser, command }) => ({
    // Extension pages may not open network connections, load plugins, or change their base URL.
    // Builds only: the dev server needs a websocket for reloading.
    ...(command === 'build'
      ? {
          content_security_policy: {
            extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'",
          },
        }
      : {}),
    name: 'Spine Referral Helper',
    description:
      'Referral checklist for back-pain patients, with cited criteria and a referral summary. Keeps patient data on this computer.',
    // `alarms` (no install warning) lets the background worker remove patient details when their
    // 30 idle minutes are up, even with every extension page closed.
    permissions: ['activeTab', 'alarms', 'scripting', 'storage'],
    // One product name everywhere: manifest, toolbar tooltip, page titles and headings.
    // Icons: public/icon/*.png, rendered from assets/icon.svg by `npm run icons`.
    icons: ICONS,
    action: { default_title: 'Spine Referral Helper', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'spine-referral-helper@example.org',
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
