import { expect, test } from './fixtures';
import { expectAccessible, openDemo } from './support';

test('a teacher opens the class overview of a group and sees every pupil with a mastery per line', async ({ page }) => {
  await openDemo(page, '/klas');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const table = page.getByRole('grid', { name: /Groep 7B: beheersing per leerling en leerlijn/ });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(27);
  for (const line of ['Rekenen', 'Lezen', 'Programmeren']) {
    await expect(table.getByRole('columnheader', { name: new RegExp(line) })).toBeVisible();
  }
  // Every pupil has a mastery (a percentage) on every line.
  const cells = await table.locator('tbody td').allTextContents();
  expect(cells).toHaveLength(27 * 3);
  expect(cells.filter((text) => !/\d+%/.test(text))).toEqual([]);
  await expect(page.locator('body')).not.toContainText('nep-eckid');
  await expectAccessible(page);
  // On paper the columns keep their names (the sort buttons are not printed as buttons, but their text is).
  await page.emulateMedia({ media: 'print' });
  for (const line of ['Leerling', 'Rekenen', 'Lezen', 'Programmeren']) {
    const header = table.getByRole('columnheader', { name: new RegExp(line) });
    expect(await header.evaluate((element) => (element as HTMLElement).innerText.trim())).toBe(line);
  }
  await expectAccessible(page);
});

test('a teacher opens a pupil and sees the progress chart and its data table', async ({ page }) => {
  await openDemo(page, '/klas');
  await page.getByRole('grid').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
  const figure = page.getByRole('figure', { name: /Rekenen: resultaten van/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator('.recharts-surface').first()).toBeVisible();
  // the chart is a keyboard stop (Recharts' accessibility layer): it carries the figure's caption as its name
  await expect(figure.getByRole('application', { name: /Rekenen: resultaten van/ })).toBeVisible();
  await expect(figure.getByRole('table').locator('tbody tr').first()).toBeVisible();
  expect(await figure.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(10);
  await expect(page.getByRole('heading', { name: 'Laatste activiteit per bron' })).toBeVisible();
  await expectAccessible(page);
  // On paper: the chart stays, the way back to the class overview does not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Terug naar het klasoverzicht' })).toBeHidden();
  await expect(figure).toBeVisible();
  // The data table is printed whole: its scrolling box (320 px on screen) does not cut it off.
  const box = figure.locator('.chart-frame__table');
  expect(await box.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
  await expect(figure.getByRole('table').locator('tbody tr').last()).toBeVisible();
});

test('a teacher switches the interface to English', async ({ page }) => {
  await openDemo(page, '/klas');
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Class overview' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sources' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('grid', { name: /mastery per pupil and learning line/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Class overview' })).toBeVisible();
  await expectAccessible(page);
});

test('the ICT coordinator runs a sync from the sources page and watches it finish', async ({ page }) => {
  await openDemo(page, '/bronnen');
  const card = page.getByRole('article', { name: 'Sommenspoor' });
  await expect(card.getByText(/gelukt/)).toBeVisible();
  await expect(card.getByText('Codes zonder leerdoel')).toBeVisible();
  await card.getByRole('button', { name: 'Sommenspoor nu synchroniseren' }).click();
  await expect(card.getByText('Synchronisatie van Sommenspoor is klaar.')).toBeVisible();
  await expect(card.getByText(/score ontbreekt of valt buiten de schaal/)).toBeVisible();
  await expectAccessible(page);
});
