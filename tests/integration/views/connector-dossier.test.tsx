/**
 * OSO dossiers in the connector wizard: the coordinator chooses whose dossier it is (a roster
 * pupil, by name; never the pseudonym on screen), and nothing of the file's name is stored.
 * The PaO example dossiers are read in place from ../shared/fixtures (never copied).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sourceId } from '@/domain/ids';
import type { LeerzichtDb } from '@/store/db';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';
import { fixturesPresent } from '../../support/fixtures-present';
import { saveDossierSource } from '../../support/dossier-source';

const PAO = path.resolve(__dirname, '../../../../shared/fixtures/nl/oso-gegevensset/PaO-examples');
const present = fixturesPresent(existsSync(PAO), 'connector-dossier.test.tsx');
/**
 * A dossier file named after a (made-up) pupil, as schools often name them. The examples' tests were
 * taken in 2015-2016, older than any retention period, so they would never be stored: their dates are
 * moved ten years on (in memory), into the default two school years before the tests' today.
 */
const recent = (xml: string) => xml.replace(/<afnamedatum>(\d{4})/g, (_match, year: string) => `<afnamedatum>${Number(year) + 10}`);
const dossier = (example: string, name = 'dossier Jan de Vries.xml') =>
  new File([recent(readFileSync(path.join(PAO, example), 'utf8'))], name, { type: 'text/xml' });
const original = (example: string) => new File([readFileSync(path.join(PAO, example))], 'dossier.xml', { type: 'text/xml' });

/** Every table as text (binary fields decoded), as the store privacy test scans it. */
async function everything(db: LeerzichtDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value as ArrayBuffer) : value,
  );
}

async function startDossier(user: ReturnType<typeof userEvent.setup>, file: File, name = 'OSO-dossiers') {
  await user.click(await screen.findByRole('button', { name: 'UWLR leerresultaten (XML)' }));
  await user.type(screen.getByLabelText('Naam van de koppeling'), name);
  await user.upload(screen.getByLabelText('Exportbestanden'), file);
  await user.click(await screen.findByRole('button', { name: 'Bestand controleren' }));
}

