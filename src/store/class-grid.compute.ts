import { queryOptions } from '@tanstack/react-query';
import type { GroupId } from '@/domain/ids';
import type { CellEvidenceInput, ClassGridInput } from './class-grid.api';
import { classGridWorker } from './compute.client';
import { versionOf } from './data-version';
import type { LeerzichtDb } from './db';
import { resultKeys } from './results.queries';

let versions = 0;

/** Where a grid's key holds the group's data version and the view's minute (see `grid` below). */
const VERSION_AT = 3;
const NOW_AT = 4;

/**
 * Whether the answer for `before` may stay on screen while the one for `after` is computed: only
 * when they differ by the group's data version (a sync, an import) or the minute alone. Another
 * group, filter, line or method is a different grid: it says it is loading rather than show
 * figures that are not its own.
 */
export function sameGridNewer(before: readonly unknown[], after: readonly unknown[], newer: readonly number[] = []): boolean {
  return before.length === after.length && before.every((part, at) => at === VERSION_AT || at === NOW_AT || newer.includes(at) || part === after[at]);
}

/**
 * A query's placeholderData: the answer on screen while the one for `key` is computed, when
 * sameGridNewer (`newer`: other places of the key that follow the version or the minute).
 */
export const keepWhileNewer =
  (key: readonly unknown[], newer: readonly number[] = []) =>
  <T>(previous: T | undefined, previousQuery: { readonly queryKey: readonly unknown[] } | undefined): T | undefined =>
    previous !== undefined && previousQuery !== undefined && sameGridNewer(previousQuery.queryKey, key, newer) ? previous : undefined;

/**
 * A computation in the compute worker under `key`: kept while its inputs last (a key names them), the
 * answer for the previous version or minute on screen while it runs (keepWhileNewer), and a failure
 * said at once (the same inputs fail the same way: a filter that cannot be applied).
 */
export const workerQuery = <T>(key: readonly unknown[], compute: () => Promise<T>, newer: readonly number[] = []) =>
  queryOptions({ queryKey: key, queryFn: compute, placeholderData: keepWhileNewer(key, newer), staleTime: Infinity, retry: false, gcTime: 60_000 });

/**
 * Not a family of invalidate.ts (EVERY_QUERY_FAMILY), as needs-help's: a key names the group's data
 * version and the other inputs by value or identity, so new data is a new key.
 */
export const classGridKeys = {
  all: ['class-grid'] as const,
};

export const classGridQueries = {
  /**
   * The group's data version: a new one each time the group's results are invalidated (it lives
   * under the group's results key, so every write that refreshes them refreshes it), read from no
   * table. The worker reads and prepares the group once per version.
   */
  version: (group: GroupId) =>
    queryOptions({
      queryKey: [...resultKeys.group(group), 'version'],
      queryFn: () => `${Date.now()}-${(versions += 1)}`,
      staleTime: Infinity,
    }),
  /** The class overview's rows, computed in the compute worker from the results it reads itself. */
  grid: (db: LeerzichtDb, input: Omit<ClassGridInput, 'dbName'>) => {
    const key = [
      ...classGridKeys.all,
      db.name,
      input.group,
      input.version,
      input.now,
      JSON.stringify(input.filter),
      ...[input.pupils, input.lines, input.curriculumLines, input.choices].map(versionOf),
    ];
    return workerQuery(key, () => classGridWorker(db).classGrid({ ...input, dbName: db.name }));
  },
  /** The results behind each cell of the class overview, from the same prepared group. */
  evidence: (db: LeerzichtDb, input: Omit<CellEvidenceInput, 'dbName'>) => {
    const key = [...classGridKeys.all, db.name, input.group, input.version, 'evidence', input.line, versionOf(input.curriculumLines)];
    return workerQuery(key, () => classGridWorker(db).cellEvidence({ ...input, dbName: db.name }));
  },
};
