import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

test('a pupil assessed twice on different dates shows both judgements in the rubric history of the profile', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Rubrics');
  await page.getByLabel('Rubric', { exact: true }).selectOption('eigenaarschap');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const table = page.getByRole('table', { name: /Eigenaar van je leerproces: Plannen in Groep 7B/ });
  const first = table.getByRole('combobox').first();
  const name = ((await first.getAttribute('aria-label')) ?? '').replace(/^Plannen voor /, '');
  for (const [date, level] of [
    ['2026-03-02', 'op-weg'],
    ['2026-06-15', 'expert'],
  ] as const) {
    await page.getByLabel('Datum', { exact: true }).fill(date);
    await first.selectOption(level);
    await page.getByRole('button', { name: 'Beoordelingen opslaan' }).click();
    await expect(page.getByText(/1 beoordeling opgeslagen\./)).toBeVisible();
  }
  await openFromMenu(page, 'Klasoverzicht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  await page.getByRole('link', { name: `Bekijk de voortgang van ${name}` }).click();
  await expect(page.getByRole('heading', { name: 'Rubrics: oordeel van de leerkracht' })).toBeVisible();
  const history = page.getByRole('table', {
    name: `Eigenaar van je leerproces: alle beoordelingen van ${name} (oordeel van de leerkracht), oudste eerst`,
  });
  await expect(history.getByRole('row').filter({ hasText: '2 maart 2026' })).toContainText(/Plannen\s*op weg/);
  await expect(history.getByRole('row').filter({ hasText: '15 juni 2026' })).toContainText(/Plannen\s*expert/);
  await expect(page.getByRole('figure', { name: /Eigenaar van je leerproces · .*Plannen/ })).toBeVisible();
  // Beside the rubric history: our status per goal with growth since a date and the supplier's band.
  await expect(page.getByLabel('Groei sinds', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: `doelen van ${name} met onze status` }).first()).toBeVisible();
  await expectAccessible(page);
});

test('the ICT coordinator chooses a method per line; the class overview says so and shows rubric columns as teacher judgement', async ({ page }) => {
  await openDemo(page, '/klas', 'ICT-coördinator');
  await openFromMenu(page, 'Leerlijnen');
  const select = page.getByLabel('Methode voor Rekenen');
  await select.selectOption({ label: 'Laatste score' });
  await expect(page.getByText('Methode voor Rekenen opgeslagen: Laatste score.')).toBeVisible();
  await expectAccessible(page);
  await openFromMenu(page, 'Klasoverzicht');
  await expect(page.getByText(/Methode per leerlijn: .*Rekenen: Laatste score/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Rubrics tonen (oordeel van de leerkracht)' }).check();
  await expect(page.getByText(/Kolommen met "oordeel leerkracht"|Er zijn nog geen rubricbeoordelingen/)).toBeVisible();
  await expectAccessible(page);
});
