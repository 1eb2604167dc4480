import { expect, test } from './fixtures';
import { expectAccessible, openDemo } from './support';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const routes = [
  '/klas',
  '/hulp',
  '/leerlijnen',
  '/rubrics',
  '/rubrics/nieuw',
  '/rapport',
  '/bronnen',
  '/bronnen/nieuw',
  '/privacy',
  '/opgeslagen',
  '/curriculum',
];

test('every page fits a phone (390 x 844): no sideways scrolling, a menu button, tap targets of 44 px', async ({ page }) => {
  await openDemo(page, '/klas', 'ICT-coördinator');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  // The class overview's grid is wider than a phone: it scrolls inside its own named region.
  const gridRegion = page.getByRole('region', { name: /beheersing per leerling en leerlijn/ });
  await expect(gridRegion.getByRole('grid')).toBeVisible();
  expect(await gridRegion.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);
  // A pupil's profile too: the first pupil of the class overview.
  const pupil = await page.getByRole('grid').getByRole('link').first().getAttribute('href');
  for (const route of [...routes, pupil ?? '/klas']) {
    // In-app navigation (a reload would lock the app again).
    const before = await page.getByRole('heading', { level: 1 }).first().innerText();
    const moved = new URL(page.url()).pathname !== route;
    await page.evaluate((path) => {
      history.pushState({}, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, route);
    // The new page is there once its own heading replaced the one before (axe in between saw no h1).
    if (moved) await expect(page.getByRole('heading', { level: 1 }).first()).not.toHaveText(before);
    await expect(page.locator('.page-loading')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(width.scroll, `${route} scrolls sideways`).toBeLessThanOrEqual(width.inner);
    // A table wider than the screen scrolls inside its own region, named after the table; one
    // without focusable cells of its own can be reached (and scrolled) by keyboard.
    const overflowing = await page.locator('table').evaluateAll((tables) =>
      tables
        .filter((table) => table.getBoundingClientRect().width > window.innerWidth && table.getClientRects().length > 0)
        .map((table) => {
          // Its own region: a named role=region, or a named section (a panel) that scrolls.
          const region = table.closest('[role="region"], section[aria-labelledby], section[aria-label]');
          const focusable = table.querySelector('a, button, input, select, [tabindex="0"]') !== null;
          return {
            caption: table.querySelector('caption')?.textContent?.slice(0, 40) ?? '',
            named: (region?.getAttribute('aria-label') ?? region?.getAttribute('aria-labelledby') ?? '') !== '',
            reachable: focusable || region?.getAttribute('tabindex') === '0',
            scrolls: region !== null && region.scrollWidth > region.clientWidth,
          };
        }),
    );
    for (const table of overflowing) expect(table, `${route}: ${table.caption}`).toMatchObject({ named: true, reachable: true, scrolls: true });
    await expectAccessible(page);
  }
  // The menu opens, its links are big enough to tap, and choosing one folds it again.
  await menu.click();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav).toBeVisible();
  await expectAccessible(page);
  for (const link of await nav.getByRole('link').all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  for (const button of await page.getByRole('banner').getByRole('button').all())
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await nav.getByRole('link', { name: 'Wie heeft hulp nodig' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie heeft hulp nodig' })).toBeVisible();
  await expect(nav).toBeHidden();
});
