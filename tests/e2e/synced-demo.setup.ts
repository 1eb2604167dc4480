import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, expect, type FullConfig } from '@playwright/test';
import { SYNCED_DEMO } from './synced-demo';

/**
 * Once per run: open the demo, let it sync every source, and keep its storage (IndexedDB
 * included) so each flow starts from a synced demo instead of waiting for a sync of its own.
 */
export default async function syncDemoOnce(config: FullConfig): Promise<void> {
  const use = config.projects[0]?.use ?? {};
  const browser = await chromium.launch(use.launchOptions);
  try {
    const context = await browser.newContext({
      baseURL: use.baseURL,
      locale: use.locale,
      timezoneId: use.timezoneId,
      serviceWorkers: use.serviceWorkers,
    });
    const page = await context.newPage();
    await page.goto('/klas');
    await expect(page.getByRole('status', { name: /demogegevens|demo data/i })).toHaveText(/klaar|ready/i, { timeout: 360_000 });
    mkdirSync(dirname(SYNCED_DEMO), { recursive: true });
    await context.storageState({ path: SYNCED_DEMO, indexedDB: true });
  } finally {
    await browser.close();
  }
}
