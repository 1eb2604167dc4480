import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { LAZY_LRS_DEFAULTS, indexAfter, lagOf, lazyStatement, storedAt, type LazyLrsShape } from '../../../mocks/suppliers/lrs/lazy-lrs.generator';
import { createLazyLrs } from '../../../mocks/suppliers/lrs/lazy-lrs.server';
import { LRS_DEMO_MAPPING } from '../../../mocks/suppliers/lrs/lrs.mapping';
import { createXapiAdapter } from '@/adapters/xapi/xapi.adapter';
import { sourceId } from '@/domain/ids';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';
import { fakeSource } from '../../support/fake-adapter';

/**
 * Reading a board's LRS incrementally (issue 12, item 5) against the lazy 1M-statement mock, here
 * with its first 4,000 statements (the same generator): the high-water mark on `stored`, the
 * overlap dropped by statement id, X-Experience-API-Consistent-Through, an expired `more` link.
 */
const ENDPOINT = 'https://lrs.bestuur-groot.example/xapi';
const credentials = { type: 'basic', username: 'leerzicht', password: 'groot-geheim' } as const;
const SOURCE = sourceId('lrs-groot');
const source = fakeSource({ id: SOURCE, kind: 'xapi', endpoint: ENDPOINT, mapping: LRS_DEMO_MAPPING });
const adapter = createXapiAdapter({ fetchOptions: { sleep: async () => {}, timeoutMs: 30_000 } });

let db: LeerzichtDb;
let clock = 0;
beforeEach(async () => {
  db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, source);
});

function serve(shape: LazyLrsShape, maxLimit: 50 | 100) {
  // The LRS's clock moves 20 ms per request: a sync takes time, and its Consistent-Through moves on.
  const lrs = createLazyLrs({ endpoint: ENDPOINT, credentials, shape, maxLimit, moreTtlMs: 60_000, now: () => (clock += 20) });
  server.use(...lrs.handlers);
  const statuses: number[] = [];
  server.events.on('response:mocked', ({ response }) => void statuses.push(response.status));
  return { lrs, statuses };
}

const sync = (signal = new AbortController().signal, onProgress?: (pages: number) => void) =>
  syncSource({
    db,
    adapter,
    source,
    credentials,
    signal,
    now: () => new Date(clock),
    ...(onProgress ? { onProgress: (progress) => onProgress(progress.pages) } : {}),
  });

const storedIds = async () => (await db.results.toArray()).map((result) => result.recordId).sort();

// 4,000 statements at 100 a page and 2,000 at 50 (the bench reads the full 1M): enough pages for a
// cancelled first sync, an expired link, late statements and an incremental second sync.
describe.each([
  [100, 4_000],
  [50, 2_000],
] as const)('an LRS that serves at most %i statements a page (%i statements)', (maxLimit, count) => {
  const shape: LazyLrsShape = { ...LAZY_LRS_DEFAULTS, count };
  const idsOf = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, n) => lazyStatement(shape, from + n).id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  it('a second sync fetches only what is new; a late statement and an expired more link lose nothing and double nothing', async () => {
    const { lrs, statuses } = serve(shape, maxLimit);
    // First sync at the moment 60% of them are stored; cancelled after 20 pages.
    clock = storedAt(shape, count * 0.6);
    const controller = new AbortController();
    await expect(sync(controller.signal, (pages) => pages === 20 && controller.abort())).rejects.toMatchObject({ code: 'aborted' });
    expect(await db.results.count()).toBe(20 * maxLimit);
    // Two minutes later the stored more link has expired (404): the sync asks again from its mark.
    clock += 120_000;
    const first = await sync();
    expect(statuses).toContain(404);
    // Everything stored up to the first page's Consistent-Through, nothing after it.
    const through = indexAfter(shape, clock - first.pages * 20 - shape.maxLagMs);
    const firstIds = await storedIds();
    expect(firstIds.length).toBeGreaterThan(count * 0.55);
    expect(firstIds).toEqual(idsOf(0, firstIds.length));
    expect(firstIds.length).toBeLessThanOrEqual(through);
    expect(first.added + 20 * maxLimit).toBe(firstIds.length);
    expect(first.updated).toBe(0);

    // A late statement: stored before the newest statement the LRS had shown, but visible only later.
    const shown = indexAfter(shape, clock);
    const late = Array.from({ length: shown - firstIds.length }, (_, n) => firstIds.length + n).filter((i) => lagOf(shape, i) > 0);
    expect(late.length).toBeGreaterThan(0);

    // The LRS a day later holds all of them: the second sync asks only from the mark on.
    clock = storedAt(shape, shape.count) + 86_400_000;
    const before = lrs.requests();
    const second = await sync();
    const requests = lrs.requests() - before;
    expect(await storedIds()).toEqual(idsOf(0, shape.count));
    expect([second.added, second.updated]).toEqual([shape.count - firstIds.length, 0]);
    expect(second.fetched).toBe(shape.count - firstIds.length);
    // One request per page of new statements, plus at most one for the overlap's few repeats.
    expect(requests).toBeLessThanOrEqual(Math.ceil((shape.count - firstIds.length) / maxLimit) + 1);

    // And a third finds nothing new: one request, nothing added or updated.
    const third = await sync();
    expect([third.added, third.updated, third.fetched, lrs.requests() - before - requests]).toEqual([0, 0, 0, 1]);
  }, 180_000);
});
