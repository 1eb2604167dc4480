/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

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
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: { '@': src } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    setupFiles: ['tests/setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    testTimeout: 20000,
    pool: 'forks',
    // Views (.tsx) run in jsdom; everything else in plain Node, which starts far faster (a file
    // that needs the DOM anyway says so with `// @vitest-environment jsdom` at its top).
    projects: [
      { extends: true, test: { name: 'dom', environment: 'jsdom', testTimeout: 45000, include: ['tests/{unit,integration,conformance}/**/*.test.tsx'] } },
      { extends: true, test: { name: 'node', environment: 'node', include: ['tests/{unit,integration,conformance}/**/*.test.ts'] } },
    ],
  },
});
