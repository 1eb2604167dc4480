// Which Chromium the browser tests run in, and what to do when there is none (issue 16).
// Pure over what it is given (env, fs, uid, which): tests/unit/scripts/find-chromium.test.ts
// runs it against made-up machines. `node scripts/find-chromium.mjs` prints what it would do.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's package, where `.ci/run` always took it from. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const APT_INSTALL = ['apt-get update', 'DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'];
/** The flags every headless run here gives Chromium (browser tests, Lighthouse, the browser benchmarks; TOOLCHAIN.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @typedef {{ kind: 'found', path: string, from: string, skipped: string[] }
 *   | { kind: 'install', commands: string[], skipped: string[] }
 *   | { kind: 'missing', command: string, skipped: string[] }} ChromiumLookup
 */

/**
 * The browser to use: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then `chromium` or
 * `chromium-browser` on the PATH, then the Chromium Playwright downloaded itself (if any).
 * None: as root with apt-get, install Debian's package; otherwise the exact command to run.
 * @param {{
 *   env: Record<string, string | undefined>,
 *   isExecutable: (path: string) => boolean,
 *   uid: number | null,
 *   which: (name: string) => string | null,
 *   playwrightChromium: () => string | null,
 * }} system
 * @returns {ChromiumLookup}
 */
export function findChromium({ env, isExecutable, uid, which, playwrightChromium }) {
  const skipped = [];
  const wanted = env.CHROMIUM_PATH?.trim();
  if (wanted) {
    if (isExecutable(wanted)) return { kind: 'found', path: wanted, from: 'CHROMIUM_PATH', skipped };
    skipped.push(`CHROMIUM_PATH=${wanted} is not an executable file`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return { kind: 'found', path: DEBIAN_CHROMIUM, from: 'Debian', skipped };
  for (const name of ['chromium', 'chromium-browser']) {
    const onPath = which(name);
    if (onPath) return { kind: 'found', path: onPath, from: 'PATH', skipped };
  }
  const downloaded = playwrightChromium();
  if (downloaded && isExecutable(downloaded)) return { kind: 'found', path: downloaded, from: 'Playwright', skipped };
  const apt = which('apt-get') !== null;
  if (apt && uid === 0) return { kind: 'install', commands: APT_INSTALL, skipped };
  const command = apt ? 'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium' : 'npx playwright install chromium';
  return { kind: 'missing', command, skipped };
}

/** The real machine, for findChromium. */
export function thisSystem() {
  const isExecutable = (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return {
    env: process.env,
    isExecutable,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    which: (name) =>
      (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, name))
        .find(isExecutable) ?? null,
    playwrightChromium: () => {
      try {
        return createRequire(import.meta.url)('playwright-core').chromium.executablePath();
      } catch {
        return null;
      }
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(findChromium(thisSystem())));
}
