import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { rubricId } from '@/domain/ids';
import type { Assessment } from '@/domain/rubric';
import { saveAssessments } from '@/store/assessments.repo';
import type { LeerzichtDb } from '@/store/db';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const assess = (criterion: string, level: string, date: string): Assessment => ({
  id: `1-${criterion}-${date}`,
  rubric: rubricId('eigenaarschap'),
  criterion,
  pupil: refOf(1),
  level,
  date,
  note: '',
});

/** Anna's profile, open at the history of the rubric "Eigenaar van je leerproces". */
async function openHistory(db: LeerzichtDb) {
  const key = (await db.pupils.where('ref').equals(refOf(1)).first())!.key;
  renderApp(`/leerling/${key}`, { db });
  // The profile draws a chart per line and per rubric: slow in jsdom on a busy machine.
  const table = await screen.findByRole('table', {
    name: 'Eigenaar van je leerproces: alle beoordelingen van Anna de Boer (oordeel van de leerkracht), oudste eerst',
  });
  return { table, figure: table.closest('figure') as HTMLElement };
}

describe('rubric history in the pupil profile', () => {
  it('an assessment at a level the rubric no longer has says so, instead of "geen streefniveau" beside the target', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await saveAssessments(db, [assess('plannen', 'oud-niveau', '2026-03-02')]);
    const { table } = await openHistory(db);
    const row = within(table).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '2 maart 2026',
      'Plannen',
      'verwijderd niveau (oud-niveau)',
      'op weg',
      'niveau bestaat niet meer in deze rubric; niet te vergelijken met het streefniveau',
      '–',
    ]);
  });

  it('the chart legend follows the rubric’s criterion order, as the table does, not the alphabet', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await saveAssessments(db, [
      assess('hulp', 'op-weg', '2026-03-02'),
      assess('bewaken', 'beginner', '2026-03-02'),
      assess('plannen', 'gevorderd', '2026-03-02'),
    ]);
    const { figure } = await openHistory(db);
    expect(figure).toHaveAccessibleName(/^Eigenaar van je leerproces · Plannen, Bewaken, Hulp vragen: /);
    expect(
      within(figure)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Plannen', 'Bewaken', 'Hulp vragen']);
  });
});
