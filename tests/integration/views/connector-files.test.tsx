import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sourceId } from '@/domain/ids';
import { freshDb, renderApp } from '../../support/render-app';

const fixture = (name: string, type = 'text/csv') => new File([readFileSync(`tests/fixtures/files/${name}`)], name, { type });

describe('connector wizard: importing files', () => {
  it('imports a CSV export: columns mapped once (live preview, row errors), a code mapped, saved and stored; the next export needs no mapping', async () => {
    const db = freshDb();
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'CSV-export van een leverancier' }));
    expect(screen.queryByLabelText('Adres (endpoint)')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Toetsplatform');
    await user.upload(screen.getByLabelText('Exportbestanden'), fixture('toetsen-export.csv'));
    expect(await screen.findByText('Gekozen: toetsen-export.csv')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));

    const max = await screen.findByLabelText('Maximale score (verplicht)');
    expect(screen.getByLabelText('Leerling (pseudoniem) (verplicht)')).toHaveValue('Leerling');
    expect(screen.getByLabelText('Score (verplicht)')).toHaveValue('Behaalde punten');
    expect(max).toHaveValue('');
    expect(screen.getByText('Kies nog een kolom voor: Maximale score')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
    await user.selectOptions(max, 'Uit');
    const table = screen.getByRole('table', { name: 'De eerste 3 regels zoals Leerzicht ze leest' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('75%')).toBeInTheDocument();
    const errors = screen.getByRole('list', { name: 'Regels die worden afgekeurd' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^regel 5: kolom "Leerling"/),
      expect.stringMatching(/^regel 6: kolom "Datum"/),
      expect.stringMatching(/^regel 7: kolom "Behaalde punten"/),
    ]);
    expect(errors).not.toHaveTextContent('jan.jansen');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));

    const unmapped = await screen.findByRole('list', { name: 'Codes zonder leerdoel' });
    expect(screen.getByText('Bestand herkend: toetsen-export.csv')).toBeInTheDocument();
    expect(within(unmapped).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(within(unmapped).getByLabelText('Leerdoel voor REKENEN-BREUKEN-1'), 'rekenen.getallen.1f');
    await user.click(within(unmapped).getAllByRole('button', { name: 'Koppelen' })[0]!);
    await waitFor(() => expect(within(unmapped).getAllByRole('listitem')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling Toetsplatform is opgeslagen en het bestand is geïmporteerd.')).toBeInTheDocument();

    const id = sourceId('toetsplatform');
    expect(await db.sources.get(id)).toMatchObject({
      kind: 'csv',
      endpoint: 'bestand:csv-columns',
      mapping: { 'REKENEN-BREUKEN-1': ['rekenen.getallen.1f'] },
    });
    const results = await db.results.where('source').equals(id).toArray();
    expect(results.map((result) => [result.code, result.goals])).toEqual(
      expect.arrayContaining([
        ['REKENEN-BREUKEN-1', ['rekenen.getallen.1f']],
        ['REKENEN-BREUKEN-2', []],
      ]),
    );
    expect(results).toHaveLength(3);
    expect(await db.rejections.where('source').equals(id).count()).toBe(3);
    expect((await db.settings.get('csv-columns.toetsplatform'))?.value).toMatchObject({ max: 'Uit' });
    expect(JSON.stringify(await db.sources.toArray())).not.toContain(
      'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65',
    );

    // On the sources page the file source imports a newer export with the saved columns, idempotently.
    await user.click(screen.getByRole('link', { name: 'Naar de bronnen' }));
    const card = await screen.findByRole('article', { name: 'Toetsplatform' });
    expect(within(card).queryByRole('button', { name: 'Toetsplatform nu synchroniseren' })).not.toBeInTheDocument();
    await user.upload(within(card).getByLabelText('Nieuwe export voor Toetsplatform'), fixture('toetsen-export-april.csv'));
    await user.click(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor Toetsplatform' }));
    expect(await within(card).findByText('Import klaar: 1 nieuw, 3 bijgewerkt, 0 afgekeurd.')).toBeInTheDocument();
    expect(await db.results.where('source').equals(id).count()).toBe(4);

    // A newer export whose columns no longer match the saved layout is refused with what to do; nothing stored is lost.
    await user.upload(
      within(card).getByLabelText('Nieuwe export voor Toetsplatform'),
      new File(['Pupil;When;Task;Points;Of\n'], 'anders.csv', { type: 'text/csv' }),
    );
    await user.click(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor Toetsplatform' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('omdat de kolommen anders heten dan in de vorige export');
    expect(await db.results.where('source').equals(id).count()).toBe(4);
  });

  it('imports an xAPI export from a file, and refuses a file of another kind with a clear error', async () => {
    const db = freshDb();
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Caliper 1.1/1.2 gebeurtenissen' }));
    await user.click(screen.getByRole('radio', { name: 'Bestand importeren' }));
    await user.upload(screen.getByLabelText('Exportbestanden'), fixture('xapi-statements.json', 'application/json'));
    await user.click(await screen.findByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit bestand is een export van een andere soort: Leerrecordopslag (LRS, xAPI 1.0.3 / cmi5). Ga terug en kies die soort, of kies het juiste bestand.',
    );
    await user.upload(screen.getByLabelText('Exportbestanden'), fixture('caliper-events.json', 'application/json'));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByText('Bestand herkend: caliper-events.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Terug' }));
    await user.click(screen.getByRole('button', { name: 'Terug' }));

    await user.click(await screen.findByRole('button', { name: 'Leerrecordopslag (LRS, xAPI 1.0.3 / cmi5)' }));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'LRS-export');
    await user.click(screen.getByRole('radio', { name: 'Bestand importeren' }));
    expect(screen.queryByLabelText('Gebruikersnaam')).not.toBeInTheDocument();
    await user.upload(screen.getByLabelText('Exportbestanden'), fixture('xapi-statements.json', 'application/json'));
    await user.click(await screen.findByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByRole('table', { name: 'De eerste 1 resultaten zoals Leerzicht ze opslaat' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling LRS-export is opgeslagen en het bestand is geïmporteerd.')).toBeInTheDocument();
    expect(await db.sources.get(sourceId('lrs-export'))).toMatchObject({ kind: 'xapi', endpoint: 'bestand:xapi-statements' });
    expect(await db.results.where('source').equals('lrs-export').count()).toBe(1);
  });

  it('prefills the columns saved for a supplier whose export has the same header', async () => {
    const db = freshDb();
    await db.settings.put({
      key: 'csv-columns.toetsplatform',
      value: { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Uit' },
    });
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'CSV-export van een leverancier' }));
    await user.upload(screen.getByLabelText('Exportbestanden'), fixture('toetsen-export-april.csv'));
    await user.click(await screen.findByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByLabelText('Maximale score (verplicht)')).toHaveValue('Uit');
    expect(screen.getByLabelText('Werkvorm')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeEnabled();
    expect(screen.getByRole('table', { name: 'De eerste 4 regels zoals Leerzicht ze leest' })).toBeInTheDocument();
  });

  it('says which file forms it knows when no reader recognises the file', async () => {
    renderApp('/bronnen/nieuw');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'CSV-export van een leverancier' }));
    await user.upload(
      screen.getByLabelText('Exportbestanden'),
      new File(['alleen wat tekst zonder kolommen'], 'notitie.txt', { type: 'text/plain' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Leerzicht herkent notitie.txt niet als export');
  });
});
