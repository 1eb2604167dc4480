import { defineConfig, devices } from '@playwright/test';
import { findChromium, thisSystem } from './scripts/find-chromium.mjs';
import { E2E_CHROMIUM_ARGS } from './tests/e2e/chromium-args';

const lookup = findChromium(thisSystem());
// npm test passes the browser it found or installed in CHROMIUM_PATH; run on its own, the same lookup.
const chromium = lookup.kind === 'found' ? lookup.path : '/usr/bin/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

/** Browser tests run against the built app in demo mode, in Debian's Chromium (never a downloaded one). */
export default defineConfig({
  testDir: 'tests/e2e',
  // Generous for a busy machine (a flow takes 10-90 s on a quiet one); a hang still ends well within CI's limit.
  timeout: 420_000,
  expect: { timeout: 60_000 },
  // Every flow has a browser profile of its own (tests/e2e/fixtures.ts), so flows run side by side,
  // one per core.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  // The demo syncs its six sources once (tests/e2e/synced-demo.setup.ts); every flow starts from a
  // copy of that browser profile (tests/e2e/fixtures.ts). A flow that needs the first start itself
  // says test.use({ demoState: 'fresh' }).
  globalSetup: './tests/e2e/synced-demo.setup.ts',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: chromium,
      args: [...E2E_CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${process.env.E2E_DIST ?? 'dist-demo'} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
