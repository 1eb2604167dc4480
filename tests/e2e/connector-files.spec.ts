import { expect, test } from '@playwright/test';
import { expectAccessible, openDemo } from './support';

test('the ICT coordinator imports a CSV export through the wizard (columns, a goal), sees the counts, then renames the connector', async ({ page }) => {
  await openDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'CSV-export van een leverancier' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Toetsplatform');
  await page.getByLabel('Exportbestanden').setInputFiles('tests/fixtures/files/toetsen-export.csv');
  await expect(page.getByText('Gekozen: toetsen-export.csv')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();

  await expect(page.getByText('Kies nog een kolom voor: Maximale score')).toBeVisible();
  await page.getByLabel('Maximale score (verplicht)').selectOption('Uit');
  await expect(page.getByRole('table', { name: 'De eerste 3 regels zoals Leerzicht ze leest' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Regels die worden afgekeurd' }).getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Volgende' }).click();

  const unmapped = page.getByRole('list', { name: 'Codes zonder leerdoel' });
  await expect(unmapped.getByRole('listitem')).toHaveCount(2);
  const code = unmapped.getByRole('listitem').filter({ hasText: 'REKENEN-BREUKEN-1' });
  await code.getByRole('searchbox').fill('getallen 1F');
  await code.getByRole('combobox').selectOption('rekenen.getallen.1f');
  await code.getByRole('button', { name: 'Koppelen' }).click();
  await expect(unmapped.getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await expect(page.getByText('De koppeling Toetsplatform is opgeslagen en het bestand is geïmporteerd.')).toBeVisible();

  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  const card = page.getByRole('article', { name: 'Toetsplatform' });
  await expect(card.getByRole('definition').nth(1)).toHaveText('bestand:toetsen-export.csv');
  await expect(card.getByRole('definition').nth(3)).toHaveText('3');
  await expect(card.getByRole('definition').nth(4)).toHaveText('3');
  await expect(card.getByRole('button', { name: 'Nieuw bestand importeren voor Toetsplatform' })).toBeVisible();
  await expectAccessible(page);

  await card.getByRole('link', { name: 'Toetsplatform bewerken' }).click();
  await expect(page.getByRole('heading', { name: 'Koppeling bewerken' })).toBeVisible();
  await page.getByLabel('Naam van de koppeling').fill('Toetsplatform rekenen');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('De wijzigingen in Toetsplatform rekenen zijn opgeslagen.')).toBeVisible();
  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  const renamed = page.getByRole('article', { name: 'Toetsplatform rekenen' });
  await expect(renamed.getByRole('definition').nth(3)).toHaveText('3');
  await expect(page.getByRole('article', { name: 'Toetsplatform', exact: true })).toHaveCount(0);
});
