import { beforeEach, describe, expect, it } from 'vitest';
import { AdapterError } from '@/adapters/http/adapter-error';
import { syncSource, type SyncProgress } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { getSyncStatus, saveSource } from '@/store/sources.repo';
import { unmappedCodes } from '@/store/results.repo';
import { fakeAdapter, fakeSource, SOURCE } from '../../support/fake-adapter';

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
    const summary = await syncSource({ db, adapter: fakeAdapter(), source: fakeSource(), credentials, signal: new AbortController().signal, now, onProgress: (p) => progress.push(p) });
    expect(await db.results.count()).toBe(5);
    expect(await db.rejections.count()).toBe(1);
    expect(await db.pupils.count()).toBe(2);
    expect(summary).toMatchObject({ pages: 3, added: 5, rejected: 1 });
    expect(progress.map((p) => p.pages)).toEqual([1, 2, 3]);
    expect(await unmappedCodes(db, SOURCE)).toEqual([{ code: 'ST-KL-1', count: 1 }]);
    expect(await getSyncStatus(db, SOURCE)).toMatchObject({ cursor: 'c3', lastOutcome: 'done', lastError: null, lastSyncAt: '2026-07-03T12:00:00.000Z' });
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
    const error = await syncSource({ db, adapter: failing, source: fakeSource(), credentials, signal: new AbortController().signal, now }).catch((e: unknown) => e);
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
});
