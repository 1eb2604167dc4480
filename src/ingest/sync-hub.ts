import { createActor, type ActorRefFrom } from 'xstate';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import { currentSloLinks } from '@/curriculum/slo-import/slo-links';
import type { SourceId } from '@/domain/ids';
import type { Source, SourceKind } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { getSource } from '@/store/sources.repo';
import type { ConnectorSyncApi } from './connector-sync.api';
import { inlineConnectorSync } from './connector-sync.client';
import { syncMachine, syncWorker } from './sync.machine';
import { refusePaused, type SyncProgress, type SyncSummary } from './sync-source';

export type SyncActor = ActorRefFrom<typeof syncMachine>;

export interface SyncHubDeps {
  readonly db: LeerzichtDb;
  /**
   * Where a sync runs: in the browser the file worker (connector-sync.client.ts workerConnectorSync,
   * decision 052). Absent: inline on this thread with `adapterFor` (tests).
   */
  readonly connectorSync?: ConnectorSyncApi;
  /** The adapters for an inline sync (no `connectorSync`); the worker takes its own from the registry. */
  readonly adapterFor?: (kind: SourceKind) => SourceAdapter | null;
  /** The session's credentials for a source, only when they were entered for this endpoint's origin. */
  readonly credentialsFor: (source: SourceId, endpoint: string) => Credentials | null;
  /** Whether the source's credentials were dropped because its endpoint changed (then the sync says so). */
  readonly credentialsMoved?: (source: SourceId) => boolean;
  /** Called after every page and at the end, so views can refresh. */
  readonly onStored?: (source: SourceId) => void;
  /** The clock for what happens during a sync (its time); read once at its start and run on from there where it runs. */
  readonly now?: () => Date;
  /** The clock for the retention cutoff (the demo's "today" in demo mode); defaults to `now`. */
  readonly retentionNow?: () => Date;
}

/** One sync actor per source, alive for the whole session so a sync goes on while the teacher navigates. */
export class SyncHub {
  private readonly actors = new Map<SourceId, SyncActor>();
  private readonly connectorSync: ConnectorSyncApi;
  private runs = 0;

  constructor(private readonly deps: SyncHubDeps) {
    this.connectorSync = deps.connectorSync ?? inlineConnectorSync(deps.db, deps.adapterFor ?? (() => null));
  }

  actorFor(id: SourceId): SyncActor {
    let actor = this.actors.get(id);
    if (!actor) {
      const work = syncWorker((signal, onProgress) => this.run(id, signal, onProgress));
      actor = createActor(syncMachine.provide({ actors: { runSync: work } }));
      actor.start();
      this.actors.set(id, actor);
    }
    return actor;
  }

  sync(id: SourceId): void {
    this.actorFor(id).send({ type: 'SYNC' });
  }

  stopAll(): void {
    for (const actor of this.actors.values()) actor.stop();
    this.actors.clear();
  }

  private async run(id: SourceId, signal: AbortSignal, onProgress: (progress: SyncProgress) => void): Promise<SyncSummary> {
    const { db } = this.deps;
    const source: Source | undefined = await getSource(db, id);
    if (!source) throw new AdapterError('config', 'bron bestaat niet meer');
    refusePaused(source);
    const credentials = this.deps.credentialsFor(id, source.endpoint);
    // Not a refusal by the supplier: no request is made. The coordinator enters them again (or has them kept, sealed).
    if (!credentials && this.deps.credentialsMoved?.(id))
      throw new AdapterError('credentials-moved', 'inloggegevens hoorden bij een ander adres en zijn gewist; er is niets opgevraagd');
    if (!credentials) throw new AdapterError('no-credentials', 'geen inloggegevens in deze sessie; er is niets opgevraagd');
    const now = (this.deps.now ?? (() => new Date()))();
    const run = (this.runs += 1);
    // A cancel stops the run after the page being stored; the machine has left 'syncing' already.
    const cancel = () => void this.connectorSync.cancelSync(run).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      const running = this.connectorSync.syncConnector(
        {
          run,
          dbName: db.name,
          sourceId: id,
          credentials,
          now: now.toISOString(),
          retentionNow: (this.deps.retentionNow?.() ?? now).toISOString(),
          sloLinks: currentSloLinks(),
        },
        (progress) => {
          onProgress(progress);
          this.deps.onStored?.(id);
        },
      );
      // Cancelled before it began: the run starts, sees the cancel before its first request and says cancelled.
      if (signal.aborted) cancel();
      const synced = await running;
      if (synced.ok) return synced.summary;
      const { failure } = synced;
      throw synced.cancelled
        ? new AdapterError('aborted', 'afgebroken')
        : new AdapterError(failure.code, failure.detail, failure.status, failure.page);
    } finally {
      signal.removeEventListener('abort', cancel);
      this.deps.onStored?.(id);
    }
  }
}
