import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LeerzichtDb } from '@/store/db';
import { rejectionCountsBySource } from '@/store/rejections.repo';
import { unmappedCodes } from '@/store/results.repo';
import { sourceQueries } from '@/store/sources.queries';
import { QueryClient } from '@tanstack/react-query';
import { fakeSource, REF_A, REF_B, rejection, result, SOURCE } from '../../support/fake-adapter';
import { V8 } from '../../support/old-schemas';

describe('Dexie v9: unmapped codes and rejections counted by an index', () => {
  it('indexes the results and rejections a v8 database already holds, so the overview counts them', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(8).stores(V8);
    await old.open();
    await old.table('sources').put(fakeSource());
    await old
      .table('results')
      .bulkPut([
        result('r1', REF_A, { code: 'ST-KL-1', goals: [] }),
        result('r2', REF_B, { code: 'ST-KL-1', goals: [] }),
        result('r3', REF_B, { code: 'WOORD-9', goals: [] }),
        result('r4'),
      ]);
    await old.table('rejections').bulkPut([rejection('x'), rejection('y'), { ...rejection('z'), code: 'missing-pupil' }]);
    old.close();

    const db = new LeerzichtDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    expect(await unmappedCodes(db, SOURCE)).toEqual([
      { code: 'ST-KL-1', count: 2 },
      { code: 'WOORD-9', count: 1 },
    ]);
    expect((await rejectionCountsBySource(db)).get(SOURCE)).toEqual({ total: 3, byCode: { 'invalid-score': 2, 'missing-pupil': 1 } });
    const [overview] = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(sourceQueries.overview(db));
    expect(overview).toMatchObject({
      stored: 4,
      unmapped: [
        { code: 'ST-KL-1', count: 2 },
        { code: 'WOORD-9', count: 1 },
      ],
    });
    db.close();
  });
});
