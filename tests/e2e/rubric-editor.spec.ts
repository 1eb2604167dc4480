import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

test('a teacher writes a rubric, saves it, uses it, exports it as CASE and edits it again', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Rubrics');
  await expect(page.getByRole('heading', { level: 1, name: 'Rubrics' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Nieuwe rubric' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe rubric' })).toBeVisible();
  await expect(page.getByLabel('CASE-rubric importeren (JSON-bestand)')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Titel', { exact: true }).fill('Presenteren');
  await page.getByRole('button', { name: 'Rubric opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Voeg minstens één criterium toe.');
  await page.getByRole('button', { name: 'Criterium toevoegen' }).press('Enter');
  await page.getByLabel('Titel van criterium 1').fill('Spreken');
  const descriptors = ['Leest voor van papier', 'Kijkt af en toe op', 'Vertelt vrij met steekwoorden', 'Boeit de hele klas'];
  for (const [index, level] of ['beginner', 'op weg', 'gevorderd', 'expert'].entries())
    await page.getByLabel(`Wat je ziet bij ${level} (Spreken)`).fill(descriptors[index]!);
  await page.getByLabel('Streefniveau groep 7 voor Spreken').selectOption({ label: 'gevorderd' });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Rubric opslaan' }).press('Enter');

  await expect(page.getByText('Rubric "Presenteren" is opgeslagen.')).toBeVisible();
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const table = page.getByRole('table', { name: /Presenteren: Spreken in Groep 7B/ });
  await expect(table.getByRole('columnheader', { name: 'Spreken (streefniveau: gevorderd)' })).toBeVisible();
  await table.getByRole('combobox').first().selectOption({ label: 'expert' });
  await page.getByRole('button', { name: 'Beoordelingen opslaan' }).click();
  await expect(page.getByText('1 beoordeling opgeslagen.')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als CASE' }).click()]);
  expect(download.suggestedFilename()).toBe('presenteren.cfrubric.json');
  const doc = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    title: string;
    CFRubricCriteria: { description: string; CFRubricCriterionLevels: { quality: string }[] }[];
  };
  expect(doc.title).toBe('Presenteren');
  expect(doc.CFRubricCriteria[0]?.description).toBe('Spreken');
  expect(doc.CFRubricCriteria[0]?.CFRubricCriterionLevels.map((level) => level.quality)).toEqual(['beginner', 'op weg', 'gevorderd', 'expert']);

  await page.getByRole('link', { name: 'Deze rubric bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rubric bewerken: Presenteren' })).toBeVisible();
  await expectAccessible(page);
});
