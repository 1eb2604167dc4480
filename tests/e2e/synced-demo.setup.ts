import { rmSync } from 'node:fs';
import { chromium, expect, type FullConfig, type Page } from '@playwright/test';
import { unlockDemo } from './support';
import { SYNCED_PROFILE } from './synced-demo';

/**
 * Once per run: open the demo in a browser profile of its own, let it sync every source, and
 * close it, so each flow starts from a copy of that profile (tests/e2e/fixtures.ts) instead of
 * waiting for a sync of its own. The class overview's columns are kept in it too (decision 043), as on a
 * teacher's device after the first visit: a flow then opens /klas as a teacher does on any later day.
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
    await keepGridColumns(page);
  } finally {
    await context.close();
  }
}

/** Counts the rows of one table in the demo's database (IndexedDB, read directly: the app offers no count of it). */
async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(async (name) => {
    const dbs = await indexedDB.databases();
    let total = 0;
    for (const { name: dbName } of dbs) {
      if (!dbName) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`${dbName} did not open`));
      });
      if (db.objectStoreNames.contains(name))
        total += await new Promise<number>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error(`${name} not counted`));
        });
      db.close();
    }
    return total;
  }, table);
}

/**
 * Opens every group's class overview once, unlocked as the coordinator, and waits until the compute worker has kept
 * every pupil's columns (it keeps them once no grid was asked for a few seconds).
 */
async function keepGridColumns(page: Page): Promise<void> {
  await unlockDemo(page, 'ICT-coördinator');
  const choice = page.getByLabel('Groep', { exact: true });
  const groups = (await choice.locator('option').allTextContents()).filter((name) => name.trim() !== '');
  for (const group of groups) {
    await choice.selectOption({ label: group });
    await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible({ timeout: 120_000 });
  }
  const pupils = await countRows(page, 'pupilChanges');
  expect(pupils).toBeGreaterThan(0);
  // Keeping is a saving for later visits (the app reads the rows where none are kept): a profile whose columns were not
  // all kept still serves every flow, so the run goes on and says so, instead of losing every flow to the setup.
  await expect
    .poll(() => countRows(page, 'keptColumns'), { timeout: 120_000, intervals: [1_000] })
    .toBe(pupils)
    .catch(async () => {
      const kept = await countRows(page, 'keptColumns');
      console.log(`\nSynced demo: the columns of ${kept} of ${pupils} pupils were kept after 120 s; flows read the others' rows.`);
    });
}
