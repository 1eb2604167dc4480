import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

test('a teacher assesses three pupils on a rubric by keyboard only and sees it in the pupil profile', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Rubrics');
  await page.getByLabel('Rubric', { exact: true }).selectOption('eigenaarschap');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const table = page.getByRole('table', { name: /Eigenaar van je leerproces: Plannen in Groep 7B/ });
  await expect(table).toBeVisible();
  await expectAccessible(page);
  const selects = table.getByRole('combobox');
  const names: string[] = [];
  await selects.first().focus();
  for (let i = 0; i < 3; i += 1) {
    names.push(((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '').replace(/^Plannen voor /, ''));
    // Keyboard only: the arrow keys choose a level in a focused select, Tab moves to the next pupil.
    for (let step = 0; step <= i + 1; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  await expect(selects.nth(0)).toHaveValue('op-weg');
  await expect(selects.nth(1)).toHaveValue('gevorderd');
  await expect(selects.nth(2)).toHaveValue('expert');
  // The chosen level's descriptor and the step to the next level are shown beside the select and read as its description.
  await expect(selects.nth(0)).toHaveAccessibleDescription(
    'Kiest met hulp een doel en de volgorde van het werk Volgende stap: Schrijf je doel voor deze week op je weektaak',
  );
  await expect(page.getByText('Niveaus voor Plannen: wat je ziet')).toBeVisible();
  await page.getByRole('button', { name: 'Beoordelingen opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('3 beoordelingen opgeslagen.')).toBeVisible();
  // The keyboard stays where it was, not thrown back to the top of the page.
  await expect(page.getByRole('button', { name: 'Beoordelingen opslaan' })).toBeFocused();
  await openFromMenu(page, 'Klasoverzicht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  await page.getByRole('link', { name: `Bekijk de voortgang van ${names[1]}` }).click();
  const rubric = page.getByRole('table', { name: /Laatste beoordeling per criterium/ });
  await expect(rubric).toContainText('gevorderd');
  await expectAccessible(page);
});

test('a teacher opens who needs help now and sees the reasons', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Wie heeft hulp nodig');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const table = page.getByRole('table', { name: /leerlingen die hulp nodig hebben/ });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText('nep-eckid');
  await expectAccessible(page);
  // A pupil with several reasons has them folded on screen; opened, they read as a list in words.
  const reasons = table.locator('details').first();
  await expect(reasons.locator('li').first()).toBeHidden();
  await reasons.locator('summary').click();
  await expect(reasons.getByRole('listitem').first()).not.toBeEmpty();
  await expect(reasons.getByRole('listitem').first()).toContainText(/\w{4,}/);
  await expectAccessible(page);
  await reasons.locator('summary').click();
  await expect(reasons.locator('li').first()).toBeHidden();
  // The rule in full is folded under its question; opened, it says when a pupil is listed.
  const ruleText = page.getByText(/^Een leerling staat in de lijst/);
  await expect(ruleText).toBeHidden();
  await page.getByText('Wanneer staat een leerling in de lijst?').click();
  await expect(ruleText).toBeVisible();
  await page.getByText('Wanneer staat een leerling in de lijst?').click();
  await expect(ruleText).toBeHidden();
  // On paper the reasons and the rule are all printed, the hint to click is not.
  await page.emulateMedia({ media: 'print' });
  await expect(ruleText).toBeVisible();
  for (const item of await table.locator('li').all()) await expect(item).toBeVisible();
  await expect(table.getByText('(klik om ze te lezen)').first()).toBeHidden();
});
