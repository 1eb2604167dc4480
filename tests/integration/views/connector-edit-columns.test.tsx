import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sourceId } from '@/domain/ids';
import { upsertResults } from '@/store/results.repo';
import { buildResult } from '../../support/result-builder';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, SAVED_CSV_COLUMNS, saveCsvFileSource } from '../../support/seed';

const fixture = (name: string) => new File([readFileSync(`tests/fixtures/files/${name}`)], name, { type: 'text/csv' });
const id = sourceId('toetsplatform');

describe('editing a CSV file connector: its column layout', () => {
  it('chooses a sample export again, starts from the saved columns, saves the new layout without importing or deleting, and the next import reads with it', async () => {
    const db = freshDb();
    await saveCsvFileSource(db, DEMO_NOW.toISOString());
    await upsertResults(db, [buildResult({ source: id, pupil: refOf(1), code: 'OUD-1', goals: [], time: '2026-01-10T10:00:00.000Z' })]);
    renderApp(`/bronnen/${id}/bewerken`, { db });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Kolomindeling wijzigen' })).toBeInTheDocument();
    const read = screen.getByRole('button', { name: 'Kolommen opnieuw indelen' });
    expect(read).toBeDisabled();
    await user.upload(screen.getByLabelText('Voorbeeldexport voor de kolommen'), fixture('toetsen-export-april.csv'));
    await user.click(read);

    // The saved choice, not a fresh guess: Werkvorm was not mapped before.
    expect(await screen.findByLabelText('Maximale score (verplicht)')).toHaveValue('Uit');
    expect(screen.getByLabelText('Werkvorm')).toHaveValue('');
    expect(within(screen.getByRole('list', { name: 'Stappen' })).getByText('Kolommen')).toHaveAttribute('aria-current', 'step');
    await user.selectOptions(screen.getByLabelText('Werkvorm'), 'Werkvorm');
    const sample = screen.getByRole('table', { name: 'De eerste 4 regels zoals Leerzicht ze leest' });
    expect(within(sample).getAllByText('toets').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Volgende' }));

    expect(await screen.findByRole('table', { name: /zoals Leerzicht ze opslaat/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen in Toetsplatform zijn opgeslagen.')).toBeInTheDocument();
    expect((await db.settings.get(`csv-columns.${id}`))?.value).toEqual({ ...SAVED_CSV_COLUMNS, workForm: 'Werkvorm' });
    // Nothing imported from the sample, nothing deleted.
    expect(await db.results.where('source').equals(id).count()).toBe(1);
    expect(await db.sources.get(id)).toMatchObject({ endpoint: 'bestand:csv-columns', name: 'Toetsplatform' });

    await user.click(screen.getByRole('link', { name: 'Naar de bronnen' }));
    const card = await screen.findByRole('article', { name: 'Toetsplatform' });
    await user.upload(within(card).getByLabelText('Nieuwe export voor Toetsplatform'), fixture('toetsen-export-april.csv'));
    await user.click(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor Toetsplatform' }));
    expect(await within(card).findByText('Import klaar: 4 nieuw, 0 bijgewerkt, 0 afgekeurd.')).toBeInTheDocument();
    const imported = await db.results
      .where('source')
      .equals(id)
      .filter((result) => result.code === 'REKENEN-BREUKEN-1')
      .toArray();
    expect(imported.map((result) => result.workForm)).toEqual(['test', 'test']);
    expect(await db.results.where('source').equals(id).count()).toBe(5);
  });
});
