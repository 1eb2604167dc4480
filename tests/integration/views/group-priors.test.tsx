/**
 * The views run the default estimator with the group's own calibration and goal priors (decision 006,
 * src/domain/progress/estimators/group-context.ts): a pupil with a single result on a goal the group
 * practised a lot that week is pulled towards what is usual for the group, in the class overview and
 * in the pupil profile alike. Without the priors Cem's one perfect result would show as 100%.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goalId, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { upsertResults } from '@/store/results.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const HOUR = 3_600_000;

function getallen(pupil: number, hoursAgo: number, scaled: number, n: number): Result {
  const source = sourceId('sommenspoor');
  return {
    id: resultIdOf(source, `prior-${n}`),
    source,
    recordId: `prior-${n}`,
    pupil: refOf(pupil),
    code: 'rekenen.getallen.1f',
    goals: [goalId('rekenen.getallen.1f')],
    level: null,
    workForm: 'practice',
    time: new Date(DEMO_NOW.getTime() - hoursAgo * HOUR).toISOString(),
    score: { raw: scaled * 20, min: 0, max: 20, scaled },
    success: null,
    completion: true,
    durationSeconds: 600,
    attempt: null,
    normBand: null,
  };
}

async function seedBusyWeek() {
  const db = freshDb();
  await seedSmallSchool(db);
  // This week (from Thursday 2 July): Anna and Bram practise getallen six times each; Cem once, perfectly.
  const results = Array.from({ length: 6 }, (_, i) => [getallen(1, 4 + 4 * i, 0.9, 2 * i), getallen(2, 4 + 4 * i, 0.4, 2 * i + 1)]).flat();
  await upsertResults(db, [...results, getallen(3, 3, 1, 99)]);
  return db;
}

const percentOf = (text: string | null | undefined) => Number(/(\d+)%/.exec(text ?? '')?.[1]);

describe('the group’s priors in the views', () => {
  it('pulls a single result towards the group in the class overview and the pupil profile alike', async () => {
    const db = await seedBusyWeek();
    renderApp('/klas', { db });
    const table = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    const cem = within(table)
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('rowheader')?.textContent === 'Cem Yilmaz');
    const shown = percentOf(within(cem!).getAllByRole('gridcell')[0]?.textContent);
    // prior about 0.68 (sd 0.25) and one practice result of 1.0 (sd 0.2): about 87%, not 100%
    expect(shown).toBeGreaterThan(75);
    expect(shown).toBeLessThan(95);

    const user = userEvent.setup();
    await user.click(within(cem!).getByRole('link', { name: 'Bekijk de voortgang van Cem Yilmaz' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cem Yilmaz' })).toBeInTheDocument();
    // The profile reads the group's results itself (the class overview computed in the compute worker).
    const rekenen = await screen.findByRole('region', { name: 'Rekenen' });
    expect(percentOf(within(rekenen).getByText(/Beheersing nu:/).textContent)).toBe(shown);
  });
});
