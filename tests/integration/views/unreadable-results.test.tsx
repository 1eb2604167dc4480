import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import type { LeerzichtDb } from '@/store/db';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';
import { cellsIn } from '../../support/grid-cells';

/** Two records a bug or an old version could have left in the store, beside the good ones, for Anna. */
async function seedBroken(db: LeerzichtDb, good: Result) {
  const source = sourceId('sommenspoor');
  const badTime = { ...good, id: resultIdOf(source, 'kapot-1'), recordId: 'kapot-1', time: 'not-a-date' };
  const badScore = { ...good, id: resultIdOf(source, 'kapot-2'), recordId: 'kapot-2', score: { raw: 30, min: 0, max: 20, scaled: 1.5 } };
  await db.results.bulkPut([badTime, badScore]);
}

describe('a stored result the views cannot read', () => {
  it('is left out of the class overview, which shows the good ones and says two were skipped', async () => {
    const db = freshDb();
    const { results } = await seedSmallSchool(db);
    await seedBroken(db, results[0]!);
    renderApp('/klas', { db });
    const table = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    const anna = within(table).getByRole('row', { name: /anna de boer/i });
    expect(cellsIn(anna).map((cell) => cell.textContent)).toEqual(['90%beheerst', '100%beheerst']);
    expect(screen.getByText(/2 opgeslagen resultaten konden niet worden gelezen/)).toBeInTheDocument();
  });

  it('is left out of the pupil profile, which shows the rest and says one was skipped (en)', async () => {
    const db = freshDb();
    const { results } = await seedSmallSchool(db);
    const source = sourceId('sommenspoor');
    await db.results.put({ ...results[0]!, id: resultIdOf(source, 'kapot-1'), recordId: 'kapot-1', time: 'not-a-date' });
    const anna = await db.pupils.toCollection().first();
    renderApp(`/leerling/${anna!.key}`, { db, locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    // The profile's skeleton shows the name first; the results (and the notice) follow.
    expect(await screen.findByText(/1 stored result could not be read/)).toBeInTheDocument();
    const figure = await screen.findByRole('figure', { name: /arithmetic: results of anna de boer/i });
    expect(within(within(figure).getByRole('table')).getAllByRole('row').slice(1)).toHaveLength(9);
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('is left out of who needs help and the learning line too, and each says so', async () => {
    const db = freshDb();
    const { results } = await seedSmallSchool(db);
    await seedBroken(db, results[0]!);
    const help = renderApp('/hulp', { db });
    expect(await screen.findByText(/2 opgeslagen resultaten konden niet worden gelezen/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Wie heeft hulp nodig' })).toBeInTheDocument();
    help.unmount();
    renderApp('/leerlijnen?leerlijn=rekenen', { db });
    expect(await screen.findByText(/2 opgeslagen resultaten konden niet worden gelezen/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Leerlijnen' })).toBeInTheDocument();
  });
});
