import { expect, test } from './fixtures';
import { expectAccessible, openDemo } from './support';

test('a teacher walks the class grid by keyboard, opens a cell’s detail with Enter and closes it with Escape; the sort is in the address', async ({
  page,
}) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const grid = page.getByRole('grid', { name: /Groep 7B: beheersing per leerling en leerlijn/ });
  await expect(grid.locator('tbody tr').first()).toBeVisible();
  // One tab stop: the first header's sort button; the arrows move from there.
  await grid.getByRole('button', { name: 'Sorteer op Leerling' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('rowheader').first().getByRole('link')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const cell = grid.getByRole('gridcell').first();
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Control+End');
  await expect(grid.getByRole('gridcell').last()).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(grid.getByRole('button', { name: 'Sorteer op Leerling' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const last = grid.locator('tbody tr').first().getByRole('gridcell').last();
  await expect(last).toBeFocused();
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog');
  await expect(popover).toContainText('Aantal resultaten');
  await expect(popover.getByRole('link', { name: /^Resultaten van / })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(last).toBeFocused();

  await grid.getByRole('button', { name: 'Sorteer op Rekenen' }).click();
  await expect(page).toHaveURL(/sorteer=rekenen&volgorde=af/);
  await expect(grid.getByRole('columnheader', { name: /Rekenen/ })).toHaveAttribute('aria-sort', 'descending');
  await page.goBack();
  await expect(page).not.toHaveURL(/sorteer=/);
  await expect(grid.getByRole('columnheader', { name: /Rekenen/ })).toHaveAttribute('aria-sort', 'none');
});
