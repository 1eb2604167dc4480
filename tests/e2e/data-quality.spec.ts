import { expect, test, type Page } from './fixtures';
import { DEMO_GROUPS, DEMO_PUPILS } from '../../mocks/demo-school/school';
import { expectAccessible, openDemo, openFromMenu } from './support';

/** A pupil of Groep 7B from the demo roster: their pseudonym goes into the supplier files below, their name is what the app shows. */
const GROUP = 'Groep 7B';
const PUPIL = DEMO_PUPILS.find((pupil) => pupil.group === DEMO_GROUPS.find((group) => group.name === GROUP)?.id)!;
const NAME = [PUPIL.firstName, PUPIL.prefix, PUPIL.lastName].filter(Boolean).join(' ');
/** The goal's title as the profile shows it (rekenen.getallen.1f). */
const GETALLEN = 'Rekent vlot met hele getallen';

const csv = (rows: readonly string[]) => Buffer.from(['Leerling;Datum;Opdracht;Behaalde punten;Uit;Werkvorm', ...rows].join('\n'));

/** The ICT coordinator adds a CSV connector through the wizard, with its one code mapped to rekenen.getallen.1f. */
async function importCsv(page: Page, name: string, code: string, rows: readonly string[]): Promise<void> {
  await openFromMenu(page, 'Bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'CSV-export van een leverancier' }).click();
  await page.getByLabel('Naam van de koppeling').fill(name);
  await page.getByLabel('Exportbestanden').setInputFiles({ name: `${code}.csv`, mimeType: 'text/csv', buffer: csv(rows) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByLabel('Maximale score (verplicht)').selectOption('Uit');
  await expect(page.getByRole('table', { name: /zoals Leerzicht ze leest/ })).toBeVisible();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const item = page.getByRole('list', { name: 'Codes zonder leerdoel' }).getByRole('listitem').filter({ hasText: code });
  await item.getByRole('searchbox').fill('getallen 1F');
  await item.getByRole('combobox').selectOption('rekenen.getallen.1f');
  await item.getByRole('button', { name: 'Koppelen' }).click();
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await expect(page.getByText(`De koppeling ${name} is opgeslagen en het bestand is geïmporteerd.`)).toBeVisible();
  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
}

/** The goal table of the pupil's Rekenen line, and its row for rekenen.getallen.1f. */
const getallenRow = (page: Page) =>
  page
    .getByRole('table', { name: new RegExp(`^Rekenen: doelen van ${NAME}`) })
    .getByRole('row')
    .filter({ hasText: GETALLEN });

test('a stale source badge after the demo clock moves on', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await expect(page.getByRole('grid', { name: /beheersing per leerling/ })).toBeVisible();
  await expect(page.getByText(/^Verouderd:/)).toHaveCount(0);

  // Seventeen days on, no source has synced since the demo's first start: every view using them says so.
  await openDemo(page, '/klas?demodatum=2026-07-20', 'Leerkracht');
  await expect(page.getByText('Vandaag is in de demo 20 juli 2026.', { exact: false })).toBeVisible();
  await expect(page.getByRole('grid', { name: /beheersing per leerling/ })).toBeVisible();
  await expect(
    page.getByText(/^Verouderd: Sommenspoor is langer niet gesynchroniseerd dan gewoonlijk \(laatste keer 1[67] dagen geleden\)/),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: GROUP });
  await page.getByRole('link', { name: `Bekijk de voortgang van ${NAME}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText(/^Verouderd: Sommenspoor is langer niet gesynchroniseerd/)).toBeVisible();
  await expectAccessible(page);

  // The coordinator's Datakwaliteit section marks every source stale, with its last successful sync.
  await openDemo(page, '/bronnen?demodatum=2026-07-20', 'ICT-coördinator');
  const freshness = page.getByRole('region', { name: 'Datakwaliteit' }).getByRole('table', { name: 'Actualiteit per bron' });
  await expect(freshness.getByRole('row', { name: /^Sommenspoor/ })).toContainText(/3 jul 2026.*Verouderd/);
  await expect(freshness.getByText('Actueel')).toHaveCount(0);
  await expectAccessible(page);
});

test('an attempt reported twice is counted once, and sources that contradict each other are listed with both values', async ({ page }) => {
  await openDemo(page, '/bronnen');
  // The same attempt twice in one export (and once more two days later), all 10 of 10.
  await importCsv(page, 'Toetsplatform A', 'SOM-A', [
    `${PUPIL.ref};22-06-2026 09:15;SOM-A;10;10;toets`,
    `${PUPIL.ref};22-06-2026 09:15;SOM-A;10;10;toets`,
    `${PUPIL.ref};24-06-2026 10:00;SOM-A;10;10;toets`,
  ]);
  // Another supplier says the pupil scores nothing on the same goal.
  await importCsv(page, 'Toetsplatform B', 'SOM-B', [
    `${PUPIL.ref};23-06-2026 09:00;SOM-B;0;10;toets`,
    `${PUPIL.ref};25-06-2026 09:00;SOM-B;0;10;toets`,
  ]);

  const section = page.getByRole('region', { name: 'Datakwaliteit' });
  await section.getByLabel('Groep').selectOption({ label: GROUP });
  await expect(section.getByText(/^In Groep 7B is 1 resultaat een tweede melding van dezelfde poging .* Toetsplatform A: 1\.$/)).toBeVisible();
  const conflict = section
    .getByRole('table', { name: `${GROUP}: leerlingen bij wie bronnen elkaar tegenspreken` })
    .getByRole('row', { name: new RegExp(NAME) });
  await expect(conflict).toContainText(': 100% (');
  await expect(conflict).toContainText('Toetsplatform B: 0% (2 resultaten)');
  await expectAccessible(page);

  await conflict.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText('1 resultaat was dubbel gemeld (zelfde poging, binnen een minuut) en telt één keer mee.')).toBeVisible();
  await expect(getallenRow(page)).toContainText(/Bronnen spreken elkaar tegen: .* 100% tegenover Toetsplatform B 0%\./);
  await expectAccessible(page);
});

test("a teacher's judgement is set, shown beside the estimate, and flagged after new evidence", async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: GROUP });
  await page.getByRole('link', { name: `Bekijk de voortgang van ${NAME}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await getallenRow(page)
    .getByRole('button', { name: /^Oordeel vastleggen voor / })
    .click();
  const form = page.getByRole('form', { name: new RegExp(`^Oordeel over .* voor ${NAME}$`) });
  await expect(form.getByLabel('Status')).toBeFocused();
  await expectAccessible(page);
  await form.getByLabel('Notitie (optioneel)').fill('Legt het foutloos uit aan de instructietafel');
  await form.getByRole('button', { name: 'Oordeel opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Vastgelegd: beheerst voor .* op 3 juli 2026\.$/ })).toBeVisible();
  await expect(getallenRow(page)).toContainText('beheerst: oordeel van de leerkracht van 3 juli 2026');
  await expect(getallenRow(page)).toContainText('Wie heeft hulp nodig volgt dit oordeel');
  await expect(getallenRow(page)).not.toContainText('Verouderd');
  await expectAccessible(page);

  // A week and a half later a supplier's export brings two low results on the goal.
  await openDemo(page, '/bronnen?demodatum=2026-07-20', 'ICT-coördinator');
  await importCsv(page, 'Toetsplatform C', 'SOM-C', [
    `${PUPIL.ref};13-07-2026 09:00;SOM-C;1;10;toets`,
    `${PUPIL.ref};14-07-2026 09:00;SOM-C;2;10;toets`,
  ]);
  await openFromMenu(page, 'Klasoverzicht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: GROUP });
  await page.getByRole('link', { name: `Bekijk de voortgang van ${NAME}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  const row = getallenRow(page);
  await expect(row).toContainText('beheerst: oordeel van de leerkracht van 3 juli 2026');
  await expect(row.getByText('Verouderd', { exact: true })).toBeVisible();
  await expect(row).toContainText('Na 3 juli 2026 kwamen 2 nieuwere resultaten, gemiddeld 15% (mee bezig): kijk of je oordeel nog klopt.');
  await row.getByText('Geschiedenis (1)').click();
  await expect(row).toContainText(/3 juli 2026: beheerst, vastgelegd door de leerkracht op .*; eerste oordeel/);
  await expectAccessible(page);
});
