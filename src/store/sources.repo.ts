import type { SourceId } from '@/domain/ids';
import type { CodeMapping, Source, SyncStatus } from '@/domain/source';
import type { LeerzichtDb } from './db';

export const saveSource = (db: LeerzichtDb, source: Source) => db.sources.put(source);
export const listSources = (db: LeerzichtDb) => db.sources.orderBy('id').toArray();
export const getSource = (db: LeerzichtDb, id: SourceId) => db.sources.get(id);
export const setPaused = (db: LeerzichtDb, id: SourceId, paused: boolean) => db.sources.update(id, { paused });
export const updateMapping = (db: LeerzichtDb, id: SourceId, mapping: CodeMapping) => db.sources.update(id, { mapping });

export const getSyncStatus = async (db: LeerzichtDb, id: SourceId): Promise<SyncStatus> =>
  (await db.syncStatus.get(id)) ?? { source: id, cursor: null, lastSyncAt: null, lastOutcome: null, lastError: null };

export const putSyncStatus = (db: LeerzichtDb, status: SyncStatus) => db.syncStatus.put(status);

/** Removes a connector; with keepData false its results, rejections and sync state go too. */
export async function removeSource(db: LeerzichtDb, id: SourceId, { keepData }: { keepData: boolean }): Promise<void> {
  await db.transaction('rw', [db.sources, db.syncStatus, db.results, db.rejections], async () => {
    await db.sources.delete(id);
    await db.syncStatus.delete(id);
    if (!keepData) {
      await db.results.where('source').equals(id).delete();
      await db.rejections.where('source').equals(id).delete();
    }
  });
}
