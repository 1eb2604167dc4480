import { expect, test } from './fixtures';
import { CODEKLAS_LRS_DEMO } from '../../mocks/suppliers/lrs/codeklas.demo';
import { expectAccessible, openDemo, scanList } from './support';

test('the ICT coordinator maps all levels of a Codeklas world to one suggested goal in one go', async ({ page }) => {
  await openDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'Leerrecordopslag (LRS, xAPI 1.0.3 / cmi5)' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Codeklas');
  await page.getByLabel('Adres (endpoint)').fill(CODEKLAS_LRS_DEMO.endpoint);
  await page.getByLabel('Gebruikersnaam').fill(CODEKLAS_LRS_DEMO.credentials.username);
  await page.getByLabel('Wachtwoord of geheim').fill(CODEKLAS_LRS_DEMO.credentials.password);
  const scope = page.getByRole('group', { name: 'Wat lezen we?' });
  await scope.getByLabel('Vanaf').fill('2026-01-01');
  await scope.getByRole('radio', { name: 'Alleen leerlingen uit onze groepen (met toestemming)' }).check();
  await page.getByRole('button', { name: 'Verbinding testen' }).click();
  await expect(page.getByText(/^Verbinding gelukt/)).toBeVisible();

  const unmapped = page.getByRole('list', { name: 'Codes zonder leerdoel' });
  // Every code, scrolled to (the list may be drawn in part: each item says its place in the whole list).
  const codes = (await scanList(unmapped)).items;
  const before = codes.length;
  expect(new Set(codes).size).toBe(before);
  // On a phone the goal pickers (long goal titles) stay within the screen's width: every one, scrolled to.
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const onPhone = await scanList(unmapped);
  expect(onPhone.items).toHaveLength(before);
  expect(onPhone.pastTheEdge).toBe(0);
  if (desktop) await page.setViewportSize(desktop);
  const ofTheWorld = (items: readonly string[]) => items.filter((text) => text.includes('/werelden/variabelen/levels/')).length;
  const levels = ofTheWorld(codes);
  expect(levels).toBeGreaterThan(1);
  await page.evaluate(() => scrollTo(0, 0));
  const bulk = page.getByRole('region', { name: 'Meerdere codes tegelijk koppelen' });
  // One button chooses the world's levels; the best suggestion is the goal about variables.
  await bulk.getByRole('button', { name: `Kies alle ${levels} codes van …/variabelen/levels` }).click();
  await expect(bulk.getByRole('group', { name: new RegExp(`^Gekozen codes: ${levels} van `) })).toBeVisible();
  const suggested = bulk.getByRole('group', { name: 'Voorgestelde leerdoelen' });
  await expect(suggested.getByRole('radio').first()).toHaveAccessibleName(/variabel/i);
  await expectAccessible(page);
  await suggested.getByRole('radio', { name: /^Programmeren bovenbouw.*: Gebruikt variabelen/ }).check();
  await bulk.getByRole('button', { name: `Koppel ${levels} codes aan dit leerdoel` }).click();
  await expect(page.getByText(new RegExp(`^${levels} codes gekoppeld aan Programmeren bovenbouw`))).toBeVisible();
  const left = (await scanList(unmapped)).items;
  expect(left).toHaveLength(before - levels);
  expect(ofTheWorld(left)).toBe(0);
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await expect(page.getByText('De koppeling Codeklas is opgeslagen.')).toBeVisible();
});