describe.skipIf(!present)('connector wizard: an OSO dossier', () => {
  it('asks whose dossier it is (roster names, searchable), imports under that pupil, stores no part of the file name, and asks again on re-import', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await startDossier(user, dossier('Voorbeelddossier_PaO_POSWV_full.xml'));

    expect(await screen.findByRole('heading', { name: 'Van welke leerling is dit dossier?' })).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Stappen' });
    expect(within(steps).getByText('Leerling')).toHaveAttribute('aria-current', 'step');
    const select = await screen.findByLabelText('Leerling van dit dossier');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(4));
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
    await user.type(screen.getByLabelText('Zoek een leerling'), 'smit');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kies een leerling', 'Bram Smit (Groep 5A)']);
    // Option values are local keys: the pseudonym is never in the page.
    for (const option of within(select).getAllByRole('option')) expect((option as HTMLOptionElement).value).toMatch(/^\d*$/);
    expect(document.body.innerHTML).not.toContain('nep-eckid');
    await user.selectOptions(select, 'Bram Smit (Groep 5A)');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));

    expect(await screen.findByRole('table', { name: /zoals Leerzicht ze opslaat/ })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('nep-eckid');
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling OSO-dossiers is opgeslagen en het bestand is geïmporteerd.')).toBeInTheDocument();

    const id = sourceId('oso-dossiers');
    expect(await db.sources.get(id)).toMatchObject({ kind: 'uwlr', endpoint: 'bestand:oso-dossier' });
    const results = await db.results.where('source').equals(id).toArray();
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((result) => result.pupil))).toEqual(new Set([refOf(2)]));
    const bram = await db.pupils.where('ref').equals(refOf(2)).first();
    expect((await db.settings.get('oso-pupil.oso-dossiers'))?.value).toEqual({ pupil: bram?.key });
    // No part of the file's name (a pupil's name), nor the dossier's own pupil, anywhere in IndexedDB.
    const stored = await everything(db);
    for (const part of ['Jan de Vries', 'Vries', 'dossier Jan', '.xml', 'Daan', 'Berg']) expect(stored, part).not.toContain(part);

    // The sources page shows the file's form and last import, never a file name; a new dossier asks again, with no pupil preselected.
    await user.click(screen.getByRole('link', { name: 'Naar de bronnen' }));
    const card = await screen.findByRole('article', { name: 'OSO-dossiers' });
    expect(within(card).getByText('Bestandsvorm').nextElementSibling).toHaveTextContent('OSO-dossier');
    expect(within(card).getByText('Laatste import')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('Jan de Vries');
    await user.upload(
      within(card).getByLabelText('Nieuwe export voor OSO-dossiers'),
      dossier('Voorbeelddossier_PaO_VOSWV_full.xml', 'dossier Sanne Bakker.xml'),
    );
    const again = await within(card).findByLabelText('Leerling van het nieuwe dossier');
    await waitFor(() => expect(within(again).getAllByRole('option').length).toBeGreaterThan(1));
    expect(again).toHaveDisplayValue('Kies een leerling');
    expect(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' })).toBeDisabled();
    await user.selectOptions(again, 'Anna de Boer (Groep 5A)');
    await user.click(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' }));
    expect(await within(card).findByText(/^Import klaar: \d+ nieuw/)).toBeInTheDocument();
    expect(
      await db.results
        .where('pupil')
        .equals(refOf(1))
        .and((result) => result.source === id)
        .count(),
    ).toBeGreaterThan(0);
    const anna = await db.pupils.where('ref').equals(refOf(1)).first();
    expect((await db.settings.get('oso-pupil.oso-dossiers'))?.value).toEqual({ pupil: anna?.key });
    expect(await everything(db)).not.toContain('Bakker');

    // An opted-out dossier: said plainly, nothing to import.
    await user.upload(within(card).getByLabelText('Nieuwe export voor OSO-dossiers'), dossier('Voorbeelddossier_PaO_VOSWV_opt_out.xml'));
    expect(await within(card).findByRole('alert')).toHaveTextContent('OPT-UIT');
    expect(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' })).toBeDisabled();
  });

  it('says that tests older than the retention period are not stored, and stores none of them', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await startDossier(user, original('Voorbeelddossier_PaO_POSWV_full.xml'));
    const select = await screen.findByLabelText('Leerling van dit dossier');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(4));
    await user.selectOptions(select, 'Bram Smit (Groep 5A)');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(
      await screen.findByText(/^\d+ resultaten zijn van vóór 1 augustus 2024, ouder dan de bewaartermijn: die worden niet opgeslagen/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /zoals Leerzicht ze opslaat/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling OSO-dossiers is opgeslagen en het bestand is geïmporteerd.')).toBeInTheDocument();
    expect(await db.results.where('source').equals(sourceId('oso-dossiers')).count()).toBe(0);
  });

  it('without a roster there is no pupil to choose: it says to import the roster first and cannot go on', async () => {
    renderApp('/bronnen/nieuw');
    const user = userEvent.setup();
    await startDossier(user, dossier('Voorbeelddossier_PaO_POSWV_full.xml'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is nog geen leerlingenbestand');
    expect(screen.getByRole('link', { name: 'Naar Leerlingen en privacy' })).toHaveAttribute('href', '/privacy');
    expect(screen.queryByLabelText('Leerling van dit dossier')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  });

  it('speaks English too: whose dossier, and the roster pupils by name', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/bronnen/nieuw', { db, locale: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'UWLR learning results (XML)' }));
    await user.upload(screen.getByLabelText('Export files'), dossier('Voorbeelddossier_PaO_POSWV_full.xml'));
    await user.click(await screen.findByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('heading', { name: 'Whose dossier is this?' })).toBeInTheDocument();
    const select = await screen.findByLabelText('Pupil of this dossier');
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Cem Yilmaz (Groep 5A)' })).toBeInTheDocument());
  });

  it('a dossier that carries its own ECK iD needs no choice, also on re-import of a source with a remembered pupil', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const own = (name: string) => {
      const text = recent(readFileSync(path.join(PAO, 'Voorbeelddossier_PaO_VOSWV_full.xml'), 'utf8')).replace(
        '<leerling>',
        `<leerling eckid="${refOf(3)}">`,
      );
      return new File([text], name, { type: 'text/xml' });
    };
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await startDossier(user, own('dossier Cem.xml'));
    expect(await screen.findByRole('table', { name: /zoals Leerzicht ze opslaat/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Van welke leerling is dit dossier?' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling OSO-dossiers is opgeslagen en het bestand is geïmporteerd.')).toBeInTheDocument();
    const id = sourceId('oso-dossiers');
    expect(await db.rejections.where('source').equals(id).count()).toBe(0);
    const bram = (await db.pupils.where('ref').equals(refOf(2)).first())!.key;
    await db.settings.put({ key: 'oso-pupil.oso-dossiers', value: { pupil: bram } });

    await user.click(screen.getByRole('link', { name: 'Naar de bronnen' }));
    const card = await screen.findByRole('article', { name: 'OSO-dossiers' });
    await user.upload(within(card).getByLabelText('Nieuwe export voor OSO-dossiers'), own('dossier Cem 2.xml'));
    expect(within(card).queryByLabelText('Leerling van het nieuwe dossier')).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' }));
    expect(await within(card).findByText(/^Import klaar: 0 nieuw, \d+ bijgewerkt, 0 afgekeurd\.$/)).toBeInTheDocument();
    expect(
      await db.results
        .where('source')
        .equals(id)
        .filter((result) => result.pupil !== refOf(3))
        .count(),
    ).toBe(0);
  });

  it('re-import: a remembered pupil who is no longer on the list (left the school) is not silently used; the coordinator chooses', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await saveDossierSource(db);
    const bram = (await db.pupils.where('ref').equals(refOf(2)).first())!;
    await db.settings.put({ key: 'oso-pupil.oso-dossiers', value: { pupil: bram.key } });
    await db.pupils.update(bram.key, { leftAt: '2026-06-15T00:00:00.000Z' });
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'OSO-dossiers' });
    await user.upload(
      within(card).getByLabelText('Nieuwe export voor OSO-dossiers'),
      dossier('Voorbeelddossier_PaO_VOSWV_full.xml', 'dossier Sanne Bakker.xml'),
    );
    const select = await within(card).findByLabelText('Leerling van het nieuwe dossier');
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1));
    expect(select).toHaveDisplayValue('Kies een leerling');
    expect((select as HTMLSelectElement).value).toBe('');
    const button = within(card).getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' });
    expect(button).toBeDisabled();
    await user.selectOptions(select, 'Anna de Boer (Groep 5A)');
    expect(button).toBeEnabled();
  });

  it('an opted-out dossier (OPT-UIT for toetsresultaten) is shown as such and cannot be saved', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await startDossier(user, dossier('Voorbeelddossier_PaO_POSWV_opt_out.xml'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit dossier is overgedragen met OPT-UIT voor toetsresultaten');
    expect(screen.queryByRole('heading', { name: 'Van welke leerling is dit dossier?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Koppeling opslaan' })).toBeDisabled();
    expect(await db.sources.count()).toBe(2);
  });
});
