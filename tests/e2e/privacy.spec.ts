import { expect, test, type Request } from './fixtures';
import { DEMO_GROUPS, DEMO_PUPILS } from '../../mocks/demo-school/school';
import { expectAccessible, openDemo, openFromMenu, unlockDemo } from './support';

interface Captured {
  readonly url: string;
  readonly headers: string;
  readonly body: string;
}

/** Roster-only data: names and group names. None of it may appear in any request to a supplier. */
const rosterValues = [
  ...new Set([
    ...DEMO_PUPILS.flatMap((pupil) => [pupil.firstName, pupil.lastName, `${pupil.firstName} ${pupil.lastName}`]),
    ...DEMO_GROUPS.map((group) => group.name),
  ]),
].filter((value) => value.length >= 3);

test.describe('from the first start', () => {
  // The whole session, first sync included: a fresh demo.
  test.use({ demoState: 'fresh' });

  test('a full demo session sends no roster name and no group name to any supplier', async ({ page, context }) => {
    const captured: Captured[] = [];
    const capture = async (request: Request) => {
      const url = request.url();
      if (url.startsWith('http://localhost')) return;
      captured.push({ url, headers: JSON.stringify(await request.allHeaders()), body: request.postData() ?? '' });
    };
    context.on('request', (request) => void capture(request));

    await openDemo(page, '/klas');
    for (const group of DEMO_GROUPS) {
      await page.getByLabel('Groep', { exact: true }).selectOption({ label: group.name });
      await expect(page.getByRole('grid', { name: new RegExp(group.name) })).toBeVisible();
    }
    // Exports are made in the browser: a download, never a request.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await page.getByRole('grid').getByRole('link').first().click();
    await expect(page.getByRole('figure').first()).toBeVisible();
    await openFromMenu(page, 'Bronnen');
    await page.getByRole('button', { name: 'Alle bronnen synchroniseren' }).click();
    // A second sync of every source reads each supplier again: give it the time a busy machine needs.
    for (const name of ['Sommenspoor', 'Leesvlinder', 'Blokkodo', 'Digitaal Werkboek (Caliper)', 'LRS schoolbestuur', 'Toetsplein (OneRoster)']) {
      await expect(page.getByRole('article', { name }).getByText(`Synchronisatie van ${name} is klaar.`)).toBeVisible({ timeout: 360_000 });
    }

    const hosts = new Set(captured.map((request) => new URL(request.url).host));
    expect([...hosts].sort()).toEqual([
      'api.blokkodo.example',
      'api.leesvlinder.example',
      'api.sommenspoor.example',
      'caliper.demo-schoolbestuur.example',
      'lrs.demo-schoolbestuur.example',
      'toetsplein.demo-schoolbestuur.example',
    ]);
    const leaks = captured.flatMap((request) =>
      rosterValues
        .filter((value) => [decodeURIComponent(request.url), request.headers, request.body].some((part) => part.includes(value)))
        .map((value) => `${value} in ${request.url}`),
    );
    expect(leaks).toEqual([]);
    // Pseudonyms are fine towards suppliers but never appear in the app's own URLs.
    expect(page.url()).not.toContain('nep-eckid');
    await expectAccessible(page);
  });
});

test('the ICT coordinator withdraws a pupil’s consent for the whole app and every result of that pupil disappears', async ({ page }) => {
  await openDemo(page, '/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Leerlingen en privacy' })).toBeVisible();
  await expectAccessible(page);
  const box = page.getByRole('checkbox', { name: /voor Hele app$/ }).first();
  const label = (await box.getAttribute('aria-label')) ?? '';
  const name = label.replace(/^Toestemming van /, '').replace(/ voor Hele app$/, '');
  await box.click();
  const dialog = page.getByRole('alertdialog', { name: `Toestemming intrekken voor ${name} bij Hele app?` });
  await expect(dialog.getByLabel('Datum')).toBeFocused();
  await dialog.getByLabel(/Notitie/).fill('op verzoek van de ouders');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByText(/Toestemming ingetrokken; \d+ resultaten verwijderd\./)).toBeVisible();
  await expect(box).toHaveAccessibleDescription(/^Ingetrokken op \d+ \w+ \d{4}: op verzoek van de ouders$/);
  const source = page.getByRole('checkbox', { name: `Toestemming van ${name} voor Sommenspoor` });
  await expect(source).toBeDisabled();
  await expect(source).toHaveAccessibleDescription('Niet van toepassing: geen toestemming voor de hele app');
  await expectAccessible(page);
  await openFromMenu(page, 'Klasoverzicht');
  await page.getByRole('link', { name: `Bekijk de voortgang van ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen resultaten voor deze leerling.')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(0);
});

test('names stay sealed until the visitor unlocks the demo with its passphrase, and lock hides them again', async ({ page }) => {
  await openDemo(page, '/klas', null);
  const firstLink = page.getByRole('grid').getByRole('link').first();
  await expect(firstLink).toHaveText(/^Leerling \d+$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bronnen' })).toHaveCount(0);
  await expectAccessible(page);
  await unlockDemo(page, 'Leerkracht');
  await expect(page.getByRole('grid').getByRole('link').first()).not.toHaveText(/^Leerling \d+$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bronnen' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('grid').getByRole('link').first()).toHaveText(/^Leerling \d+$/);
});
