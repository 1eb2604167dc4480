/**
 * The demo build in Debian's Chromium for the browser benchmarks (tests/bench/*-scale.mjs): a
 * `vite preview` of a built demo, a fresh browser profile, long tasks recorded from the first
 * script on (PerformanceObserver 'longtask', buffered in `globalThis.__longTasks`), and the demo's
 * first start and unlock as the e2e flows do them (tests/e2e/support.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/find-chromium.mjs';

export const load = () => loadavg().map((value) => Number(value.toFixed(2)));

/** Serves `dir` on `port` and opens a fresh profile; `close()` ends both. */
export async function openDemoBrowser(dir, port) {
  const server = spawn(join('node_modules', '.bin', 'vite'), ['preview', '--outDir', dir, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 150) throw new Error(`vite preview of ${dir} did not start on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const profile = mkdtempSync(join(tmpdir(), 'leerzicht-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    baseURL: base,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(() => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, close };
}

/** Waits for the demo's first sync, then unlocks as the ICT coordinator. */
export async function startDemo(page, path) {
  await page.goto(path);
  await page
    .getByRole('status', { name: /demogegevens/i })
    .filter({ hasText: /klaar/i })
    .waitFor({ timeout: 600_000 });
  await page.getByRole('banner').getByRole('button', { name: 'Ontgrendelen' }).click();
  const form = page.getByRole('form', { name: 'Leerzicht ontgrendelen' });
  await form.getByLabel('Wachtwoordzin').fill('demo-vlierboom-2026');
  await form.getByRole('radio', { name: 'ICT-coördinator' }).check();
  await form.getByRole('button', { name: 'Ontgrendelen' }).click();
  await page.getByText('Ontgrendeld als ICT-coördinator').waitFor({ timeout: 60_000 });
}

/** The long tasks since `from` (a page's performance.now()): count, longest and blocking time over 50 ms. */
export async function longTasksSince(page, from) {
  const tasks = await page.evaluate((since) => globalThis.__longTasks.filter((task) => task.start >= since), from);
  return {
    long_tasks: tasks.length,
    longest_ms: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
    blocking_ms: Math.round(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
  };
}

/** Clock ticks per second of /proc/<pid>/stat on Linux. */
const TICKS = 100;

/**
 * CPU seconds (user + system) so far of the Chromium processes this script started, by kind: the
 * browser process (IndexedDB's backend runs there), renderers (the page and its workers) and the
 * rest. Less swayed by other work on a busy host than wall-clock time. Null without /proc.
 */
export function chromiumCpu() {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const processes = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      processes.set(Number(pid), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), cmdline });
    } catch {
      // gone meanwhile
    }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of processes) {
      if (ours.has(pid) || !ours.has(ppid)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  const cpu = { browser: 0, renderer: 0, other: 0 };
  for (const pid of ours) {
    const found = processes.get(pid);
    if (!found || !found.cmdline.includes('chrom')) continue;
    const kind = !found.cmdline.includes('--type=') ? 'browser' : found.cmdline.includes('--type=renderer') ? 'renderer' : 'other';
    cpu[kind] += found.ticks / TICKS;
  }
  return cpu;
}

/** CPU seconds spent between two `chromiumCpu()` readings, per kind, rounded to 0.1 s. */
export const cpuSince = (before, after) =>
  before && after ? Object.fromEntries(Object.keys(after).map((kind) => [`${kind}_cpu_s`, Math.round((after[kind] - before[kind]) * 10) / 10])) : {};
