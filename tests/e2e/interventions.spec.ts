import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

test('a teacher records extra instruction and sees it on the chart, in the profile and on who needs help', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Wie heeft hulp nodig');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const table = page.getByRole('table', { name: /leerlingen die hulp nodig hebben/ });
  const firstRow = table.locator('tbody tr').first();
  await expect(firstRow).toBeVisible();
  const name = (await firstRow.getByRole('link').textContent()) ?? '';
  await firstRow.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const line = page.getByRole('region', { name: /^Interventies op / }).first();
  await line.getByRole('button', { name: 'Interventie vastleggen' }).click();
  const dialog = line.getByRole('dialog', { name: `Interventie vastleggen voor ${name}` });
  await expect(dialog.getByLabel('Soort')).toBeFocused();
  await expectAccessible(page);
  await dialog.getByLabel('Datum').fill('2026-06-15');
  await dialog.getByLabel('Notitie (optioneel)').fill('Verlengde instructie aan de instructietafel');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(line.getByText('Vastgelegd: Extra instructie gegeven op 15 juni 2026.')).toBeVisible();
  await expect(line.getByRole('table')).toContainText('Verlengde instructie aan de instructietafel');
  // The chart of the same line draws the intervention as a marker with its label.
  const chart = page.getByRole('figure').first();
  await expect(chart.locator('.chart-marker')).toHaveCount(1);
  await expect(chart.getByRole('application')).toContainText('Extra instructie gegeven (15 juni 2026)');

  await openFromMenu(page, 'Wie heeft hulp nodig');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const row = page
    .getByRole('table', { name: /leerlingen die hulp nodig hebben/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText(/Al gehad: Extra instructie gegeven op 15 juni 2026 bij “.+”\. Sindsdien: /);

  // A whole instruction group at once, from its list.
  const group = page.getByRole('button', { name: 'Extra instructie vastleggen voor dit groepje' }).first();
  await group.click();
  await expect(page.getByRole('dialog', { name: /Interventie vastleggen voor het groepje/ })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(group).toBeFocused();
});
