import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { resultIdOf, sourceId } from '@/domain/ids';
import { LeerzichtDb } from '@/store/db';
import { sourceQueries } from '@/store/sources.queries';
import { talliesOf } from '@/store/tally-delta';
import { fakeSource, REF_A, REF_B, result, SOURCE } from '../../support/fake-adapter';
import { V9 } from '../../support/old-schemas';

const OTHER = sourceId('ander');

describe('Dexie v10: tallies per source counted once from what a v9 store holds (decision 034)', () => {
  it('counts the stored results and unmapped codes per source, and the overview shows them with the latest result', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(9).stores(V9);
    await old.open();
    await old.table('sources').bulkPut([fakeSource(), fakeSource({ id: OTHER, name: 'Andere bron' })]);
    // More rows than one chunk of the upgrade (5,000), over two sources.
    const many = Array.from({ length: 5_003 }, (_, n) =>
      result(`r${n}`, n % 2 === 0 ? REF_A : REF_B, { code: `C-${n % 3}`, goals: n % 3 === 0 ? [] : result('x').goals }),
    );
    const other = {
      ...result('o1', REF_A, { code: 'LEZEN-3', goals: [], time: '2026-03-04T08:00:00.000Z' }),
      id: resultIdOf(OTHER, 'o1'),
      source: OTHER,
    };
    await old.table('results').bulkPut([...many, other]);
    old.close();

    const db = new LeerzichtDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    const walk = talliesOf(await db.results.toArray());
    expect(await db.sourceTallies.orderBy('source').toArray()).toEqual([...walk.sources].sort((a, b) => a.source.localeCompare(b.source)));
    expect(await db.codeTallies.toArray()).toHaveLength(walk.codes.length);
    const overview = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(sourceQueries.overview(db));
    expect(overview.map(({ source, stored, unmapped, lastResultAt }) => ({ source: source.id, stored, unmapped, lastResultAt }))).toEqual([
      { source: OTHER, stored: 1, unmapped: [{ code: 'LEZEN-3', count: 1 }], lastResultAt: '2026-03-04T08:00:00.000Z' },
      { source: SOURCE, stored: 5_003, unmapped: [{ code: 'C-0', count: 1_668 }], lastResultAt: '2026-03-02T10:00:00.000Z' },
    ]);
    // Kept from here on by every write.
    await db.results.delete(resultIdOf(OTHER, 'o1'));
    expect(await db.sourceTallies.get(OTHER)).toBeUndefined();
    db.close();
  });
});
