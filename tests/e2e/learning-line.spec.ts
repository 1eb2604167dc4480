import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

test('a teacher opens the programming line for groep 7, drills into a goal and sees the results behind it', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Leerlijnen');
  await page.getByLabel('Leerlijn', { exact: true }).selectOption('programmeren');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const upper = page.getByRole('region', { name: 'bovenbouw (groep 7-8)' });
  await expect(upper).toBeVisible();
  await expectAccessible(page);
  await upper.getByRole('link').first().click();
  await expect(page.getByRole('table', { name: /per leerling/i })).toBeVisible();
  // Growth since a date and the supplier's norm band sit beside the status (axe below covers them).
  await expect(page.getByLabel('Groei sinds')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('columnheader', { name: /^Groei sinds / })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Normering leverancier (laatste)' })).toBeVisible();
  const results = page.getByRole('table', { name: /resultaten achter/i });
  await expect(results.locator('tbody tr').first()).toBeVisible();
  await expect(results).toContainText('Blokkodo');
  await expect(page.locator('body')).not.toContainText('nep-eckid');
  expect(page.url()).not.toContain('nep-eckid');
  await expectAccessible(page);
});

test('the ICT coordinator sees what is stored on this device', async ({ page }) => {
  await openDemo(page, '/opgeslagen');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectAccessible(page);
});
