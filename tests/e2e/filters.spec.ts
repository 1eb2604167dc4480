import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

/** The grid as the screen shows it: per pupil (in screen order) the value of every column. */
async function screenRows(grid: Locator): Promise<string[][]> {
  await expect(grid.locator('tbody tr').first()).toBeVisible();
  return grid.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [
      (row.querySelector('th')?.textContent ?? '').trim(),
      ...[...row.querySelectorAll('td .heat-cell__value')].map((cell) => {
        const text = (cell.textContent ?? '').trim();
        return text === '–' ? '' : text;
      }),
    ]),
  );
}

/** The CSV file the export button downloads, as rows of cells (';' separated, BOM dropped). */
async function exportedRows(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CSV)' }).click()]);
  const text = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '');
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));
}

const selectValue = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

test('filters stay: each change is a step Back and Forward go through, the menu keeps them, and the CSV export follows them and the sort', async ({
  page,
}) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  await expect(page).toHaveURL(/groep=/);
  const grid = page.getByRole('grid', { name: /Groep 7B: beheersing per leerling en leerlijn/ });
  const unfiltered = await screenRows(grid);

  // Three filters, three steps in the history.
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'De laatste weken' });
  await expect(page).toHaveURL(/periode=weken-6/);
  await expect(page.getByLabel('Aantal weken')).toHaveValue('6');
  await page.getByLabel('Bron', { exact: true }).selectOption({ label: 'Sommenspoor' });
  await expect(page).toHaveURL(/bron=sommenspoor/);
  await page.getByLabel('Werkvorm', { exact: true }).selectOption({ label: 'Oefenen' });
  await expect(page).toHaveURL(/vorm=oefenen/);
  await page.getByLabel('Leerlijn', { exact: true }).selectOption({ label: 'Rekenen' });
  await expect(page).toHaveURL(/leerlijn=rekenen/);
  await expect(page.getByRole('grid', { name: /Groep 7B: beheersing per leerling en doel van Rekenen/ })).toBeVisible();

  // Back steps out of them one by one; Forward steps in again.
  await page.goBack();
  await expect(page).not.toHaveURL(/leerlijn=/);
  expect(await selectValue(page, 'Leerlijn')).toBe('');
  await expect(page).toHaveURL(/vorm=oefenen/);
  await page.goBack();
  await expect(page).not.toHaveURL(/vorm=/);
  expect(await selectValue(page, 'Werkvorm')).toBe('');
  expect(await selectValue(page, 'Bron')).toBe('sommenspoor');
  await page.goBack();
  await expect(page).not.toHaveURL(/bron=/);
  expect(await selectValue(page, 'Bron')).toBe('');
  await expect(page).toHaveURL(/periode=weken-6/);
  await page.goForward();
  await expect(page).toHaveURL(/bron=sommenspoor/);
  expect(await selectValue(page, 'Bron')).toBe('sommenspoor');
  await page.goForward();
  await expect(page).toHaveURL(/vorm=oefenen/);
  expect(await selectValue(page, 'Werkvorm')).toBe('practice');
  await expect(page).not.toHaveURL(/leerlijn=/);

  // The screen counts fewer results now: the values differ from those of all results.
  const filtered = await screenRows(grid);
  expect(filtered).not.toEqual(unfiltered);
  await expectAccessible(page);

  // The sort goes into the address; the export lists the pupils in the screen's order with the screen's values.
  await grid.getByRole('button', { name: 'Sorteer op Rekenen' }).click();
  await expect(page).toHaveURL(/sorteer=rekenen&volgorde=af/);
  await expect(grid.getByRole('columnheader', { name: /Rekenen/ })).toHaveAttribute('aria-sort', 'descending');
  const shown = await screenRows(grid);
  const file = await exportedRows(page);
  const header = file[0] ?? [];
  expect(header[0]).toBe('Leerling');
  const columnLabels = await grid.locator('thead th').evaluateAll((cells) => cells.slice(1).map((cell) => (cell.textContent ?? '').trim()));
  // Per column the file has the value and its status; the values are every other cell.
  expect(header.filter((_, index) => index % 2 === 1)).toEqual(
    columnLabels.map((label) => expect.stringContaining(label.replace(/[▲▼↕]/g, '').trim())),
  );
  const fileRows = file.slice(1).map((row) => [row[0] ?? '', ...row.slice(1).filter((_, index) => index % 2 === 0)]);
  expect(fileRows).toEqual(shown);
  expect(fileRows.some((row) => row.slice(1).some((value) => value !== ''))).toBe(true);
  // Highest Rekenen first, pupils without a value last: the order is not the alphabetical one.
  const rekenen = columnLabels.findIndex((label) => label.includes('Rekenen')) + 1;
  const values = fileRows
    .map((row) => row[rekenen] ?? '')
    .filter((value) => value !== '')
    .map((value) => Number.parseInt(value, 10));
  expect(values).toEqual([...values].sort((a, b) => b - a));

  // Another page of the same group keeps the group and the filters (the menu carries them).
  await openFromMenu(page, 'Wie heeft hulp nodig');
  await expect(page.getByRole('heading', { level: 1, name: 'Wie heeft hulp nodig' })).toBeVisible();
  await expect(page).toHaveURL(/\/hulp\?.*periode=weken-6/);
  await expect(page).toHaveURL(/bron=sommenspoor/);
  await expect(page).toHaveURL(/vorm=oefenen/);
  expect(await selectValue(page, 'Periode')).toBe('last-weeks');
  expect(await selectValue(page, 'Bron')).toBe('sommenspoor');
  expect(await selectValue(page, 'Werkvorm')).toBe('practice');
  await openFromMenu(page, 'Klasoverzicht');
  await expect(page.getByRole('grid', { name: /Groep 7B: beheersing per leerling en leerlijn/ })).toBeVisible();
  expect(await selectValue(page, 'Werkvorm')).toBe('practice');
  expect(await screenRows(grid)).toEqual(filtered);
});
