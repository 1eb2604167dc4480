import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { schoolKeys } from './school.queries';
import { storedDataKeys } from './stored-data.keys';
import { subscribeVault, vaultState } from './vault';

/**
 * Query families whose cached data holds names read with the vault key: pupils with their roster
 * entry, group names, the pupils to choose a dossier's owner from, the stored-data lists.
 */
export const NAME_QUERY_FAMILIES: readonly QueryKey[] = [schoolKeys.all, storedDataKeys.all];

/** Removes every cached query that holds names (not only hidden behind a new vault epoch in the key). */
export function dropNameQueries(client: QueryClient): void {
  for (const queryKey of NAME_QUERY_FAMILIES) client.removeQueries({ queryKey });
}

/** From now on, each lock (by hand, idle, deleting everything) drops the cached names at once. Returns the unsubscribe. */
export function dropNamesOnLock(client: QueryClient): () => void {
  return subscribeVault(() => {
    if (vaultState().key === null) dropNameQueries(client);
  });
}
