#!/usr/bin/env node
/**
 * Time to data on Wie heeft hulp nodig (/hulp) and the main thread's long tasks meanwhile (issue 12,
 * goal 4: data in < 1 s, no task over 200 ms), in Chromium on the demo build. From the class
 * overview, the main menu's link is followed (the group's results are then already read, as when a
 * teacher goes from one view to the other) and timed until the list, or the line that nobody needs
 * help, shows; then every other group is chosen in the page's group menu and timed the same way.
 * Prints one JSON line per group with the load average.
 *
 *   npm run build:demo && node tests/bench/needs-help-scale.mjs [distDir]   (PORT=4113)
 */
import { load, longTasksSince, openDemoBrowser, startDemo } from './support/demo-browser.mjs';

const dist = process.argv[2] ?? 'dist-demo';
const PORT = Number(process.env.PORT ?? 4113);

const { page, close } = await openDemoBrowser(dist, PORT);
const select = page.getByLabel('Groep', { exact: true });
/** The list of the group chosen now, or the line that nobody in it needs help. */
const shown = async () => {
  await select.waitFor({ timeout: 600_000 });
  const name = await select.evaluate((element) => element.selectedOptions[0]?.textContent ?? '');
  await page
    .getByRole('table', { name: `${name}: leerlingen die hulp nodig hebben` })
    .or(page.getByText(`Volgens deze regel heeft nu niemand in ${name} extra hulp nodig.`))
    .or(page.getByText('Deze groep heeft geen leerlingen.'))
    .first()
    .waitFor({ timeout: 600_000 });
};
const timed = async (label, act) => {
  const from = await page.evaluate(() => performance.now());
  await act();
  await shown();
  const ms = Math.round((await page.evaluate(() => performance.now())) - from);
  console.log(JSON.stringify({ figure: 'needs-help-time-to-data', group: label, ms, ...(await longTasksSince(page, from)), load: load() }));
};
try {
  await startDemo(page, '/klas');
  await page.getByText(/: beheersing per leerling en leerlijn$/).waitFor({ timeout: 600_000 });
  await timed('first (via the menu)', () =>
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wie heeft hulp nodig' }).click(),
  );
  const options = await select.locator('option').allTextContents();
  for (const name of options.slice(1)) await timed(name, () => select.selectOption({ label: name }));
} finally {
  await close();
}
