// A connector's sync as the file worker serves it (decision 052): the API behind comlink over a
// MessageChannel, on its own connection to the same IndexedDB, against the demo's Sommenspoor (MSW).
import * as Comlink from 'comlink';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '@/adapters/registry';
import { sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { createConnectorSyncApi, type ConnectorSyncApi, type ConnectorSyncJob } from '@/ingest/connector-sync.api';
import type { SyncProgress } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { getSyncStatus, saveSource } from '@/store/sources.repo';
import { server } from '../../../mocks/node';
import { DEMO_IDENTITY } from '../../../mocks/demo-identity';
import { SOMMENSPOOR_DEMO } from '../../../mocks/suppliers/sommenspoor/sommenspoor.demo';
import { SOMMENSPOOR_SOURCE } from '../../support/sommenspoor-source';

const SOURCE = SOMMENSPOOR_SOURCE;

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** The API as the worker exposes it: behind comlink, with a connection of its own to the database by name. */
function overChannel(): ConnectorSyncApi {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const dbs = new Map<string, LeerzichtDb>();
  const dbOf = (name: string) => dbs.get(name) ?? (dbs.set(name, new LeerzichtDb(name)).get(name) as LeerzichtDb);
  Comlink.expose(createConnectorSyncApi({ dbOf, adapterFor }), port1);
  return Comlink.wrap<ConnectorSyncApi>(port2) as unknown as ConnectorSyncApi;
}

async function setUp(source: Source = SOURCE) {
  const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, source);
  const job: ConnectorSyncJob = {
    run: 1,
    dbName: db.name,
    sourceId: source.id,
    credentials: SOMMENSPOOR_DEMO.credentials,
    now: DEMO_IDENTITY.today,
    retentionNow: DEMO_IDENTITY.today,
  };
  return { db, job, api: overChannel() };
}

/** A progress callback that crosses comlink, and what it heard. */
function listen(then?: (progress: SyncProgress) => void) {
  const heard: SyncProgress[] = [];
  return { heard, onProgress: Comlink.proxy((progress: SyncProgress) => void (heard.push(progress), then?.(progress))) };
}

describe('a connector sync in the file worker (connector-sync.api.ts)', () => {
  it('pulls, maps and stores every page; progress arrives per page; the sync time is the clock passed in; the credentials are not stored', async () => {
    const { db, job, api } = await setUp();
    const { heard, onProgress } = listen();

    const synced = await api.syncConnector(job, onProgress);

    if (!synced.ok) throw new Error(`sync failed: ${JSON.stringify(synced.failure)}`);
    const stored = await db.results.count();
    expect(stored).toBeGreaterThan(100);
    expect(synced.summary.added).toBe(stored);
    expect(synced.summary.pages).toBeGreaterThan(10);
    // One progress per stored page, the last one as the summary says (the callback is not awaited: wait for the last).
    await expect.poll(() => heard.length).toBe(synced.summary.pages);
    expect(heard.at(-1)).toMatchObject({ pages: synced.summary.pages, added: synced.summary.added });
    expect((await db.sourceTallies.toArray()).length).toBeGreaterThan(0);
    const status = await getSyncStatus(db, SOURCE.id);
    expect(status).toMatchObject({ lastOutcome: 'done', lastError: null });
    // The demo's clock (months before the wall clock), run on from the instant passed in.
    const at = Date.parse(status.lastSyncAt ?? '');
    expect(at).toBeGreaterThanOrEqual(Date.parse(DEMO_IDENTITY.today));
    expect(at).toBeLessThan(Date.parse(DEMO_IDENTITY.today) + 10 * 60_000);
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(everything).not.toContain(SOMMENSPOOR_DEMO.credentials.token);
  });

  it('a cancel stops after the page being stored; the next sync resumes from there and ends as a whole sync would', async () => {
    const { db, job, api } = await setUp();
    const { heard, onProgress } = listen((progress) => {
      if (progress.pages === 1) void api.cancelSync(job.run);
    });

    const cancelled = await api.syncConnector(job, onProgress);

    expect(cancelled).toMatchObject({ ok: false, cancelled: true, failure: { code: 'aborted' } });
    const status = await getSyncStatus(db, SOURCE.id);
    expect(status.lastOutcome).toBe('cancelled');
    // The pages stored before the cancel took effect stay whole (never half a page), and fewer than all.
    const kept = await db.results.count();
    expect(kept).toBeGreaterThan(0);
    await expect.poll(() => heard.at(-1)?.added).toBe(kept);
    expect(status.cursor).not.toBeNull();

    const rest = await api.syncConnector({ ...job, run: 2 });
    if (!rest.ok) throw new Error(`sync failed: ${JSON.stringify(rest.failure)}`);
    expect(rest.summary.added).toBeGreaterThan(0);
    const whole = await setUp();
    const all = await whole.api.syncConnector(whole.job);
    expect(all.ok && all.summary.added).toBe(kept + rest.summary.added);
  });

  it("a supplier's refusal comes back as a value with its code, status and page; the source's status says failed", async () => {
    const { db, job, api } = await setUp();

    const refused = await api.syncConnector({ ...job, credentials: { type: 'bearer', token: 'verkeerd' } });

    expect(refused).toMatchObject({ ok: false, cancelled: false, failure: { code: 'unauthorized', status: 401 } });
    expect(await getSyncStatus(db, SOURCE.id)).toMatchObject({ lastOutcome: 'failed', lastError: 'unauthorized' });
    expect(await db.results.count()).toBe(0);
  });

  it('a supplier that answers with a server error on a later page keeps the pages before it', async () => {
    const { db, job, api } = await setUp();
    let pages = 0;
    server.use(
      http.get(`${SOMMENSPOOR_DEMO.endpoint}/sessions`, () => {
        pages += 1;
        return pages > 2 ? HttpResponse.json({ error: 'kapot' }, { status: 400 }) : undefined;
      }),
    );

    const failed = await api.syncConnector(job);

    expect(failed).toMatchObject({ ok: false, cancelled: false, failure: { code: 'invalid-payload', status: 400 } });
    expect(await db.results.count()).toBeGreaterThan(0);
    expect(await getSyncStatus(db, SOURCE.id)).toMatchObject({ lastOutcome: 'failed', lastError: 'invalid-payload' });
  });

  it('refuses a paused source and a source that is gone, before any request', async () => {
    const paused = await setUp({ ...SOURCE, paused: true });
    expect(await paused.api.syncConnector(paused.job)).toMatchObject({ ok: false, failure: { code: 'config', detail: 'bron is gepauzeerd' } });
    const gone = await setUp();
    expect(await gone.api.syncConnector({ ...gone.job, sourceId: sourceId('weg') })).toMatchObject({
      ok: false,
      failure: { code: 'config', detail: 'bron bestaat niet meer' },
    });
    expect(await paused.db.results.count()).toBe(0);
  });
});
