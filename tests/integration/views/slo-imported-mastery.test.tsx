import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setSloLinks } from '@/curriculum/slo-import';
import type { LeerzichtDb } from '@/store/db';
import { upsertResults } from '@/store/results.repo';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';
import { sloResultOn } from '../../support/slo-result';
import { cellsIn } from '../../support/grid-cells';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** Two goals SLO publishes today (on none of our lines) and one it replaced by the first. */
const SLO_FILE = {
  doel: [
    { id: id(1), title: 'Een stappenplan schrijven', bron: 'Aanbodsdoel', replaces: [id(5)] },
    { id: id(3), title: 'Een bestand opslaan', bron: 'Aanbodsdoel' },
  ],
  deprecated: [{ id: id(5), title: 'Oud stappenplan-doel', types: ['doel'], replacedBy: [id(1)] }],
};

const resultOn = sloResultOn;

/** Imports the SLO file as a coordinator does, on /curriculum. */
async function importSlo(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(
    await screen.findByLabelText('SLO-bestand (JSON)'),
    new File([JSON.stringify(SLO_FILE)], 'doelen.json', { type: 'application/json' }),
  );
  await user.click(await screen.findByRole('button', { name: 'Importeren' }));
  await screen.findByRole('rowheader', { name: 'Een bestand opslaan' });
}

/** Anna on the imported goal id(3); Bram on id(5), mapped before SLO replaced it by id(1). */
async function seed(db: LeerzichtDb) {
  await seedSmallSchool(db);
  await upsertResults(db, [resultOn(1, id(3), 1, 1), resultOn(2, id(5), 2, 1)]);
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

afterEach(() => setSloLinks(new Map(), []));

describe('imported SLO goals count for mastery', () => {
  it('the class overview shows the imported line, and a result on a replaced goal counts for its successor', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await seed(db);
    renderApp('/curriculum', { db });
    await importSlo(user);

    await user.click(screen.getByRole('link', { name: 'Klasoverzicht' }));
    const table = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    expect(headers(table)).toEqual(['Leerling', 'Rekenen', 'Programmeren', 'Geïmporteerd uit SLO']);
    expect(cellsOf(table, 'Anna de Boer')[2]).toBe('100%beheerst');
    expect(cellsOf(table, 'Bram Smit')[2]).toBe('100%beheerst');
    expect(cellsOf(table, 'Cem Yilmaz')[2]).toBe('–nog geen resultaten');

    // Drilling into the imported line: its goals are the columns; Bram's result counts for the successor.
    await user.selectOptions(screen.getByLabelText('Leerlijn'), 'slo-import');
    // The goal columns are the goals the school uses: they show once those are read (the grid may come first).
    await waitFor(() =>
      expect(headers(screen.getByRole('grid', { name: /Geïmporteerd uit SLO/ }))).toEqual([
        'Leerling',
        'Een bestand opslaan',
        'Een stappenplan schrijven',
      ]),
    );
    const goals = screen.getByRole('grid', { name: /Geïmporteerd uit SLO/ });
    const [saving, plan] = [0, 1];
    expect(cellsOf(goals, 'Anna de Boer')[saving]).toMatch(/^\d+%beheerst/);
    expect(cellsOf(goals, 'Anna de Boer')[plan]).not.toMatch(/%/);
    expect(cellsOf(goals, 'Bram Smit')[plan]).toMatch(/^\d+%beheerst/);
    expect(cellsOf(goals, 'Bram Smit')[saving]).not.toMatch(/%/);
    expect(cellsOf(goals, 'Cem Yilmaz').join('')).not.toMatch(/%/);
  });

  it('the learning-line view lists the imported line with mastery per imported goal, the successor included', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await seed(db);
    renderApp('/curriculum', { db });
    await importSlo(user);

    await user.click(screen.getByRole('link', { name: 'Leerlijnen' }));
    await user.selectOptions(await screen.findByLabelText('Leerlijn'), 'Geïmporteerd uit SLO');
    const goals = await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    const item = (title: string) => within(goals).getByRole('link', { name: title }).closest('li') as HTMLElement;
    expect(within(item('Een bestand opslaan')).getByText('1 van 3 leerlingen beheersen dit')).toBeInTheDocument();
    // Bram's result was mapped to the goal SLO replaced; it counts for the successor.
    expect(within(item('Een stappenplan schrijven')).getByText('1 van 3 leerlingen beheersen dit')).toBeInTheDocument();
    expect(within(goals).queryByRole('link', { name: 'Oud stappenplan-doel' })).not.toBeInTheDocument();
    // A goal without an SLO parent has no strand text: its title is printed once, not above itself again.
    expect(within(item('Een bestand opslaan')).getAllByText('Een bestand opslaan')).toHaveLength(1);

    await user.click(within(goals).getByRole('link', { name: 'Een stappenplan schrijven' }));
    const detail = await screen.findByRole('region', { name: 'Een stappenplan schrijven' });
    expect(within(detail).getByText('Geïmporteerd uit SLO · zonder niveau')).toBeInTheDocument();
    const perPupil = await within(detail).findByRole('table', { name: /beheersing van "Een stappenplan schrijven" per leerling/ });
    expect(cellsOf(perPupil, 'Bram Smit').join(' ')).toMatch(/100/);
    expect(cellsOf(perPupil, 'Anna de Boer').join(' ')).not.toMatch(/100/);
  });
});
