import { expect, test } from './fixtures';
import { expectAccessible, openDemo } from './support';

/** A supplier CSV of `rows` results for 30 pseudonymous pupils, in March 2026 (the demo's school year). */
function exportOf(rows: number, from = 0): Buffer {
  const lines = ['Leerling;Datum;Opdracht;Score;Maximum'];
  for (let n = from; n < from + rows; n += 1) {
    const pupil = `ps-3f9a2c71d04e8b${(n % 30).toString(16).padStart(2, '0')}`;
    lines.push(`${pupil};0${1 + (n % 4)}-03-2026 09:${String(n % 60).padStart(2, '0')};REKENEN-${n % 50};${n % 11};10`);
  }
  return Buffer.from(lines.join('\r\n'));
}

test('a CSV export is read in the file worker: progress until it is stored, the results on Bronnen, and a re-import cancelled half-way says what it kept', async ({
  page,
}) => {
  await openDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'CSV-export van een leverancier' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Rekentoetsen');
  // The rows' pupils are short test pseudonyms, not ECK iDs: this connector takes any form (decision 025).
  await page.getByLabel('Vorm van het pseudoniem').selectOption('any');
  await page.getByLabel('Exportbestanden').setInputFiles({ name: 'rekentoetsen.csv', mimeType: 'text/csv', buffer: exportOf(6_000) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  // The preview is the first batch only.
  await expect(page.getByRole('list', { name: 'Codes zonder leerdoel' }).getByRole('listitem')).toHaveCount(50);
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await expect(page.getByText('De koppeling Rekentoetsen is opgeslagen en het bestand is geïmporteerd.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Voortgang import Rekentoetsen' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  const card = page.getByRole('article', { name: 'Rekentoetsen' });
  await expect(card.getByRole('definition').nth(3)).toHaveText('6.000');

  // A much larger export, cancelled while it is read: the status says how far it got and what was kept.
  await card.getByLabel('Nieuwe export voor Rekentoetsen').setInputFiles({
    name: 'rekentoetsen-jaar.csv',
    mimeType: 'text/csv',
    buffer: exportOf(150_000),
  });
  await card.getByRole('button', { name: 'Nieuw bestand importeren voor Rekentoetsen' }).click();
  await expect(card.getByRole('progressbar', { name: 'Voortgang import Rekentoetsen' })).toBeVisible();
  await expect(card.getByRole('status')).toContainText(/van 150\.001 regels gelezen; [\d.]+ resultaten opgeslagen/);
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Import van Rekentoetsen annuleren' }).click();
  await expect(card.getByRole('status')).toContainText(
    /^Import afgebroken\. [\d.]+ resultaten uit het begin van het bestand \(tot regel [\d.]+\) zijn opgeslagen, de rest niet\./,
  );
  await expect(card.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page);
});
