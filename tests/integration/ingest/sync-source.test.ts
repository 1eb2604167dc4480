import { beforeEach, describe, expect, it } from 'vitest';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { SourceAdapter } from '@/adapters/port';
import { syncSource, type SyncProgress } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { getSyncStatus, saveSource } from '@/store/sources.repo';
import { unmappedCodes } from '@/store/results.repo';
import { fakeAdapter, fakeSource, REF_A, result, SOURCE } from '../../support/fake-adapter';

let db: LeerzichtDb;
const credentials = { type: 'bearer', token: 't' } as const;
const now = () => new Date('2026-07-03T12:00:00.000Z');

beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, fakeSource());
});

describe('syncSource', () => {
  it('stores every page, keeps rejections aside, adds unknown pupils and reports progress', async () => {
    const progress: SyncProgress[] = [];
    const summary = await syncSource({
      db,
      adapter: fakeAdapter(),
      source: fakeSource(),
      credentials,
      signal: new AbortController().signal,
      now,
      onProgress: (p) => progress.push(p),
    });
    expect(await db.results.count()).toBe(5);
    expect(await db.rejections.count()).toBe(1);
    expect(await db.pupils.count()).toBe(2);
    expect(summary).toMatchObject({ pages: 3, added: 5, rejected: 1 });
    expect(progress.map((p) => p.pages)).toEqual([1, 2, 3]);
    expect(await unmappedCodes(db, SOURCE)).toEqual([{ code: 'ST-KL-1', count: 1 }]);
    expect(await getSyncStatus(db, SOURCE)).toMatchObject({
      cursor: 'c3',
      lastOutcome: 'done',
      lastError: null,
      lastSyncAt: '2026-07-03T12:00:00.000Z',
    });
  });

  it('stores nothing new when run twice', async () => {
    await syncSource({ db, adapter: fakeAdapter(), source: fakeSource(), credentials, signal: new AbortController().signal, now });
    const adapter = fakeAdapter();
    const again = await syncSource({ db, adapter, source: fakeSource(), credentials, signal: new AbortController().signal, now });
    expect(again.added).toBe(0);
    expect(adapter.asked).toEqual(['c3']);
    expect(await db.results.count()).toBe(5);
  });

  it('keeps what it stored when a page fails, and the next sync resumes from that page', async () => {
    const failing = fakeAdapter({ failOn: 'c2' });
    const error = await syncSource({ db, adapter: failing, source: fakeSource(), credentials, signal: new AbortController().signal, now }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).code).toBe('server');
    expect(await db.results.count()).toBe(2);
    expect(await getSyncStatus(db, SOURCE)).toMatchObject({ cursor: 'c2', lastOutcome: 'failed', lastError: 'server' });

    const resumed = fakeAdapter();
    await syncSource({ db, adapter: resumed, source: fakeSource(), credentials, signal: new AbortController().signal, now });
    expect(resumed.asked[0]).toBe('c2');
    expect(await db.results.count()).toBe(5);
  });

  it('is cancelled by its signal, keeps the pages already stored and says so', async () => {
    const controller = new AbortController();
    const adapter = fakeAdapter({ onPull: (request) => request.cursor === 'c2' && controller.abort() });
    const error = await syncSource({ db, adapter, source: fakeSource(), credentials, signal: controller.signal, now }).catch((e: unknown) => e);
    expect((error as AdapterError).code).toBe('aborted');
    expect(await db.results.count()).toBe(2);
    expect((await getSyncStatus(db, SOURCE)).lastOutcome).toBe('cancelled');
  });

  it('deletes results a page voids', async () => {
    await syncSource({ db, adapter: fakeAdapter(), source: fakeSource(), credentials, signal: new AbortController().signal, now });
    const voiding = {
      ...fakeAdapter(),
      async pullPage() {
        return { results: [], rejections: [], voids: ['r1'], nextCursor: null, progress: { fetched: 1, total: 1 } };
      },
    };
    const summary = await syncSource({ db, adapter: voiding, source: fakeSource(), credentials, signal: new AbortController().signal, now });
    expect(summary.voided).toBe(1);
    expect(await db.results.get('fake|r1' as never)).toBeUndefined();
  });

  it('reports fetched and total after every page', async () => {
    const progress: SyncProgress[] = [];
    await syncSource({
      db,
      adapter: fakeAdapter(),
      source: fakeSource(),
      credentials,
      signal: new AbortController().signal,
      now,
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { pages: 1, fetched: 2, total: 8, added: 2, rejected: 0, updated: 0 },
      { pages: 2, fetched: 6, total: 8, added: 4, rejected: 1, updated: 1 },
      { pages: 3, fetched: 7, total: 8, added: 5, rejected: 1, updated: 1 },
    ]);
  });

  it('deletes voids given as record ids or as result ids, and counts only what was there', async () => {
    await syncSource({ db, adapter: fakeAdapter(), source: fakeSource(), credentials, signal: new AbortController().signal, now });
    const voiding: SourceAdapter = {
      ...fakeAdapter(),
      async pullPage() {
        return { results: [], rejections: [], voids: ['r2', 'fake|r3', 'never-stored'], nextCursor: null, progress: { fetched: 3, total: 3 } };
      },
    };
    const summary = await syncSource({ db, adapter: voiding, source: fakeSource(), credentials, signal: new AbortController().signal, now });
    expect(summary.voided).toBe(2);
    expect((await db.results.toCollection().primaryKeys()).sort()).toEqual(['fake|r1', 'fake|r4', 'fake|r5']);
  });

  it('does not sync a paused source and leaves its status alone', async () => {
    await saveSource(db, fakeSource({ paused: true }));
    const adapter = fakeAdapter();
    // The stored record wins over a stale copy that still says "not paused".
    const error = await syncSource({ db, adapter, source: fakeSource(), credentials, signal: new AbortController().signal, now }).catch(
      (e: unknown) => e,
    );
    expect((error as AdapterError).code).toBe('config');
    expect(adapter.asked).toEqual([]);
    expect(await db.results.count()).toBe(0);
    expect((await getSyncStatus(db, SOURCE)).lastOutcome).toBeNull();
  });

  it('stops a supplier that never stops paging', async () => {
    let n = 0;
    const endless: SourceAdapter = {
      ...fakeAdapter(),
      async pullPage() {
        n += 1;
        return { results: [result(`e${n}`)], rejections: [], nextCursor: `p${n}`, progress: { fetched: n, total: null } };
      },
    };
    const error = await syncSource({
      db,
      adapter: endless,
      source: fakeSource(),
      credentials,
      signal: new AbortController().signal,
      now,
      maxPages: 25,
    }).catch((e: unknown) => e);
    expect((error as AdapterError).code).toBe('pagination-loop');
    expect(n).toBe(25);
    expect(await db.results.count()).toBe(25);
    expect(await getSyncStatus(db, SOURCE)).toMatchObject({ cursor: 'p25', lastOutcome: 'failed', lastError: 'pagination-loop' });
  });

  it('treats a next cursor equal to the one asked for as a pagination loop', async () => {
    const stuck: SourceAdapter = {
      ...fakeAdapter(),
      async pullPage({ cursor }) {
        return { results: [result('s1')], rejections: [], nextCursor: cursor ?? 'same', progress: { fetched: 1, total: null } };
      },
    };
    const error = await syncSource({ db, adapter: stuck, source: fakeSource(), credentials, signal: new AbortController().signal, now }).catch(
      (e: unknown) => e,
    );
    expect((error as AdapterError).code).toBe('pagination-loop');
    expect(await db.results.count()).toBe(1);
  });

  it('stores a page all or nothing: a page that cannot be stored leaves no pupils and no cursor behind', async () => {
    const broken: SourceAdapter = {
      ...fakeAdapter(),
      async pullPage() {
        // A result without an id cannot be stored: the whole page (and its new pupil) must roll back.
        return {
          results: [result('ok', REF_A), { ...result('bad'), id: undefined as never }],
          rejections: [],
          nextCursor: 'after',
          progress: { fetched: 2, total: 2 },
        };
      },
    };
    const error = await syncSource({ db, adapter: broken, source: fakeSource(), credentials, signal: new AbortController().signal, now }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AdapterError);
    expect([await db.results.count(), await db.pupils.count()]).toEqual([0, 0]);
    expect(await getSyncStatus(db, SOURCE)).toMatchObject({ cursor: null, lastOutcome: 'failed' });
  });
});

describe('a full browser store', () => {
  it('is reported as a storage problem the ICT coordinator can act on, and keeps what was stored', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    await saveSource(db, fakeSource());
    const adapter = fakeAdapter();
    let calls = 0;
    const original = db.results.bulkPut.bind(db.results);
    db.results.bulkPut = ((...args: Parameters<typeof original>) => {
      calls += 1;
      if (calls === 2) {
        const quota = new Error('QuotaExceededError: the quota has been exceeded');
        quota.name = 'QuotaExceededError';
        return Promise.reject(quota);
      }
      return original(...args);
    }) as typeof original;
    const error = await syncSource({
      db,
      adapter,
      source: fakeSource(),
      credentials: { type: 'bearer', token: 't' },
      signal: new AbortController().signal,
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('storage');
    expect(await db.results.count()).toBe(2);
    expect((await getSyncStatus(db, SOURCE)).lastError).toBe('storage');
  });
});
