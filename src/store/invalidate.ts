import type { InvalidateOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { resultKeys } from './results.queries';
import { sourceKeys } from './sources.queries';

/** Refreshes the queries under each key: a key is a prefix, so `resultKeys.all` covers every results query. */
export async function invalidate(client: QueryClient, keys: readonly QueryKey[], options?: InvalidateOptions): Promise<void> {
  await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }, options)));
}

/**
 * What a sync (or a file import, or a connector saved or removed) changes: results (with the
 * goals in use and the pupils no roster knows) and sources (status, counts, rejections). Nothing
 * else: the stored-data summary is read afresh each time it is shown (`storedDataQueries.summary`).
 */
export const SOURCE_DATA_KEYS: readonly QueryKey[] = [resultKeys.all, sourceKeys.all];

export const invalidateSourceData = (client: QueryClient) => invalidate(client, SOURCE_DATA_KEYS);
