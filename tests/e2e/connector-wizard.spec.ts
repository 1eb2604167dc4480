import { expect, test } from './fixtures';
import { CODEKLAS_LRS_DEMO } from '../../mocks/suppliers/lrs/codeklas.demo';
import { expectAccessible, openDemo, openFromMenu } from './support';

// Codeklas's own LRS, not the board's: the demo may or may not have connected the board LRS by itself,
// and this flow must work either way, so it never names or counts the board LRS.
test('the ICT coordinator adds a second LRS (Codeklas) in the wizard for our groups from a date, tests it, maps a code, saves, syncs, and the class overview and pupil profile show its results', async ({
  page,
}) => {
  await openDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Leerrecordopslag (LRS, xAPI 1.0.3 / cmi5)' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Codeklas');
  await page.getByLabel('Adres (endpoint)').fill(CODEKLAS_LRS_DEMO.endpoint);
  await page.getByLabel('Gebruikersnaam').fill(CODEKLAS_LRS_DEMO.credentials.username);
  await page.getByLabel('Wachtwoord of geheim').fill('fout');
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await expect(page.getByRole('alert')).toContainText('(401)');
  await page.getByLabel('Wachtwoord of geheim').fill(CODEKLAS_LRS_DEMO.credentials.password);
  // What do we read: only our groups (the LRS is asked per rostered pupil with consent), from 1 January.
  const scope = page.getByRole('group', { name: 'Wat lezen we?' });
  await scope.getByLabel('Vanaf').fill('2026-01-01');
  await scope.getByRole('radio', { name: 'Alleen leerlingen uit onze groepen (met toestemming)' }).check();
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await expect(page.getByText(/^Verbinding gelukt/)).toBeVisible();
  await expectAccessible(page);
  // The variables world carries no SLO id (SLO has no goal for it): the coordinator maps one of its levels.
  const unmapped = page.getByRole('list', { name: 'Codes zonder leerdoel' });
  const before = await unmapped.getByRole('listitem').count();
  const level = unmapped.getByRole('listitem').filter({ hasText: '/werelden/variabelen/' }).first();
  const code = (await level.textContent())?.match(/https:\S+\/levels\/\d+/)?.[0] ?? '';
  expect(code).not.toBe('');
  await level.getByRole('searchbox').fill('variabelen bovenbouw');
  await level.getByRole('combobox').selectOption('programmeren.variabelen.bb');
  await level.getByRole('button', { name: 'Koppelen' }).click();
  await expect(unmapped.getByRole('listitem')).toHaveCount(before - 1);
  await expect(unmapped.getByRole('listitem').filter({ hasText: code })).toHaveCount(0);
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await expect(page.getByText('De koppeling Codeklas is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  const card = page.getByRole('article', { name: 'Codeklas' });
  await expect(card.getByText('Alleen onze groepen · vanaf 1 januari 2026')).toBeVisible();
  await expect(card.getByText('Synchronisatie van Codeklas is klaar.')).toBeVisible({ timeout: 360_000 });
  const stored = Number((await card.getByRole('definition').nth(3).textContent())?.replace(/\D/g, ''));
  expect(stored).toBeGreaterThan(100);
  // Codeklas is played in groep 7 and the brugklas: every pupil of Groep 7B has results from it.
  await openFromMenu(page, 'Klasoverzicht');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Groep 7B' });
  const overview = page.getByRole('grid', { name: /beheersing per leerling en leerlijn/ });
  await expect(overview.locator('tbody tr').first()).toBeVisible();
  await overview.getByRole('link').first().click();
  const latest = page.getByRole('table', { name: /Laatste activiteit van/ });
  await expect(latest.getByRole('row').filter({ hasText: 'Codeklas' })).toHaveCount(1);
  await expectAccessible(page);
});
