import { expect, test } from './fixtures';
import { DEMO_PASSPHRASE, expectAccessible } from './support';

/**
 * The first paint does not wait for the scripts (issue 12 goal 6, decision 040): index.html holds
 * the header's bar with the app's name, drawn as soon as the HTML and the stylesheet are there;
 * the app replaces it with its own header when it starts.
 */
test.use({ demoState: 'fresh' });

test('the header shows before any script runs, and the app replaces it with its own', async ({ browser, page }) => {
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  try {
    const bare = await withoutScripts.newPage();
    await bare.goto('/klas');
    const banner = bare.getByRole('banner');
    await expect(banner).toHaveText('Leerzicht');
    // The stylesheet styles it as the app's header (a dark bar), not as unstyled text.
    await expect(banner).toHaveCSS('background-color', 'rgb(18, 50, 79)');
  } finally {
    await withoutScripts.close();
  }

  await page.goto('/klas');
  await expect(page.getByRole('heading', { level: 1, name: 'Klasoverzicht' })).toBeVisible();
  // One header: the app's (with its menu), the placeholder gone.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('navigation')).toBeAttached();
});

test("the demo's mock worker and first sync load only once the first page is drawn", async ({ page }) => {
  // When the class overview's heading is first in the page, by the page's own clock (performance.now()).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (document.querySelector('h1')) {
        (window as unknown as { headingAt: number }).headingAt = performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  // The demo's start waits here until a visitor has asked to unlock: its vault does not exist yet.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/demo-bootstrap-[\w-]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/klas');
  await expect(page.getByRole('heading', { level: 1, name: 'Klasoverzicht' })).toBeVisible();
  // Unlocking with the right passphrase before the demo has made its vault waits for it (it once said "wrong").
  await page.getByRole('banner').getByRole('button', { name: 'Ontgrendelen' }).click();
  const form = page.getByRole('form', { name: 'Leerzicht ontgrendelen' });
  await form.getByLabel('Wachtwoordzin').fill(DEMO_PASSPHRASE);
  await form.getByRole('radio', { name: 'ICT-coördinator' }).check();
  await form.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(form.getByRole('status')).toHaveText('De demoschool wordt nog klaargezet. Je wordt ontgrendeld zodra de leerlingen zijn ingelezen…');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page);
  release();
  await expect(page.getByText('Ontgrendeld als ICT-coördinator')).toBeVisible({ timeout: 60_000 });
  // The demo still syncs: its data arrives and the status says so.
  await expect(page.getByRole('status', { name: 'Demogegevens' })).toHaveText('De demogegevens zijn klaar.', { timeout: 360_000 });
  const { headingAt, requested } = await page.evaluate(() => ({
    headingAt: (window as unknown as { headingAt: number }).headingAt,
    requested: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/(demo-start|demo-bootstrap|registry|sync-hub)-[\w-]{8}\.js$/.test(entry.name))
      .map((entry) => ({ name: entry.name.replace(/^.*\/assets\//, ''), startTime: entry.startTime })),
  }));
  expect(requested.map(({ name }) => name.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(['demo-bootstrap', 'demo-start', 'registry', 'sync-hub']);
  expect(requested.filter(({ startTime }) => startTime < headingAt)).toEqual([]);
});
