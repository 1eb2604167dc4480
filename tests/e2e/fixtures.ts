import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { SYNCED_PROFILE } from './synced-demo';

export { expect, type Locator, type Page, type Request } from '@playwright/test';

/**
 * Every flow runs in a browser profile of its own. A flow that starts from the synced demo gets a
 * copy of the profile the global setup synced (tests/e2e/synced-demo.setup.ts): copying its
 * folder takes a moment, where restoring the same IndexedDB from a storage state took Chromium
 * about 90 s per flow. A flow that must see the first start says test.use({ demoState: 'fresh' }).
 */
/** Profiles in memory where the system has a tmpfs for it (Linux): IndexedDB's writes then wait on no disk. */
const profiles = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

export const test = base.extend<{ demoState: 'synced' | 'fresh'; context: BrowserContext }>({
  demoState: ['synced', { option: true }],
  context: async (
    { demoState, launchOptions, baseURL, locale, timezoneId, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, serviceWorkers },
    provide,
    testInfo,
  ) => {
    // Named for the flow (file and line), so a tool that sums the CPU of each profile's processes can say whose it is.
    const flow = `${basename(testInfo.file, '.spec.ts')}-${testInfo.line}`.replace(/[^\w-]/g, '_');
    const profile = mkdtempSync(join(profiles, `leerzicht-e2e-${flow}-`));
    if (demoState === 'synced') {
      cpSync(SYNCED_PROFILE, profile, { recursive: true, filter: (path) => !/Singleton/.test(path) });
    }
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      locale,
      timezoneId,
      viewport,
      isMobile,
      hasTouch,
      userAgent,
      deviceScaleFactor,
      serviceWorkers,
      acceptDownloads: true,
    });
    try {
      await provide(context);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
  page: async ({ context }, provide, testInfo) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await provide(page);
    // A flow that failed says what the page showed then, in the run's own output (CI keeps no files).
    if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
      const shown = await page
        .locator('body')
        .ariaSnapshot({ timeout: 10_000 })
        .catch((error: unknown) => `(no snapshot: ${String(error)})`);
      console.log(`\n--- ${testInfo.title}: the page at ${page.url()} when it failed ---\n${shown.slice(0, 6000)}\n---`);
    }
  },
});
