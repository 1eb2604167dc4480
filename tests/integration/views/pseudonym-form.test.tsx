import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sourceId } from '@/domain/ids';
import { freshDb, renderApp } from '../../support/render-app';

const ECK = `https://ketenid.nl/201703/${'3f9a2c71d04e8b65'.repeat(8)}`;
const UUID = '6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c';
/** A supplier's CSV with three pupil keys: an ECK iD, a name-like key and a UUID. */
const csv = () =>
  new File(
    [`Leerling;Datum;Opdracht;Score;Max\n${ECK};02-03-2026;R-1;7;10\nJanDeVries2014Almere;02-03-2026;R-1;8;10\n${UUID};02-03-2026;R-1;9;10\n`],
    'toetsen.csv',
    { type: 'text/csv' },
  );

/** The row errors the column step shows (empty when there are none). */
const rowErrors = () =>
  (screen.queryByRole('list', { name: 'Regels die worden afgekeurd' })
    ? within(screen.getByRole('list', { name: 'Regels die worden afgekeurd' })).getAllByRole('listitem')
    : []
  ).map((item) => item.textContent);

describe('connector wizard and edit page: "Vorm van het pseudoniem" (issue 13 item 10)', () => {
  it('the form chosen decides which rows are rejected, in the preview and in what is stored; the edit page changes it', async () => {
    const db = freshDb();
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'CSV-export van een leverancier' }));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Toetsplatform');
    await user.upload(screen.getByLabelText('Exportbestanden'), csv());
    const form = screen.getByLabelText('Vorm van het pseudoniem');
    // A Dutch supplier's CSV: the ECK iD by default.
    expect(form).toHaveValue('eck');
    expect(form).toHaveAccessibleDescription(/Voor deze soort bron is ECK iD gebruikelijk/);

    const check = async () => {
      await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));
      await screen.findByRole('table', { name: /zoals Leerzicht ze leest/ });
      return rowErrors();
    };
    expect(await check()).toEqual(
      [
        'geen pseudoniem in de verwachte vorm (ECK iD); kies bij de koppeling de vorm die de leverancier gebruikt, of vraag de leverancier om het pseudoniem',
      ].flatMap((text) => [text, text]),
    );

    await user.click(screen.getByRole('button', { name: 'Terug' }));
    await user.selectOptions(screen.getByLabelText('Vorm van het pseudoniem'), 'any');
    expect(await check()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Terug' }));
    await user.selectOptions(screen.getByLabelText('Vorm van het pseudoniem'), 'UUID');
    expect(await check()).toEqual([expect.stringContaining('(UUID)'), expect.stringContaining('(UUID)')]);

    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('2 records op deze pagina afgekeurd')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling Toetsplatform is opgeslagen en het bestand is geïmporteerd.')).toBeInTheDocument();
    const id = sourceId('toetsplatform');
    expect(await db.sources.get(id)).toMatchObject({ pseudonym: 'uuid' });
    expect((await db.results.where('source').equals(id).toArray()).map((result) => result.pupil)).toEqual([UUID]);

    // The rejected rows are listed on the sources page with their reason.
    await user.click(screen.getByRole('link', { name: 'Naar de bronnen' }));
    const card = await screen.findByRole('article', { name: 'Toetsplatform' });
    await user.click(await within(card).findByText('Laatst afgekeurd'));
    expect(within(card).getAllByText(/geen pseudoniem in de verwachte vorm \(UUID\)/)).toHaveLength(2);

    // The edit page shows the saved form and changes it.
    await user.click(within(card).getByRole('link', { name: 'Toetsplatform bewerken' }));
    const edit = await screen.findByLabelText('Vorm van het pseudoniem');
    expect(edit).toHaveValue('uuid');
    await user.selectOptions(edit, 'ECK iD (https://ketenid.nl/201703/ en 128 tekens)');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(await screen.findByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(async () => expect(await db.sources.get(id)).toMatchObject({ pseudonym: 'eck' }));
  });
});
