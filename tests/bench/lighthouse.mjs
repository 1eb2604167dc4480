#!/usr/bin/env node
/**
 * Lighthouse 12.2.3 (pinned devDependency) on the production and the demo build (issue 12, item 6):
 * each build is served by `vite preview` on port 4281 and audited in Debian's Chromium
 * (/usr/bin/chromium, the flags of TOOLCHAIN.md) with the desktop and the mobile preset. Prints one
 * JSON line per run: performance and accessibility scores, LCP, TBT and the load average (Lighthouse
 * is CPU-sensitive and this machine is shared). Aims: performance >= 95, accessibility 100, mobile LCP <= 2.5 s.
 *
 *   npm run bench:lighthouse            (RUNS=3 for three runs of each of the four)
 *   LIGHTHOUSE_REPORTS=/tmp/lh npm run bench:lighthouse   (also writes each run's whole report there, as JSON)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS as FLAGS } from '../../scripts/find-chromium.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4281);
const RUNS = Number(process.env.RUNS ?? 1);
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const ONLY = process.env.LIGHTHOUSE_ONLY; // e.g. 'production-mobile': only the figures whose name contains it
const BUILDS = [
  { name: 'production', dir: 'dist-lighthouse-prod', args: [] },
  { name: 'demo', dir: 'dist-lighthouse-demo', args: ['--mode', 'demo'] },
];
const vite = join('node_modules', '.bin', 'vite');
const load = () => loadavg().map((value) => Number(value.toFixed(2)));

async function serve(dir) {
  const server = spawn(vite, ['preview', '--outDir', dir, '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  server.kill();
  throw new Error(`vite preview of ${dir} did not start on port ${PORT}`);
}

async function audit(url, preset, name) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`] });
  try {
    const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] };
    const result = await lighthouse(url, options, preset === 'desktop' ? desktopConfig : undefined);
    const { categories, audits } = result.lhr;
    if (REPORTS) {
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(join(REPORTS, `${name}.json`), JSON.stringify(result.lhr));
    }
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      lcp_s: Number(((audits['largest-contentful-paint'].numericValue ?? 0) / 1000).toFixed(2)),
      tbt_ms: Math.round(audits['total-blocking-time'].numericValue ?? 0),
      fcp_s: Number(((audits['first-contentful-paint'].numericValue ?? 0) / 1000).toFixed(2)),
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

for (const build of BUILDS) {
  if (ONLY && !ONLY.startsWith(build.name)) continue;
  const built = spawnSync(vite, ['build', ...build.args, '--outDir', build.dir], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error(`vite build ${build.args.join(' ')} failed`);
  const server = await serve(build.dir);
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      for (const preset of ['desktop', 'mobile']) {
        if (ONLY && !`${build.name}-${preset}`.includes(ONLY)) continue;
        const before = load();
        const scores = await audit(`http://localhost:${PORT}/klas`, preset, `${build.name}-${preset}-${run}`);
        console.log(JSON.stringify({ figure: `lighthouse-${build.name}-${preset}`, run, ...scores, load_before: before, load_after: load() }));
      }
    }
  } finally {
    server.kill();
  }
}
