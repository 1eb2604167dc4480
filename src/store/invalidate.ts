import type { InvalidateOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { resultKeys } from './results.queries';
import { sourceKeys } from './sources.queries';

/**
 * Refreshes the queries under each key: a key is a prefix, so `resultKeys.all` covers every results query.
 *
 * A query still on its first read is cancelled first: TanStack Query hands an invalidation of a query
 * without data the read in flight (it cancels a running read only where there is data to fall back
 * on), and that read may have begun before the write. "Wat is er opgeslagen" went on saying 27
 * results after one pupil's 18 were forgotten, when its first count was still running at the
 * forget. With `cancelRefetch: false` (a sync's reads, left to finish) nothing is cancelled.
 */
export async function invalidate(client: QueryClient, keys: readonly QueryKey[], options?: InvalidateOptions): Promise<void> {
  if (options?.cancelRefetch !== false) {
    const firstRead = (query: { readonly state: { readonly data: unknown; readonly fetchStatus: string } }) =>
      query.state.data === undefined && query.state.fetchStatus !== 'idle';
    await Promise.all(keys.map((queryKey) => client.cancelQueries({ queryKey, predicate: firstRead })));
  }
  await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }, options)));
}

/**
 * What a sync (or a file import, or a connector saved or removed) changes: results (with the
 * goals in use and the pupils no roster knows) and sources (status, counts, rejections). Nothing
 * else: the stored-data summary is read afresh each time it is shown (`storedDataQueries.summary`).
 */
export const SOURCE_DATA_KEYS: readonly QueryKey[] = [resultKeys.all, sourceKeys.all];

export const invalidateSourceData = (client: QueryClient) => invalidate(client, SOURCE_DATA_KEYS);
