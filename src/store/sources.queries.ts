import { queryOptions } from '@tanstack/react-query';
import type { SourceId } from '@/domain/ids';
import type { Source, SyncStatus } from '@/domain/source';
import type { LeerzichtDb } from './db';
import { rememberedSources } from './credentials.sealed';
import { rejectionCountsBySource, rejectionsForSource, type RejectionCounts } from './rejections.repo';
import { countResultsOf, lastResultAt, unmappedCodes } from './results.repo';
import { getSyncStatus, listSources } from './sources.repo';

export interface SourceOverview {
  readonly source: Source;
  readonly status: SyncStatus;
  readonly stored: number;
  readonly rejections: RejectionCounts;
  readonly unmapped: readonly { code: string; count: number }[];
  /** The time of the source's latest stored result; null when it stores none. */
  readonly lastResultAt: string | null;
}

export const sourceKeys = {
  all: ['sources'] as const,
  overview: () => [...sourceKeys.all, 'overview'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
  statuses: () => [...sourceKeys.all, 'statuses'] as const,
  rejections: (id: SourceId) => [...sourceKeys.all, 'rejections', id] as const,
  /** The connectors whose credentials this device keeps (sealed). */
  remembered: () => [...sourceKeys.all, 'remembered'] as const,
};

export const sourceQueries = {
  /**
   * Per source its status, stored count, rejections and unmapped codes: for the Bronnen page and the
   * edit-connector page only. Results and unmapped codes are read from the tallies every write keeps
   * (decision 034), the rejections from an index (decision 022), the latest result from one step on
   * [source+time]: never a walk over the stored results. A view that needs only names or statuses asks
   * `list` or `statuses`.
   */
  overview: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: sourceKeys.overview(),
      // One read transaction: the counts agree with each other while a sync writes pages, and the
      // many small counts share it instead of opening one each.
      queryFn: (): Promise<SourceOverview[]> =>
        db.transaction('r', [db.sources, db.syncStatus, db.results, db.rejections, db.sourceTallies, db.codeTallies], async () => {
          const [sources, rejected] = await Promise.all([listSources(db), rejectionCountsBySource(db)]);
          return Promise.all(
            sources.map(async (source) => {
              const [status, stored, unmapped, last] = await Promise.all([
                getSyncStatus(db, source.id),
                countResultsOf(db, source.id),
                unmappedCodes(db, source.id),
                lastResultAt(db, source.id),
              ]);
              return { source, status, stored, rejections: rejected.get(source.id) ?? { total: 0, byCode: {} }, unmapped, lastResultAt: last };
            }),
          );
        }),
    }),
  /** Every source (its name, kind, mapping), no counts: for a view that names the sources of its results or filters by them. */
  list: (db: LeerzichtDb) => queryOptions({ queryKey: sourceKeys.list(), queryFn: () => listSources(db) }),
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
