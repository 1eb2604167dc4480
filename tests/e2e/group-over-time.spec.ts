import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu } from './support';

test('a teacher sees the group over time on a learning line: median, middle half and the pupils who need help, chart and table', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Leerlijnen');
  await page.getByLabel('Leerlijn', { exact: true }).selectOption({ label: 'Rekenen' });
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const section = page.getByRole('region', { name: 'Groep 7B over tijd' });
  const figure = section.getByRole('figure', { name: /Groep 7B op Rekenen: mediaan en middelste helft/ });
  await expect(figure).toBeVisible();
  // Recharts draws the band, the median line and the marks.
  await expect(figure.locator('.recharts-area')).toHaveCount(1);
  await expect(figure.locator('.recharts-line-curve')).toHaveCount(1);
  const table = section.getByRole('table', { name: 'Groep 7B op Rekenen per week' });
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(4);
  // Never more than 500 points: three per week and one per mark.
  const markCells = await rows.locator('td:last-child').allInnerTexts();
  const marks = markCells.flatMap((cell) => (cell === '–' ? [] : cell.split(', ')));
  expect((await rows.count()) * 3 + marks.length).toBeLessThanOrEqual(500);
  await expect(figure.locator('.recharts-scatter-symbol')).toHaveCount(marks.length);
  await expectAccessible(page);

  // Those marked are pupils Wie heeft hulp nodig lists for the same group.
  const marked = new Set(marks.map((mark) => mark.replace(/ \d+%$/, '')));
  expect(marked.size).toBeGreaterThan(0);
  await openFromMenu(page, 'Wie heeft hulp nodig');
  const listed = page.getByRole('table', { name: /leerlingen die hulp nodig hebben/ }).getByRole('rowheader');
  await expect(listed.first()).toBeVisible();
  const names = (await listed.allInnerTexts()).map((name) => name.trim());
  for (const name of marked) expect(names).toContain(name);
});
