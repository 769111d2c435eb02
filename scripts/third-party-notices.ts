// Builds THIRD-PARTY-NOTICES.txt from node_modules at build time: for each package whose code
// ends up in the bundles, its name, version, licence and source, and its licence text. The list
// of packages comes from the bundles themselves (see `bundledPackages` in wxt.config.ts), so a
// package added or dropped later is never missed or listed for nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The package a bundled module id belongs to ("preact", "@wxt-dev/webextension-polyfill"), or null. */
export function packageOf(moduleId: string): string | null {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(moduleId.replace(/^\0/, ''));
  return m ? m[1]!.replace(/\\/g, '/') : null;
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The notices text for these packages, read from `root`/node_modules, sorted by name. */
export function thirdPartyNotices(packages: Iterable<string>, root: string, product: string): string {
  const parts = [...new Set(packages)].sort().map((name) => {
    const dir = path.join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      version: string; license?: string; repository?: string | { url?: string }; homepage?: string;
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const source = (repo ?? pkg.homepage ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
    const file = existsSync(dir) ? readdirSync(dir).find((f) => LICENCE_FILE.test(f)) : undefined;
    const text = file
      ? readFileSync(path.join(dir, file), 'utf8').trim()
      : `The package ships no licence file; it is published under the ${pkg.license ?? 'stated'} licence${source ? ` at ${source}` : ''}.`;
    return [`${name} ${pkg.version}`, `Licence: ${pkg.license ?? 'not stated'}`, source && `Source: ${source}`, '', text].filter((l) => l !== '').join('\n');
  });
  const rule = '='.repeat(72);
  return [
    `Third-party software in ${product}`,
    '',
    `${product} includes code from the packages below, each used under its own licence, whose`,
    'text follows its name. The Mozilla Public License 2.0 (webextension-polyfill) lets you get',
    'that package\'s source code at the address given.',
    '',
    ...parts.flatMap((p) => [rule, p, '']),
  ].join('\n');
}
