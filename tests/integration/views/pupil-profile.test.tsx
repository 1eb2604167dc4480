import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

describe('pupil profile', () => {
  it('opens from the class overview and shows a chart per line with its data table and latest activity per source', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    const figure = screen.getByRole('figure', { name: /rekenen: resultaten van anna de boer/i });
    const table = within(figure).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['29 juni 2026', 'Sommenspoor', '1F · Rekent vlot met hele getallen en eenvoudige kommagetallen in alledaagse situaties', 'oefenen', '18 van 20', '90%', 'I']);
    expect(screen.getByRole('figure', { name: /programmeren: resultaten/i })).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /lezen/i })).not.toBeInTheDocument();
    const latest = screen.getByRole('table', { name: /laatste activiteit van anna de boer/i });
    expect(within(latest).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['Sommenspoor', 'Blokkodo']);
  });

  it('says so for a pupil that does not exist', async () => {
    renderApp('/leerling/999');
    expect(await screen.findByRole('heading', { name: 'Deze leerling bestaat niet (meer).' })).toBeInTheDocument();
  });
});
