import { expect, test } from './fixtures';
import { openDemo, openFromMenu, runAxe } from './support';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the parent report: one pupil on at most two A4 pages with each line and its level; the whole group one pupil per sheet', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await openFromMenu(page, 'Oudergesprek');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport voor het oudergesprek' })).toBeVisible();
  const pupil = page.getByLabel('Leerling', { exact: true });
  const name = (await pupil.locator('option').nth(1).innerText()).trim();
  await pupil.selectOption({ label: name });
  const sheet = page.getByRole('article', { name: `Rapport voor het oudergesprek: ${name}` });
  const table = sheet.getByRole('table', { name: `Niveau en groei per leerlijn van ${name}` });
  await expect(table.getByRole('row')).not.toHaveCount(0);
  const rows = await table.locator('tbody tr').all();
  expect(rows.length).toBeGreaterThan(0);
  const lines: { line: string; level: string }[] = [];
  for (const row of rows)
    lines.push({ line: (await row.getByRole('rowheader').innerText()).trim(), level: (await row.getByRole('cell').first().innerText()).trim() });

  await page.emulateMedia({ media: 'print' });
  const { violations } = await runAxe(page);
  expect(violations.map((violation) => violation.id)).toEqual([]);
  // No menu, no buttons, no form controls on paper.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
  // The printed text holds each line's name and level.
  const printed = await page.locator('main').innerText();
  for (const { line, level } of lines) {
    expect(printed).toContain(line);
    expect(printed).toContain(level);
  }

  // The whole group: one sheet per pupil, at most two pages each.
  await page.emulateMedia({ media: 'screen' });
  await pupil.selectOption({ label: 'De hele groep (één leerling per vel)' });
  const count = (await pupil.locator('option').count()) - 1;
  await expect(page.locator('.report-sheet figure')).toHaveCount(count, { timeout: 120_000 });
  await page.emulateMedia({ media: 'print' });
  const group = await page.pdf({ format: 'A4' });
  expect(pdfPages(group)).toBeGreaterThanOrEqual(count);
  expect(pdfPages(group)).toBeLessThanOrEqual(2 * count);
});
