/**
 * The class overview's grid (a memo table) is drawn again only when what it shows changes: the
 * hooks that feed its rows keep their answers' identity while their data stay, also while another
 * part of the page loads and the page renders again.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { groupId } from '@/domain/ids';
import { useCellEvidence } from '@/features/class-overview/use-cell-evidence';
import { useRubricColumns } from '@/features/class-overview/use-rubric-columns';
import type { LeerzichtDb } from '@/store/db';
import { DbProvider } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import { freshDb } from '../../../support/render-app';
import { refOf, seedSmallSchool } from '../../../support/seed';

function wrapperFor(db: LeerzichtDb) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <DbProvider db={db}>{children}</DbProvider>
    </QueryClientProvider>
  );
}

const seeded = async () => {
  const db = freshDb();
  await seedSmallSchool(db);
  const group = (await db.groups.toArray())[0]!.id;
  return { db, group };
};

describe('the class overview keeps its grid parts while their data stay', () => {
  it('useCellEvidence: the same detail function across renders once the evidence is in', async () => {
    const { db, group } = await seeded();
    const pupil = (await db.pupils.where('ref').equals(refOf(2)).first())!;
    const { result, rerender } = renderHook(() => useCellEvidence(group, null), { wrapper: wrapperFor(db) });
    await waitFor(() => expect(result.current.detail(pupil, 'rekenen', 'rekenen', null).count).toBeGreaterThan(0));
    const first = result.current.detail;
    rerender();
    expect(result.current.detail).toBe(first);
  });

  it('useRubricColumns: the same columns and cells across renders, switched off and switched on', async () => {
    const { db, group } = await seeded();
    const { result, rerender } = renderHook(
      ({ enabled }) => {
        const pupils = useQuery(schoolQueries.pupilsIn(db, groupId(group)));
        return { pupilsIn: pupils.data, rubric: useRubricColumns(pupils.data ?? [], '5', enabled) };
      },
      { wrapper: wrapperFor(db), initialProps: { enabled: false } },
    );
    await waitFor(() => expect(result.current.pupilsIn).toBeDefined());
    const off = result.current.rubric;
    rerender({ enabled: false });
    expect(result.current.rubric.columns).toBe(off.columns);
    expect(result.current.rubric.cells).toBe(off.cells);

    rerender({ enabled: true });
    await waitFor(() => expect(result.current.rubric.loading).toBe(false));
    const on = result.current.rubric;
    expect(on.cells.size).toBe(3);
    rerender({ enabled: true });
    expect(result.current.rubric.columns).toBe(on.columns);
    expect(result.current.rubric.cells).toBe(on.cells);
  });
});
