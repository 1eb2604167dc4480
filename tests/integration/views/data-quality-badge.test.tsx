import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { resultIdOf, sourceId } from '@/domain/ids';
import { upsertResults } from '@/store/results.repo';
import { putSyncStatus } from '@/store/sources.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';
import { cellsIn } from '../../support/grid-cells';

describe('data quality on the class overview', () => {
  it('marks a source not synced for longer than 7 days as stale, and counts a twice-reported attempt once', async () => {
    const db = freshDb();
    const { results } = await seedSmallSchool(db);
    const day = 86_400_000;
    await putSyncStatus(db, {
      source: sourceId('sommenspoor'),
      cursor: null,
      lastSyncAt: new Date(DEMO_NOW.getTime() - 10 * day).toISOString(),
      lastOutcome: 'done',
      lastError: null,
    });
    await putSyncStatus(db, {
      source: sourceId('blokkodo'),
      cursor: null,
      lastSyncAt: new Date(DEMO_NOW.getTime() - day).toISOString(),
      lastOutcome: 'done',
      lastError: null,
    });
    // Bram's (pupil 2) newest Sommenspoor attempt, passed on a second time by another source 20 s later with the same score.
    const bram = results.filter((result) => result.pupil === results[1]!.pupil).at(-1)!;
    const lrs = sourceId('lrs');
    await upsertResults(db, [
      { ...bram, id: resultIdOf(lrs, 'dubbel'), source: lrs, recordId: 'dubbel', time: new Date(Date.parse(bram.time) + 20_000).toISOString() },
    ]);
    renderApp('/klas', { db });
    const table = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    expect(
      await screen.findByText(/Verouderd: Sommenspoor is langer niet gesynchroniseerd dan gewoonlijk \(laatste keer 10 dagen geleden\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Verouderd: Blokkodo/)).not.toBeInTheDocument();
    expect(screen.getByText('1 resultaat was dubbel gemeld (zelfde poging, binnen een minuut) en telt één keer mee.')).toBeInTheDocument();
    // Counted once: Bram's figure is the one without the second report (as in the class overview test: 40%).
    const rows = within(table).getAllByRole('row').slice(1);
    expect(cellsIn(rows[1]!)[0]?.textContent).toBe('40%mee bezig');
  });
});
