import { expect, test, type Page } from './fixtures';
import { expectAccessible, openDemo } from './support';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

// Every page, at phone width: no sideways scrolling; a table wider than the screen scrolls in a
// named region of its own; axe on each.
test("the class overview fits a phone: its grid scrolls in its own named region, and so do a pupil's profile and the other teacher pages", async ({
  page,
}) => {
  await openDemo(page, '/klas', 'ICT-coördinator');
  const gridRegion = page.getByRole('region', { name: /beheersing per leerling en leerlijn/ });
  await expect(gridRegion.getByRole('grid')).toBeVisible();
  expect(await gridRegion.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);
  // A pupil's profile too: the first pupil of the class overview.
  const pupil = (await page.getByRole('grid').getByRole('link').first().getAttribute('href')) ?? '/klas';
  for (const route of ['/klas', '/hulp', '/leerlijnen', '/rubrics', pupil]) await fitsPhone(page, route);
});

// The other pages in two groups, so two browsers share the work.
for (const routes of [
  ['/rubrics/nieuw', '/rapport', '/bronnen', '/bronnen/nieuw'],
  ['/privacy', '/opgeslagen', '/curriculum'],
])
  test(`these pages fit a phone (390 x 844): ${routes.join(', ')}`, async ({ page }) => {
    await openDemo(page, routes[0], 'ICT-coördinator');
    for (const route of routes) await fitsPhone(page, route);
  });

/** Moves to a page in the app and checks it fits a phone; axe on it. */
async function fitsPhone(page: Page, route: string) {
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
  // Against the phone's 390 px, not innerWidth: a mobile browser widens its layout viewport to a
  // page that is too wide (innerWidth then grows with it, and the page is shown zoomed out).
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll, `${route} scrolls sideways`).toBeLessThanOrEqual(390);
  // A table wider than the screen scrolls inside its own region, named after the table; one
  // without focusable cells of its own can be reached (and scrolled) by keyboard.
  const overflowing = await page.locator('table').evaluateAll((tables) =>
    tables
      .filter((table) => table.getBoundingClientRect().width > window.innerWidth && table.getClientRects().length > 0)
      .map((table) => {
        // Its own region: a named role=region, or a named section (a panel) that scrolls.
        const region = table.closest('[role="region"], section[aria-labelledby], section[aria-label]');
        const focusable = table.querySelector('a, button, input, select, [tabindex="0"]') !== null;
        // A caption that is shown reads whole on the screen before the table is scrolled (one centred on the table began off it).
        const shown = table.querySelector('caption')?.getBoundingClientRect();
        return {
          captionInView: !shown || shown.width <= 1 || (shown.left >= 0 && shown.right <= window.innerWidth),
          caption: table.querySelector('caption')?.textContent?.slice(0, 40) ?? '',
          named: (region?.getAttribute('aria-label') ?? region?.getAttribute('aria-labelledby') ?? '') !== '',
          reachable: focusable || region?.getAttribute('tabindex') === '0',
          scrolls: region !== null && region.scrollWidth > region.clientWidth,
        };
      }),
  );
  for (const table of overflowing)
    expect(table, `${route}: ${table.caption}`).toMatchObject({ captionInView: true, named: true, reachable: true, scrolls: true });
  await expectAccessible(page);
}

test('a phone has a menu button; the menu opens, its links are tap-sized, and choosing one folds it', async ({ page }) => {
  await openDemo(page, '/klas', 'ICT-coördinator');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
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
  // With the menu folded, the teacher's pages are one tap away in the bar at the bottom.
  const tabs = page.getByRole('navigation', { name: 'Snel naar' });
  await expect(tabs.getByRole('link', { name: 'Hulp' })).toHaveAttribute('aria-current', 'page');
  for (const link of await tabs.getByRole('link').all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  const group = new URL(page.url()).searchParams.get('groep');
  await tabs.getByRole('link', { name: 'Leerlijnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leerlijnen' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('groep')).toBe(group);
  // Each tab's word on one line, the current (bold) one too: never broken as "Leerlijne-n".
  await expect(tabs.getByRole('link', { name: 'Leerlijnen' })).toHaveAttribute('aria-current', 'page');
  const lines = await tabs.getByRole('link').evaluateAll((links) =>
    links.map((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      return `${link.textContent}: ${new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size}`;
    }),
  );
  expect(lines).toEqual(['Klas: 1', 'Hulp: 1', 'Leerlijnen: 1', 'Rubrics: 1', 'Rapport: 1']);
  // It stays at the top of the screen while the page scrolls.
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect.poll(async () => Math.round((await tabs.boundingBox())?.y ?? -1)).toBe(0);
});
