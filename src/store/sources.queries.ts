import { queryOptions } from '@tanstack/react-query';
import type { SourceId } from '@/domain/ids';
import type { Source, SyncStatus } from '@/domain/source';
import type { LeerzichtDb } from './db';
import { rememberedSources } from './credentials.sealed';
import { rejectionCountsBySource, rejectionsForSource, type RejectionCounts } from './rejections.repo';
import { countResultsBySource, unmappedCodes } from './results.repo';
import { getSyncStatus, listSources } from './sources.repo';

export interface SourceOverview {
  readonly source: Source;
  readonly status: SyncStatus;
  readonly stored: number;
  readonly rejections: RejectionCounts;
  readonly unmapped: readonly { code: string; count: number }[];
}

export const sourceKeys = {
  all: ['sources'] as const,
  overview: () => [...sourceKeys.all, 'overview'] as const,
  statuses: () => [...sourceKeys.all, 'statuses'] as const,
  rejections: (id: SourceId) => [...sourceKeys.all, 'rejections', id] as const,
  /** The connectors whose credentials this device keeps (sealed). */
  remembered: () => [...sourceKeys.all, 'remembered'] as const,
};

export const sourceQueries = {
  overview: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: sourceKeys.overview(),
      queryFn: async (): Promise<SourceOverview[]> => {
        const [sources, stored, rejected] = await Promise.all([listSources(db), countResultsBySource(db), rejectionCountsBySource(db)]);
        return Promise.all(
          sources.map(async (source) => ({
            source,
            status: await getSyncStatus(db, source.id),
            stored: stored.get(source.id) ?? 0,
            rejections: rejected.get(source.id) ?? { total: 0, byCode: {} },
            unmapped: await unmappedCodes(db, source.id),
          })),
        );
      },
    }),
  /** Every source with its sync status (cheap: for the freshness badge on the views). */
  statuses: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: sourceKeys.statuses(),
      queryFn: async () => Promise.all((await listSources(db)).map(async (source) => ({ source, status: await getSyncStatus(db, source.id) }))),
    }),
  rejections: (db: LeerzichtDb, id: SourceId) =>
    queryOptions({ queryKey: sourceKeys.rejections(id), queryFn: () => rejectionsForSource(db, id, 20) }),
  remembered: (db: LeerzichtDb) => queryOptions({ queryKey: sourceKeys.remembered(), queryFn: () => rememberedSources(db) }),
};
