import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readSloFile, setSloLinks } from '@/curriculum/slo-import';
import { goalId, sourceId } from '@/domain/ids';
import { importSloFile } from '@/store/slo-import.repo';
import type { LeerzichtDb } from '@/store/db';
import { upsertResults } from '@/store/results.repo';
import { updateMapping } from '@/store/sources.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';
import { sloResultOn } from '../../support/slo-result';
import { cellsIn } from '../../support/grid-cells';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** Five goals SLO publishes today (on none of our lines) and one it replaced by the first. */
const SLO_FILE = {
  doel: [
    { id: id(1), title: 'Een stappenplan schrijven', bron: 'Aanbodsdoel', replaces: [id(9)] },
    { id: id(2), title: 'Een bestand opslaan', bron: 'Aanbodsdoel' },
    { id: id(3), title: 'Een tabel maken', bron: 'Aanbodsdoel' },
    { id: id(4), title: 'Een presentatie geven', bron: 'Aanbodsdoel' },
    { id: id(5), title: 'Een e-mail versturen', bron: 'Aanbodsdoel' },
  ],
  deprecated: [{ id: id(9), title: 'Oud stappenplan-doel', types: ['doel'], replacedBy: [id(1)] }],
};

const resultOn = sloResultOn;

/**
 * Used: id(2) (Anna's result), id(1) (Bram's result on id(9), which SLO replaced by id(1)) and
 * id(4) (Blokkodo maps a code to it, no result yet). Not used: id(3) and id(5).
 */
async function seed(db: LeerzichtDb) {
  await seedSmallSchool(db);
  await upsertResults(db, [resultOn(1, id(2), 1), resultOn(2, id(9), 2)]);
  await updateMapping(db, sourceId('blokkodo'), { 'opdracht-presenteren': [goalId(id(4))] });
}

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim());
const cellsOf = (table: HTMLElement, name: string) => {
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(name) })
    .closest('tr') as HTMLElement;
  return cellsIn(row).map((cell) => cell.textContent);
};
const linksIn = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('link')
    .map((link) => link.textContent);
const USED = ['Een stappenplan schrijven', 'Een bestand opslaan', 'Een presentatie geven'];
const ALL = ['Een stappenplan schrijven', 'Een bestand opslaan', 'Een tabel maken', 'Een presentatie geven', 'Een e-mail versturen'];

afterEach(() => setSloLinks(new Map(), []));

describe('teacher views show the imported SLO goals the school uses', () => {
  it('the learning-line view lists the used imported goals, and all of them on request (nl)', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await seed(db);
    renderApp('/curriculum', { db });
    await user.upload(
      await screen.findByLabelText('SLO-bestand (JSON)'),
      new File([JSON.stringify(SLO_FILE)], 'doelen.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Importeren' }));
    // The coordinator's page keeps showing every imported goal.
    for (const title of ALL) expect(await screen.findByRole('rowheader', { name: title })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Leerlijnen' }));
    await user.selectOptions(await screen.findByLabelText('Leerlijn'), 'Geïmporteerd uit SLO');
    const goals = await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    expect(linksIn(goals).sort()).toEqual([...USED].sort());
    expect(screen.getAllByText('2 geïmporteerde doelen verborgen: geen resultaat en geen koppeling van een bron noemt ze.').length).toBeGreaterThan(
      0,
    );
    const panel = screen.getByRole('region', { name: 'Doelen uit de SLO-import' });
    expect(within(panel).queryByText('Een tabel maken')).not.toBeInTheDocument();
    expect(within(panel).getByText('Oud stappenplan-doel')).toBeInTheDocument();

    const showAll = screen.getByRole('checkbox', { name: 'Alle geïmporteerde doelen tonen (5)' });
    expect(showAll).not.toBeChecked();
    await user.click(showAll);
    expect(showAll).toBeChecked();
    expect(linksIn(screen.getByRole('region', { name: 'Doelen op volgorde van niveau' })).sort()).toEqual([...ALL].sort());
    expect(screen.queryByText(/geïmporteerde doelen verborgen/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Doelen uit de SLO-import' })).getByText('Een tabel maken')).toBeInTheDocument();

    // A built-in line is not filtered.
    await user.click(showAll);
    await user.selectOptions(screen.getByLabelText('Leerlijn'), 'Rekenen');
    const rekenen = await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    expect(within(rekenen).queryByText(/verborgen/)).not.toBeInTheDocument();

    // The class overview: the imported line's mastery as before; drilled in, only the used goals are columns.
    await user.click(screen.getByRole('link', { name: 'Klasoverzicht' }));
    // The menu link carries the line last chosen (Rekenen); the overview of every line is one choice away.
    await user.selectOptions(await screen.findByLabelText('Leerlijn'), 'Alle leerlijnen');
    const lines = await screen.findByRole('grid', { name: /beheersing per leerling en leerlijn/i });
    expect(headers(lines)).toContain('Geïmporteerd uit SLO');
    expect(cellsOf(lines, 'Anna de Boer')[headers(lines).indexOf('Geïmporteerd uit SLO') - 1]).toBe('100%beheerst');
    await user.selectOptions(screen.getByLabelText('Leerlijn'), 'slo-import');
    const goalTable = await screen.findByRole('grid', { name: /Geïmporteerd uit SLO/ });
    expect(headers(goalTable)).toEqual(['Leerling', 'Een bestand opslaan', 'Een presentatie geven', 'Een stappenplan schrijven']);
    expect(screen.getByText('2 geïmporteerde doelen verborgen: geen resultaat en geen koppeling van een bron noemt ze.')).toBeInTheDocument();
  });

  it('in English, with the imported goals already stored', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await seed(db);
    const read = readSloFile(JSON.stringify(SLO_FILE), 'doelen.json');
    if (!read.ok) throw new Error(read.detail);
    await importSloFile(db, read.file, DEMO_NOW);
    renderApp('/leerlijnen?leerlijn=slo-import', { db, locale: 'en' });

    const goals = await screen.findByRole('region', { name: 'Goals in order of level' });
    expect(linksIn(goals).sort()).toEqual([...USED].sort());
    expect(screen.getAllByText('2 imported goals hidden: no result and no code mapping of a source names them.').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'Show all imported goals (5)' }));
    expect(linksIn(screen.getByRole('region', { name: 'Goals in order of level' })).sort()).toEqual([...ALL].sort());
  });
});
