import { describe, expect, it } from 'vitest';
import { findChromium, type ChromiumSystem } from '../../../scripts/find-chromium.mjs';

/** A made-up machine: only these files are executables, `which` looks them up in /usr/local/bin. */
function machine({
  files = [],
  env = {},
  uid = 1000,
  playwright = null,
}: {
  files?: string[];
  env?: Record<string, string>;
  uid?: number | null;
  playwright?: string | null;
}): ChromiumSystem {
  const present = new Set(files);
  return {
    env,
    uid,
    isExecutable: (path) => present.has(path),
    which: (name) => (present.has(`/usr/local/bin/${name}`) ? `/usr/local/bin/${name}` : null),
    playwrightChromium: () => playwright,
  };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when it is there', () => {
    const found = findChromium(machine({ files: ['/opt/chrome/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome/chrome' } }));
    expect(found).toEqual({ kind: 'found', path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH', skipped: [] });
  });

  it('passes over a CHROMIUM_PATH that is missing, says so, and takes Debian’s Chromium', () => {
    const found = findChromium(machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nonexistent' } }));
    expect(found).toEqual({
      kind: 'found',
      path: '/usr/bin/chromium',
      from: 'Debian',
      skipped: ['CHROMIUM_PATH=/nonexistent is not an executable file'],
    });
  });

  it('then a chromium on the PATH, then the one Playwright downloaded', () => {
    expect(findChromium(machine({ files: ['/usr/local/bin/chromium-browser', '/pw/chrome'], playwright: '/pw/chrome' }))).toMatchObject({
      kind: 'found',
      path: '/usr/local/bin/chromium-browser',
      from: 'PATH',
    });
    expect(findChromium(machine({ files: ['/pw/chrome'], playwright: '/pw/chrome' }))).toMatchObject({
      kind: 'found',
      path: '/pw/chrome',
      from: 'Playwright',
    });
  });

  it('does not take Playwright’s path when that browser was never downloaded', () => {
    expect(findChromium(machine({ playwright: '/pw/chrome' })).kind).toBe('missing');
  });

  it('installs Debian’s chromium when none is there and it runs as root with apt-get', () => {
    const found = findChromium(machine({ files: ['/usr/local/bin/apt-get'], uid: 0, env: { CHROMIUM_PATH: '/nonexistent' } }));
    expect(found).toEqual({
      kind: 'install',
      commands: ['apt-get update', 'DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'],
      skipped: ['CHROMIUM_PATH=/nonexistent is not an executable file'],
    });
  });

  it('as another user with apt-get it gives the exact command to run, and installs nothing', () => {
    const found = findChromium(machine({ files: ['/usr/local/bin/apt-get'], uid: 1000 }));
    expect(found).toEqual({
      kind: 'missing',
      command: 'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
      skipped: [],
    });
  });

  it('without apt-get (even as root, or where there are no user ids) it names Playwright’s own install', () => {
    expect(findChromium(machine({ uid: 0 }))).toEqual({ kind: 'missing', command: 'npx playwright install chromium', skipped: [] });
    expect(findChromium(machine({ uid: null }))).toEqual({ kind: 'missing', command: 'npx playwright install chromium', skipped: [] });
  });
});
