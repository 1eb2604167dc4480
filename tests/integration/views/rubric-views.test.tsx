import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rubricId } from '@/domain/ids';
import type { Assessment } from '@/domain/rubric';
import { saveAssessments } from '@/store/assessments.repo';
import type { LeerzichtDb } from '@/store/db';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';
import { cellsIn } from '../../support/grid-cells';

/** Groep 5A (target "op weg" on eigenaarschap): Anna grew from beginner to gevorderd, Bram is a beginner, Cem is on the way. */
async function seedAssessments(db: LeerzichtDb) {
  const assess = (pupil: number, criterion: string, level: string, date: string, note = ''): Assessment => ({
    id: `${pupil}-${criterion}-${date}`,
    rubric: rubricId('eigenaarschap'),
    criterion,
    pupil: refOf(pupil),
    level,
    date,
    note,
  });
  await saveAssessments(db, [
    assess(1, 'plannen', 'beginner', '2026-03-02', 'Plant nog niet zelf'),
    assess(1, 'plannen', 'gevorderd', '2026-06-15'),
    assess(1, 'hulp', 'op-weg', '2026-06-15'),
    assess(2, 'plannen', 'beginner', '2026-06-15'),
    assess(3, 'plannen', 'op-weg', '2026-06-15'),
  ]);
}

const cells = (row: HTMLElement) => cellsIn(row).map((cell) => cell.textContent);

describe('rubric judgements beside the practice data', () => {
  it('pupil profile: each rubric’s history as a chart against the target and as a table, marked as teacher judgement', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await seedAssessments(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    // The class overview computes every pupil's mastery first: slow in jsdom on a busy machine.
    await user.click(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' }));
    // The profile draws a chart per line and per rubric: slow in jsdom on a busy machine.
    expect(await screen.findByRole('heading', { name: 'Rubrics: oordeel van de leerkracht' })).toBeInTheDocument();
    expect(screen.getByText(/Dit is het oordeel van de leerkracht, geen oefengegevens/)).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Eigenaar van je leerproces: alle beoordelingen van Anna de Boer (oordeel van de leerkracht), oudste eerst',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Datum', 'Criterium', 'Niveau', 'Streefniveau', 'Ten opzichte van streefniveau', 'Notitie']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['2 maart 2026', 'Plannen', 'beginner', 'op weg', 'onder streefniveau', 'Plant nog niet zelf'],
      ['15 juni 2026', 'Plannen', 'gevorderd', 'op weg', 'boven streefniveau', '–'],
      [expect.any(String), expect.not.stringMatching(/^Plannen$/), 'op weg', 'op weg', 'op streefniveau', '–'],
    ]);
    const figure = screen.getByRole('figure', {
      name: /^Eigenaar van je leerproces · Plannen, .+: niveau van Anna de Boer in de tijd \(oordeel van de leerkracht\), met het streefniveau$/,
    });
    // The chart: an ordinal level axis (expert is on it though nobody reached it) and the target as a line.
    expect(within(figure).getByText('Streefniveau: op weg')).toBeInTheDocument();
    expect(within(figure).getAllByText('expert').length).toBeGreaterThan(0);
    expect(within(figure).getByRole('table')).toBe(table);
  });

  it('class overview: a rubric column per rubric, marked as teacher judgement, sortable and in the CSV export', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await seedAssessments(db);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:leerzicht'));
    URL.revokeObjectURL = vi.fn();
    renderApp('/klas', { db });
    const user = userEvent.setup();
    const toggle = await screen.findByRole('checkbox', { name: 'Rubrics tonen (oordeel van de leerkracht)' });
    expect(screen.queryByRole('columnheader', { name: /oordeel leerkracht/ })).not.toBeInTheDocument();
    await user.click(toggle);
    const header = await screen.findByRole('columnheader', { name: /Eigenaar van je leerproces \(oordeel leerkracht\)/ });
    expect(screen.getByText(/Kolommen met "oordeel leerkracht" zijn het oordeel van de leerkracht/)).toBeInTheDocument();
    const table = screen.getByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    const rubricCell = (name: string) => {
      const row = within(table)
        .getAllByRole('rowheader')
        .find((cell) => cell.textContent === name)
        ?.closest('tr') as HTMLElement;
      return cellsIn(row).at(-1)?.textContent;
    };
    // Anna: plannen gevorderd and hulp op weg → (2/3 + 1/3) / 2 = 50%, above the target op weg (33%).
    expect(rubricCell('Anna de Boer')).toBe('50%boven streefniveau');
    expect(rubricCell('Bram Smit')).toBe('0%onder streefniveau');
    expect(rubricCell('Cem Yilmaz')).toBe('33%op streefniveau');

    await user.click(within(header).getByRole('button', { name: 'Sorteer op Eigenaar van je leerproces (oordeel leerkracht)' }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Anna de Boer', 'Cem Yilmaz', 'Bram Smit']);
    await user.click(within(header).getByRole('button'));
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Bram Smit', 'Cem Yilmaz', 'Anna de Boer']);

    await user.click(screen.getByRole('button', { name: 'Exporteren (CSV)' }));
    const lines = (await blobs[0]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Leerling;Rekenen;Rekenen (status);Programmeren;Programmeren (status);Eigenaar van je leerproces (oordeel leerkracht);Eigenaar van je leerproces (oordeel leerkracht) (status)',
    );
    expect(lines.find((line) => line.startsWith('Bram Smit'))).toBe('Bram Smit;40%;mee bezig;;niet begonnen;0%;onder streefniveau');
  });
});
