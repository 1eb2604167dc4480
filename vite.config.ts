/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Content-Security-Policy for built pages: no inline scripts, no eval. Suppliers are reached over
 * https (any host the ICT coordinator configures); in demo mode the MSW service worker answers
 * those requests. Inline style attributes stay allowed (React and Recharts set them).
 * Only on build: Vite's dev server injects an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'leerzicht-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
});

/**
 * Libraries in chunks of their own, named for them: an app release does not invalidate them in the
 * browser cache, and each loads only with the code that uses it (recharts with the pupil profile,
 * the file parsers with the connector pages). The first page's own code stays in the entry chunk;
 * pages load on first visit (src/app/lazy-pages.ts). See docs/decisions/020-code-splitting.md.
 */
const VENDOR_CHUNKS: ReadonlyArray<readonly [name: string, packages: RegExp]> = [
  ['react', /^(react|react-dom|scheduler|react-router|cookie|set-cookie-parser|use-sync-external-store)$/],
  [
    'charts',
    /^(recharts|react-is|d3-.+|victory-vendor|internmap|decimal\.js-light|es-toolkit|@reduxjs\/toolkit|immer|reselect|react-redux|redux|redux-thunk|eventemitter3|tiny-invariant|clsx)$/,
  ],
  ['query', /^@tanstack\/(query-core|react-query)$/],
  // Only with the lists that are drawn in part (the wizard's codes): not in vendor-query, which the first page loads.
  ['virtual', /^@tanstack\/(react-virtual|virtual-core)$/],
  ['i18n', /^(i18next|react-i18next|html-parse-stringify|void-elements)$/],
  ['dexie', /^dexie$/],
  ['zod', /^zod$/],
  ['xstate', /^(xstate|@xstate\/react)$/],
  ['papaparse', /^papaparse$/],
  ['fflate', /^fflate$/],
  ['xmldom', /^@xmldom\/xmldom$/],
];

/** One group per library set, testing the module's package name. */
const vendorGroups = VENDOR_CHUNKS.map(([name, packages]) => ({
  name: `vendor-${name}`,
  test: (moduleId: string) => {
    const found = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(moduleId)?.[1];
    return found !== undefined && packages.test(found.replace('\\', '/'));
  },
}));

/**
 * Test files share one module graph per worker (React, Dexie, MSW, the app load once per worker,
 * not once per file: about half the suite's CPU): each test makes its own database and starts
 * locked (tests/setup.node.ts). Files that replace a module (vi.mock) run in a graph of their own,
 * as does one that needs a graph where no other file has loaded the built-in lines yet (decision 039).
 */
const MODULE_MOCKS = [
  'tests/integration/views/page-crash.test.tsx',
  'tests/unit/store/group-context-results.test.tsx',
  'tests/unit/store/curriculum-built-in-pending.test.tsx',
];
const shared = { isolate: false, env: { LEERZICHT_SHARED_MODULES: '1' } };

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: { '@': src } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    sourcemap: false,
    // dist/.vite/manifest.json: tests/bench/first-load.mjs lists the chunks the first page loads from it.
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  test: {
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    // Generous: at load 15-20 on 2 cores a view test took over 45 s and a worker test over 20 s (timed
    // out, not wrong); a passing test never waits for these, a hang still ends well within CI's limit.
    testTimeout: 60000,
    // The command-line entries built once for the CLI tests' processes (tests/cli-build.setup.ts).
    globalSetup: ['tests/cli-build.setup.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores (one on a 2-core machine): use them all.
    maxWorkers: Math.max(2, availableParallelism()),
    // Views (.tsx) run in jsdom; everything else in plain Node, which starts far faster (a file
    // that needs the DOM anyway says so with `// @vitest-environment jsdom` at its top).
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup.node.ts', 'tests/setup.dom.ts'],
          testTimeout: 180000,
          include: ['tests/{unit,integration,conformance}/**/*.test.tsx'],
          exclude: MODULE_MOCKS,
          ...shared,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'jsdom',
          setupFiles: ['tests/setup.node.ts', 'tests/setup.dom.ts'],
          testTimeout: 180000,
          include: MODULE_MOCKS,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['tests/setup.node.ts'],
          include: ['tests/{unit,integration,conformance}/**/*.test.ts'],
          ...shared,
        },
      },
    ],
  },
});
