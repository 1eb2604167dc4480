import { rmSync } from 'node:fs';
import { chromium, expect, type FullConfig } from '@playwright/test';
import { SYNCED_PROFILE } from './synced-demo';

/**
 * Once per run: open the demo in a browser profile of its own, let it sync every source, and
 * close it, so each flow starts from a copy of that profile (tests/e2e/fixtures.ts) instead of
 * waiting for a sync of its own.
 */
export default async function syncDemoOnce(config: FullConfig): Promise<void> {
  const use = config.projects[0]?.use ?? {};
  rmSync(SYNCED_PROFILE, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(SYNCED_PROFILE, {
    ...use.launchOptions,
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    serviceWorkers: use.serviceWorkers,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/klas');
    await expect(page.getByRole('status', { name: /demogegevens|demo data/i })).toHaveText(/klaar|ready/i, { timeout: 360_000 });
  } finally {
    await context.close();
  }
}
