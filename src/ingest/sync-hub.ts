import { createActor, type ActorRefFrom } from 'xstate';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import type { SourceId } from '@/domain/ids';
import type { Source, SourceKind } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { getSource } from '@/store/sources.repo';
import { syncMachine, syncWorker } from './sync.machine';
import { refusePaused, syncSource } from './sync-source';

export type SyncActor = ActorRefFrom<typeof syncMachine>;

export interface SyncHubDeps {
  readonly db: LeerzichtDb;
  readonly adapterFor: (kind: SourceKind) => SourceAdapter | null;
  /** The session's credentials for a source, only when they were entered for this endpoint's origin. */
  readonly credentialsFor: (source: SourceId, endpoint: string) => Credentials | null;
  /** Whether the source's credentials were dropped because its endpoint changed (then the sync says so). */
  readonly credentialsMoved?: (source: SourceId) => boolean;
  /** Called after every page and at the end, so views can refresh. */
  readonly onStored?: (source: SourceId) => void;
  readonly now?: () => Date;
  /** The clock for the retention cutoff (the demo's "today" in demo mode); defaults to `now`. */
  readonly retentionNow?: () => Date;
}

/** One sync actor per source, alive for the whole session so a sync goes on while the teacher navigates. */
export class SyncHub {
  private readonly actors = new Map<SourceId, SyncActor>();

  constructor(private readonly deps: SyncHubDeps) {}

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

  private async run(id: SourceId, signal: AbortSignal, onProgress: Parameters<typeof syncSource>[0]['onProgress']) {
    const { db } = this.deps;
    const source: Source | undefined = await getSource(db, id);
    if (!source) throw new AdapterError('config', 'bron bestaat niet meer');
    refusePaused(source);
    const adapter = this.deps.adapterFor(source.kind);
    if (!adapter) throw new AdapterError('config', `geen adapter voor ${source.kind}`);
    const credentials = this.deps.credentialsFor(id, source.endpoint);
    // Not a refusal by the supplier: no request is made. The coordinator enters them again (or has them kept, sealed).
    if (!credentials && this.deps.credentialsMoved?.(id))
      throw new AdapterError('credentials-moved', 'inloggegevens hoorden bij een ander adres en zijn gewist; er is niets opgevraagd');
    if (!credentials) throw new AdapterError('no-credentials', 'geen inloggegevens in deze sessie; er is niets opgevraagd');
    try {
      return await syncSource({
        db,
        adapter,
        source,
        credentials,
        signal,
        ...(this.deps.now ? { now: this.deps.now } : {}),
        ...(this.deps.retentionNow ? { retentionNow: this.deps.retentionNow } : {}),
        onProgress: (progress) => {
          onProgress?.(progress);
          this.deps.onStored?.(id);
        },
      });
    } finally {
      this.deps.onStored?.(id);
    }
  }
}
