// The pipeline against the three real adapters and the demo suppliers (MSW): the contract that a
// finished sync, run again, stores nothing new holds for each adapter's own cursor design.
import { describe, expect, it } from 'vitest';
import { createBlokkodoAdapter } from '@/adapters/blokkodo/blokkodo.adapter';
import { createLeesvlinderAdapter } from '@/adapters/leesvlinder/leesvlinder.adapter';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import { defaultMappingFor } from '@/adapters/registry';
import { createSommenspoorAdapter } from '@/adapters/sommenspoor/sommenspoor.adapter';
import { sourceId } from '@/domain/ids';
import type { Source, SourceKind } from '@/domain/source';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { getSyncStatus, saveSource } from '@/store/sources.repo';
import { BLOKKODO_DEMO } from '../../../mocks/suppliers/blokkodo/blokkodo.demo';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';

const fetchOptions = { sleep: async () => {}, timeoutMs: 5_000 };
const suppliers: [SourceKind, SourceAdapter, { endpoint: string; credentials: Credentials }][] = [
  ['sommenspoor', createSommenspoorAdapter({ fetchOptions }), SOMMENSPOOR_DEMO],
  ['leesvlinder', createLeesvlinderAdapter({ fetchOptions }), LEESVLINDER_DEMO],
  ['blokkodo', createBlokkodoAdapter({ fetchOptions }), BLOKKODO_DEMO],
];

describe.each(suppliers)('syncing the demo %s', (kind, adapter, demo) => {
  it('stores its records once; the second sync adds nothing and ends done', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    const source: Source = {
      id: sourceId(kind),
      kind,
      name: kind,
      endpoint: demo.endpoint,
      paused: false,
      mapping: defaultMappingFor(kind),
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await saveSource(db, source);
    const run = () => syncSource({ db, adapter, source, credentials: demo.credentials, signal: new AbortController().signal });

    const first = await run();
    const stored = await db.results.count();
    expect(first.added).toBe(stored);
    expect(stored).toBeGreaterThan(100);
    expect(await db.pupils.count()).toBeGreaterThan(10);
    // Stored without a pseudonym setting, the kind's default (the ECK iD) applies: every demo pupil fits it (decision 025).
    expect((await db.rejections.toArray()).filter((rejection) => rejection.issue?.code === 'pseudonym_shape')).toEqual([]);
    const cursor = (await getSyncStatus(db, source.id)).cursor;

    const second = await run();
    expect(second.added).toBe(0);
    expect(await db.results.count()).toBe(stored);
    // Incremental: a non-null cursor was kept, and the second sync reads one page from it.
    expect(cursor).not.toBeNull();
    expect(first.pages).toBeGreaterThan(10);
    expect(second.pages).toBe(1);
    expect(await getSyncStatus(db, source.id)).toMatchObject({ lastOutcome: 'done', lastError: null });
  });
});
