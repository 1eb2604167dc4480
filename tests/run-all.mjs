#!/usr/bin/env node
// The whole test command: typecheck, lint and format (side by side), unit + integration +
// conformance (vitest), build, browser tests (Playwright in a Chromium found or installed by
// scripts/find-chromium.mjs). Ends with one line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { findChromium, thisSystem } from '../scripts/find-chromium.mjs';

const reports = '.reports';
// Caches of the static checks (gitignored): a second run checks only what changed.
const cache = '.cache';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
mkdirSync(cache, { recursive: true });
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

let passed = 0;
let failed = 0;
const failures = [];
const seconds = (started) => ((Date.now() - started) / 1000).toFixed(1);

/**
 * CPU seconds (user + system) of this process's children that have ended, from /proc (Linux; null
 * elsewhere): on a busy machine a step's CPU time says more about its cost than its wall time.
 */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}
const cpuSince = (before) => {
  const now = childCpu();
  return before === null || now === null ? '' : `, ${(now - before).toFixed(1)} CPU-s`;
};

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const cpu = childCpu();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${label}: exit ${result.status} in ${seconds(started)} s${cpuSince(cpu)}`);
  return result.status === 0;
}

/** Like run, without blocking this process: a step running beside it (runQuietly) keeps collecting its output. */
function runStreaming(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('error', (error) => console.log(String(error)));
    child.on('close', (status) => {
      console.log(`=== ${label}: exit ${status} in ${seconds(started)} s`);
      resolve(status === 0);
    });
  });
}

/** A step that runs beside others: its output is printed whole when it ends, so steps do not interleave. */
function runQuietly(label, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(String(error))));
    child.on('close', (status) => {
      console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`=== ${label}: exit ${status} in ${seconds(started)} s`);
      resolve(status === 0);
    });
  });
}

function count(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** The browser for Playwright (its config reads CHROMIUM_PATH), installed first when it can be; null when there is none. */
function chromium() {
  const found = findChromium(thisSystem());
  for (const note of found.skipped) console.log(`Chromium: ${note}; looking further.`);
  if (found.kind === 'found') return found.path;
  if (found.kind === 'missing') {
    console.log(
      `\nNo Chromium for the browser tests. Install it with:\n  ${found.command}\nor set CHROMIUM_PATH to a Chromium, then run npm test again.`,
    );
    return null;
  }
  console.log("\nNo Chromium found: installing Debian's chromium (apt-get, as root) for the browser tests.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return null;
  }
  const after = findChromium(thisSystem());
  return after.kind === 'found' ? after.path : null;
}

/** A port nothing listens on now (the system's choice), for the preview the browser flows run against. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The browser first: a machine without one gets it installed (or the exact command) before the long steps.
const browser = chromium();
const startedAll = Date.now();
const cpuAll = childCpu();

// The build (seconds), then the browser flows, which run beside the static checks and vitest: a
// flow waits on its browser and the app much of the time, so alone it kept one of two cores busy.
/** @type {Promise<boolean | null>} null: no browser flows were run (no Chromium, or the build failed). */
let browserStep = Promise.resolve(null);
if (!browser) {
  failed += 1;
  failures.push('browser (no Chromium)');
} else if (!run('build', 'npx', ['vite', 'build', '--mode', 'demo', '--outDir', 'dist-demo'])) {
  failed += 1;
  failures.push('build');
} else {
  process.env.CHROMIUM_PATH = browser;
  // A port of its own: a fixed one (4173) already taken on the machine failed the flows before any ran.
  process.env.E2E_PORT ??= String(await freePort());
  console.log('\n=== browser: npx playwright test (beside the steps below; its output follows when it ends)');
  browserStep = runQuietly('browser', 'npx', ['playwright', 'test']);
}

/**
 * The steps beside the browser flows run at a lower priority where the system has `nice`: the
 * flows are the longest step, so they keep their pace and these take the CPU the flows leave.
 */
const canNice = process.platform !== 'win32' && spawnSync('nice', ['-n', '10', 'true']).status === 0;
const besideFlows = (command, args) => (canNice ? ['nice', ['-n', '10', command, ...args]] : [command, args]);

const staticsStarted = Date.now();
const statics = await Promise.all([
  runQuietly(
    'typecheck',
    ...besideFlows('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', `${cache}/tsbuildinfo`]),
  ),
  runQuietly('lint', ...besideFlows('npx', ['eslint', '.', '--max-warnings=0', '--cache', '--cache-location', `${cache}/eslint`])),
  runQuietly('format', ...besideFlows('npx', ['prettier', '--check', '.', '--log-level=warn', '--cache', '--cache-location', `${cache}/prettier`])),
]);
['typecheck', 'lint', 'format'].forEach((label, index) => count(label, statics[index]));
console.log(`=== static checks together: ${seconds(staticsStarted)} s`);

const vitestOk = await runStreaming(
  'vitest',
  ...besideFlows('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]),
);
const vitest = readJson(`${reports}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  if (!vitestOk && (vitest.numFailedTests ?? 0) === 0) {
    // A file that could not load, or an error outside any test: count it, never hide it.
    failed += Math.max(1, vitest.numFailedTestSuites ?? 0);
    failures.push('vitest (suite error)');
  }
} else {
  failed += 1;
  failures.push('vitest (no report)');
}

const e2eOk = await browserStep;
/** @type {{ message?: string }[]} What stopped the browser flows outside any flow (the setup, the preview), printed last. */
let runErrors = [];
if (e2eOk !== null) {
  const report = readJson(`${reports}/playwright.json`);
  if (report?.stats) {
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
    if (!e2eOk && !(report.stats.unexpected > 0)) {
      failed += 1;
      failures.push('playwright (run error)');
      runErrors = report.errors ?? [];
    }
  } else {
    failed += 1;
    failures.push('playwright (no report)');
  }
}
// A lower bound: the CPU of Chromium's renderers and browser process, which are not reaped through
// this process's children, is missing (sampled from /proc it was about as much again as this counts).
console.log(`\n=== all steps: ${seconds(startedAll)} s${cpuSince(cpuAll)} (at least)`);

// The run's own errors last, beside the count: a long log is often read from its end.
for (const error of runErrors)
  console.log(
    `\nBrowser flows stopped: ${stripVTControlCharacters(error.message ?? '')
      .split('\n')
      .slice(0, 12)
      .join('\n')}`,
  );
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
