import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goalId, resultIdOf, sourceId } from '@/domain/ids';
import { upsertResults } from '@/store/results.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

describe('pupil profile', () => {
  it('opens from the class overview and shows a chart per line with its data table and latest activity per source', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    const figure = await screen.findByRole('figure', { name: /rekenen: resultaten van anna de boer/i });
    const table = within(figure).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '29 juni 2026',
      'Sommenspoor',
      '1F · Rekent vlot met hele getallen en eenvoudige kommagetallen in alledaagse situaties',
      'oefenen',
      '18 van 20',
      '90%',
      'I',
    ]);
    // The other lines follow the first one (a skeleton until then).
    expect(await screen.findByRole('figure', { name: /programmeren: resultaten/i })).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /lezen/i })).not.toBeInTheDocument();
    const latest = screen.getByRole('table', { name: /laatste activiteit van anna de boer/i });
    expect(
      within(latest)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent),
    ).toEqual(['Sommenspoor', 'Blokkodo']);
  });

  it('a result that only says passed (no score) reads so in the data table, beside its 100%', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const time = new Date(DEMO_NOW.getTime() - 3_600_000).toISOString();
    await upsertResults(db, [
      {
        id: resultIdOf(sourceId('sommenspoor'), 'pass1'),
        source: sourceId('sommenspoor'),
        recordId: 'pass1',
        pupil: refOf(1),
        code: 'rekenen.getallen.1f',
        goals: [goalId('rekenen.getallen.1f')],
        level: null,
        workForm: 'test',
        time,
        score: null,
        success: true,
        completion: true,
        durationSeconds: null,
        attempt: null,
        normBand: null,
      },
    ]);
    renderApp('/klas', { db });
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' }));
    const figure = await screen.findByRole('figure', { name: /rekenen: resultaten van anna de boer/i });
    const [newest] = within(within(figure).getByRole('table')).getAllByRole('row').slice(1);
    expect(
      within(newest!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(3, 6),
    ).toEqual(['toets', 'gehaald (geen score)', '100%']);
  });

  it('says so for a pupil that does not exist', async () => {
    renderApp('/leerling/999');
    expect(await screen.findByRole('heading', { name: 'Deze leerling bestaat niet (meer).' })).toBeInTheDocument();
  });

  it('shows the page’s shape at once instead of a blank wait: a skeleton that says what loads, then the name, then the lines', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/leerling/1', { db });
    // The first paint, before anything is read: a skeleton with a heading and a status.
    const skeleton = await screen.findByRole('article');
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(within(skeleton).getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(within(skeleton).getByRole('status')).toHaveTextContent(/wordt geladen/);
    expect(within(skeleton).getByRole('link', { name: 'Terug naar het klasoverzicht' })).toBeInTheDocument();
    // Then the profile itself: the busy state is gone, the lines are there.
    expect(await screen.findByRole('figure', { name: /programmeren: resultaten van anna de boer/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(screen.getByRole('article')).not.toHaveAttribute('aria-busy');
  });
});
