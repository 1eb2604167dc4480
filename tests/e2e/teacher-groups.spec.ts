import { expect, test, type Page } from './fixtures';
import { DEMO_PASSPHRASE, chooseGroups, expectAccessible, openDemo, openFromMenu } from './support';

const groupOptions = (page: Page) => page.getByLabel('Groep', { exact: true }).locator('option');

test('a teacher chooses Groep 7B at unlock; every teacher view shows only that group and another group is refused', async ({ page }) => {
  await openDemo(page, '/klas', null);
  // While locked, remember a pupil of the first group (Brugklas 1C), to try to open later.
  const otherPupil = await page.getByRole('grid').getByRole('link').first().getAttribute('href');
  expect(otherPupil).toMatch(/^\/leerling\/\d+$/);

  await page.getByRole('banner').getByRole('button', { name: 'Ontgrendelen' }).click();
  const form = page.getByRole('form', { name: 'Leerzicht ontgrendelen' });
  await form.getByLabel('Wachtwoordzin').fill(DEMO_PASSPHRASE);
  await form.getByRole('radio', { name: 'Leerkracht' }).check();
  await form.getByRole('button', { name: 'Ontgrendelen' }).click();
  const picker = page.getByRole('form', { name: 'Mijn groepen' });
  await expect(picker.getByRole('checkbox')).toHaveCount(3);
  await expectAccessible(page);
  await chooseGroups(page, ['Groep 7B'], 'Toon mijn groepen');
  await expect(page.getByText('Ontgrendeld als Leerkracht')).toBeVisible();

  await expect(groupOptions(page)).toHaveText(['Groep 7B']);
  await expect(page.getByRole('grid').getByRole('link').first()).not.toHaveText(/^Leerling \d+$/);
  await expectAccessible(page);
  for (const view of ['Leerlijnen', 'Wie heeft hulp nodig', 'Rubrics']) {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: view }).click();
    await expect(groupOptions(page)).toHaveText(['Groep 7B']);
  }

  // A pupil of another group, by address (in-app navigation: a reload would lock the app).
  await page.evaluate((path) => {
    history.pushState({}, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, otherPupil ?? '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze leerling zit niet in jouw groepen' })).toBeVisible();
  await expectAccessible(page);

  // "Mijn groepen" widens the choice during the session.
  await openFromMenu(page, 'Klasoverzicht');
  await page.getByRole('banner').getByRole('button', { name: 'Mijn groepen' }).click();
  await chooseGroups(page, ['Groep 5A', 'Groep 7B'], 'Opslaan');
  await expect(groupOptions(page)).toHaveText(['Groep 5A', 'Groep 7B']);
});

test('the ICT coordinator still sees every group', async ({ page }) => {
  await openDemo(page, '/klas');
  await expect(groupOptions(page)).toHaveCount(3);
});
