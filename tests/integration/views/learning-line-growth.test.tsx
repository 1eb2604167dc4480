import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goalId, lineId, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { setLineEstimator } from '@/store/estimator-choice.repo';
import { upsertResults } from '@/store/results.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const GETALLEN = 'rekenen.getallen.1f';

/** The small school, plus Cem on getallen: 20% 50 days ago, 80% 10 days ago, with a Sommenspoor band on the last. */
async function seed() {
  const db = freshDb();
  await seedSmallSchool(db);
  const source = sourceId('sommenspoor');
  const at = (i: number, days: number, scaled: number, band: string | null): Result => ({
    id: resultIdOf(source, `cem${i}`),
    source,
    recordId: `cem${i}`,
    pupil: refOf(3),
    code: GETALLEN,
    goals: [goalId(GETALLEN)],
    level: null,
    workForm: 'practice',
    time: new Date(DEMO_NOW.getTime() - days * 86_400_000).toISOString(),
    score: { raw: scaled * 20, min: 0, max: 20, scaled },
    success: null,
    completion: true,
    durationSeconds: 600,
    attempt: null,
    normBand: band ? { label: band, colour: '#bf8700' } : null,
  });
  await upsertResults(db, [at(0, 50, 0.2, 'V'), at(1, 10, 0.8, 'II')]);
  return db;
}

const pupilCells = async (name: string) => {
  const table = await screen.findByRole('table', { name: /beheersing van .* per leerling/i });
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error('no row');
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('learning line: growth since a date and the supplier norm band in the goal detail', () => {
  it('shows per pupil the growth with the line’s method and the latest band; another date changes the growth', async () => {
    const db = await seed();
    await setLineEstimator(db, lineId('rekenen'), 'latest');
    renderApp(`/leerlijnen?leerlijn=rekenen&doel=${GETALLEN}`, { db });
    const user = userEvent.setup();
    expect((await pupilCells('Cem Yilmaz')).slice(-2)).toEqual(['+60 procentpunt, gegroeid', 'Sommenspoor: II']);
    expect((await pupilCells('Bram Smit')).slice(-2)).toEqual(['0 procentpunt, gelijk', 'Sommenspoor: IV']);
    const field = screen.getByLabelText('Groei sinds');
    expect(field).toHaveValue('2026-05-22');
    await user.clear(field);
    await user.type(field, '2026-04-01');
    expect(await screen.findByRole('columnheader', { name: 'Groei sinds 1 april 2026' })).toBeInTheDocument();
    expect((await pupilCells('Cem Yilmaz'))[3]).toBe('geen resultaten vóór 1 april 2026');
    expect((await pupilCells('Bram Smit'))[3]).toBe('geen resultaten vóór 1 april 2026');
  });
});
