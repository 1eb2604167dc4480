/**
 * The main thread's side of a connector's sync in the file worker (decision 052): one worker serves
 * every sync that runs (the demo's first start syncs six sources at once), started with the first and
 * terminated when none runs any more, so nothing (no credentials) stays in it between syncs. Without
 * `Worker` (node and jsdom tests) the same API runs inline on this thread (`inlineConnectorSync`).
 */
import * as Comlink from 'comlink';
import type { SourceAdapter } from '@/adapters/port';
import type { SourceKind } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { createConnectorSyncApi, type ConnectorSyncApi } from './connector-sync.api';
import { pageFetcher, type PageFetcher } from './page-fetch';

/** What the file worker serves for a connector's sync. */
interface ConnectorSyncWorker extends ConnectorSyncApi {
  usePageFetch(page: PageFetcher): void;
}

/** The API run on this thread, writing to `db` (tests; a browser without workers). */
export const inlineConnectorSync = (db: LeerzichtDb, adapterFor: (kind: SourceKind) => SourceAdapter | null): ConnectorSyncApi =>
  createConnectorSyncApi({ dbOf: () => db, adapterFor });

interface Running {
  readonly worker: Worker;
  readonly remote: Comlink.Remote<ConnectorSyncWorker>;
  /** Rejects when the worker cannot run (its script did not load, or it threw at the top): the sync fails and says so. */
  readonly broken: Promise<never>;
}

/**
 * The file worker as a ConnectorSyncApi: started on the first sync, terminated when the last running
 * one ends. `fetchInPage` (the demo): the worker's requests are made by this page, so that MSW answers
 * them also while the tab is in the background (page-fetch.ts).
 */
export function workerConnectorSync({ fetchInPage = false } = {}): ConnectorSyncApi {
  let running: Running | null = null;
  let calls = 0;
  const start = (): Running => {
    const worker = new Worker(new URL('./file-read.worker.ts', import.meta.url), { type: 'module', name: 'leerzicht-synchronisatie' });
    const broken = new Promise<never>((_, reject) =>
      worker.addEventListener('error', (event) => reject(new Error(`de synchronisatie kon niet starten (${event.message || 'worker'})`))),
    );
    // Only the calls running when it broke report it.
    broken.catch(() => undefined);
    const remote = Comlink.wrap<ConnectorSyncWorker>(worker);
    // Sent first: the worker takes it before any sync's first request.
    if (fetchInPage) void remote.usePageFetch(Comlink.proxy(pageFetcher())).catch(() => undefined);
    return { worker, remote, broken };
  };
  const end = (ended: Running) => {
    calls -= 1;
    if (calls > 0 || running !== ended) return;
    running = null;
    ended.remote[Comlink.releaseProxy]();
    ended.worker.terminate();
  };
  return {
    async syncConnector(job, onProgress) {
      running ??= start();
      const current = running;
      calls += 1;
      try {
        return await Promise.race([current.remote.syncConnector(job, onProgress ? Comlink.proxy(onProgress) : undefined), current.broken]);
      } finally {
        end(current);
      }
    },
    async cancelSync(run) {
      await running?.remote.cancelSync(run);
    },
  };
}
