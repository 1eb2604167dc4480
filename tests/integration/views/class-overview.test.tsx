import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importRoster } from '@/store/roster.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

describe('class overview', () => {
  it('shows every pupil of the group with a mastery per line, as a table', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    const table = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Anna de Boer', 'Bram Smit', 'Cem Yilmaz']);
    const anna = within(rows[0]!).getAllByRole('gridcell');
    // Only lines the group has results on: no reading results in this school yet.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim()),
    ).toEqual(['Leerling', 'Rekenen', 'Programmeren']);
    expect(anna.map((cell) => cell.textContent)).toEqual(['90%beheerst', '100%beheerst']);
    expect(within(rows[1]!).getAllByRole('gridcell')[0]?.textContent).toBe('40%mee bezig');
  });

  it('sorts by a line with the keyboard and says so to screen readers', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    const sort = await screen.findByRole('button', { name: 'Sorteer op Rekenen' });
    sort.focus();
    await user.keyboard('{Enter}');
    const header = screen.getByRole('columnheader', { name: /rekenen/i });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const names = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Anna de Boer', 'Bram Smit', 'Cem Yilmaz']);
    await user.keyboard('{Enter}');
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    // Cem has no result on Rekenen: last in both directions (the domain's sortRows).
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Bram Smit', 'Anna de Boer', 'Cem Yilmaz']);
  });

  it('drills into a line: its goals at the group’s target level become the columns', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Leerlijn'), 'programmeren');
    expect(await screen.findByRole('grid', { name: /doel van programmeren, middenbouw \(groep 5-6\)$/i })).toBeInTheDocument();
    expect(screen.getByLabelText('Niveau')).toHaveValue('mb');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼↕]/g, '').trim())).toContain('Herhaling');
  });

  it('without a roster shows "Leerling n", never the pseudonym', async () => {
    const db = freshDb();
    await seedSmallSchool(db, { names: false });
    const { container } = renderApp('/klas', { db });
    await screen.findByRole('grid');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Leerling 1', 'Leerling 2', 'Leerling 3']);
    expect(container.innerHTML).not.toContain('nep-eckid');
  });

  it('shows the English interface when asked', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db, locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'Class overview' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('grid', { name: /mastery per pupil and learning line/i })).toBeInTheDocument());
    expect(screen.getAllByText('mastered').length).toBeGreaterThan(0);
  });

  it('exports the table as CSV with names and mastery, never pseudonyms, with formula cells neutralised', async () => {
    const db = freshDb();
    const { rows, key } = await seedSmallSchool(db);
    await importRoster(
      db,
      rows.map((row, index) => (index === 2 ? { ...row, firstName: '=HYPERLINK("http://evil")' } : row)),
      { now: DEMO_NOW, key },
    );
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:leerzicht'));
    URL.revokeObjectURL = vi.fn();
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Exporteren (CSV)' }));
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Leerling;Rekenen;Rekenen (status);Programmeren;Programmeren (status)');
    // In the screen's order (by name): "=HYPERLINK…" sorts before "Anna".
    expect(lines[1]?.startsWith(`"'=HYPERLINK(""http://evil"") Yilmaz"`)).toBe(true);
    expect(lines[2]).toBe('Anna de Boer;90%;beheerst;100%;beheerst');
    expect(lines[3]).toBe('Bram Smit;40%;mee bezig;;niet begonnen');
    expect(text).not.toContain('nep-eckid');
  });
});
