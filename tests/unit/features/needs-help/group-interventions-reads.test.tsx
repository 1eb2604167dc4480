/**
 * Wie heeft hulp nodig reads the results of the pupils with an intervention only (none when no pupil
 * has one): its judgement comes from the compute worker, and reading, checking and deduplicating the
 * whole group's results on the main thread for the "already had" note was most of the page's
 * main-thread work.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { groupId } from '@/domain/ids';
import { useGroupInterventions } from '@/features/needs-help/use-group-interventions';
import type { LeerzichtDb } from '@/store/db';
import { DbProvider } from '@/store/db-context';
import { recordIntervention } from '@/store/interventions.repo';
import { schoolQueries } from '@/store/school.queries';
import { DEMO_NOW, freshDb } from '../../../support/render-app';
import { refOf, seedSmallSchool } from '../../../support/seed';

/** The pupils whose results are read from the store (the results table's pupil index). */
function watchReads(db: LeerzichtDb): unknown[] {
  const asked: unknown[] = [];
  const where = db.results.where.bind(db.results);
  vi.spyOn(db.results, 'where').mockImplementation(((index: string) => {
    const clause = where(index);
    if (index === 'pupil' || index === '[pupil+time]') {
      const equals = clause.equals.bind(clause);
      const between = clause.between.bind(clause);
      clause.equals = (value) => (asked.push(value), equals(value));
      clause.between = (lower, upper, ...rest) => (asked.push(lower), between(lower, upper, ...rest));
    }
    return clause;
  }) as never);
  return asked;
}

function renderFor(db: LeerzichtDb, group: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <DbProvider db={db}>{children}</DbProvider>
    </QueryClientProvider>
  );
  return renderHook(
    () => {
      const pupils = useQuery(schoolQueries.pupilsIn(db, groupId(group)));
      const byKey = new Map((pupils.data ?? []).map((item) => [item.pupil.key, item] as const));
      return { loaded: pupils.data !== undefined, interventions: useGroupInterventions(pupils.data ? group : null, byKey) };
    },
    { wrapper },
  );
}

const seeded = async () => {
  const db = freshDb();
  await seedSmallSchool(db);
  const group = (await db.groups.toArray())[0]!.id;
  return { db, group };
};

describe('useGroupInterventions', () => {
  it('reads the results of the pupil with an intervention, not those of the rest of the group', async () => {
    const { db, group } = await seeded();
    await recordIntervention(
      db,
      { kind: 'extra-instruction', goal: 'rekenen.getallen.1f', date: '2026-06-20', note: '', pupils: [refOf(2)], group: null },
      DEMO_NOW,
    );
    const asked = watchReads(db);
    const { result } = renderFor(db, group);
    await waitFor(() => expect([...result.current.interventions.values()][0]?.around.since.count).toBe(2));
    expect(result.current.interventions.size).toBe(1);
    expect([...result.current.interventions.values()][0]!.around.before).toEqual({ count: 5, mean: 0.4 });
    expect(asked).toEqual([refOf(2)]);
  });

  it('reads no results when no pupil had an intervention', async () => {
    const { db, group } = await seeded();
    const asked = watchReads(db);
    const { result } = renderFor(db, group);
    await waitFor(() => expect(result.current.loaded).toBe(true));
    // Past the interventions' read and whatever would follow it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.interventions.size).toBe(0);
    expect(asked).toEqual([]);
  });
});
