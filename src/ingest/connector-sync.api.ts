/**
 * A connector's sync where the file worker runs (decision 052): the supplier's pages pulled over
 * HTTP, validated and mapped by the adapter from the registry, and stored by syncSource on the
 * worker's own connection to the app's IndexedDB (tallies in the same transactions), so none of it
 * takes the main thread. The main thread passes what only it has: the session's credentials (kept
 * for this call only, never stored here), its clocks as instants, its SLO links. Outcomes are values
 * (comlink keeps only an Error's message): the summary, or the failure with its AdapterError code.
 */
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import type { SourceId } from '@/domain/ids';
import type { SourceKind } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { getSource } from '@/store/sources.repo';
import { failureOf, type StoreFailure } from './file-store.api';
import { refusePaused, syncSource, type SyncProgress, type SyncSummary } from './sync-source';

export interface ConnectorSyncJob {
  /** Names this run, for `cancelSync` (unique per caller). */
  readonly run: number;
  /** The IndexedDB database the main thread uses (LeerzichtDb's name). */
  readonly dbName: string;
  readonly sourceId: SourceId;
  /** The session's credentials for the source's endpoint: used for this call, never kept. */
  readonly credentials: Credentials;
  /** ISO instant: the app's clock when the sync starts (the demo's today in demo mode); it runs on from there. */
  readonly now: string;
  /** ISO instant the retention cutoff is taken from. */
  readonly retentionNow: string;
  /** The main thread's SLO replacements and imported goals (curriculum/slo-import/slo-links.ts), for a worker that has none. */
  readonly sloLinks?: { readonly links: [string, readonly string[]][]; readonly imported: string[] };
}

export type Synced =
  | { readonly ok: true; readonly summary: SyncSummary }
  /** Not finished: cancelled (after the page being stored), or a failure; the pages stored before it stay. */
  | { readonly ok: false; readonly cancelled: boolean; readonly failure: StoreFailure };

export interface ConnectorSyncApi {
  syncConnector(job: ConnectorSyncJob, onProgress?: (progress: SyncProgress) => void): Promise<Synced>;
  /** Stops that run after the page being stored (never half a page); a run that has ended is left alone. */
  cancelSync(run: number): Promise<void>;
}

export interface ConnectorSyncDeps {
  readonly dbOf: (name: string) => LeerzichtDb;
  readonly adapterFor: (kind: SourceKind) => SourceAdapter | null;
  /** In a worker: takes the main thread's SLO links before the adapter maps anything. */
  readonly setSloLinks?: (links: ReadonlyMap<string, readonly string[]>, imported: Iterable<string>) => void;
}

/** The instant's milliseconds; an instant that is not one is refused with the reason (never replaced by another time). */
function msOf(instant: string): number {
  const at = Date.parse(instant);
  if (!Number.isFinite(at)) throw new AdapterError('config', `geen geldig tijdstip: ${instant}`);
  return at;
}

/** A clock that starts at `instant` and runs on with this thread's own. */
function runningFrom(instant: string): () => Date {
  const at = msOf(instant);
  const started = Date.now();
  return () => new Date(at + (Date.now() - started));
}

function fixedAt(instant: string): () => Date {
  const at = msOf(instant);
  return () => new Date(at);
}

export function createConnectorSyncApi(deps: ConnectorSyncDeps): ConnectorSyncApi {
  const running = new Map<number, AbortController>();
  return {
    async syncConnector(job, onProgress) {
      const abort = new AbortController();
      running.set(job.run, abort);
      try {
        const db = deps.dbOf(job.dbName);
        const source = await getSource(db, job.sourceId);
        if (!source) throw new AdapterError('config', 'bron bestaat niet meer');
        refusePaused(source);
        const adapter = deps.adapterFor(source.kind);
        if (!adapter) throw new AdapterError('config', `geen adapter voor ${source.kind}`);
        if (job.sloLinks) deps.setSloLinks?.(new Map(job.sloLinks.links), job.sloLinks.imported);
        const summary = await syncSource({
          db,
          adapter,
          source,
          credentials: job.credentials,
          signal: abort.signal,
          now: runningFrom(job.now),
          retentionNow: fixedAt(job.retentionNow),
          // Not awaited: a progress message never holds up the sync.
          onProgress: (progress) => void Promise.resolve(onProgress?.(progress)).catch(() => undefined),
        });
        return { ok: true, summary };
      } catch (error) {
        return { ok: false, cancelled: abort.signal.aborted, failure: failureOf(error) };
      } finally {
        running.delete(job.run);
      }
    },
    async cancelSync(run) {
      running.get(run)?.abort();
    },
  };
}
