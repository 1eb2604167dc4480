import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SourceId } from '@/domain/ids';
import { clearCredentials } from './credentials.memory';
import { forgetRememberedCredentials, rememberCredentials } from './credentials.sealed';
import { useDb } from './db-context';
import { forgetFileSettings } from './file-source-settings';
import { invalidate, invalidateSourceData } from './invalidate';
import { sourceKeys } from './sources.queries';
import { removeSource, setPaused } from './sources.repo';

/** Pauses or resumes a connector: only the sources' queries show it. */
export function useSetSourcePaused() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, paused }: { id: SourceId; paused: boolean }) => setPaused(db, id, paused),
    onSuccess: () => invalidate(client, [sourceKeys.all]),
  });
}

/**
 * Removes a connector, its credentials (this session's and those kept on this device) and the
 * settings beside a file source; with `keepData` false its results and rejections go too.
 */
export function useRemoveSource() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, keepData }: { id: SourceId; keepData: boolean }) => {
      await removeSource(db, id, { keepData });
      clearCredentials(id);
      await forgetRememberedCredentials(db, id);
      await forgetFileSettings(db, id);
    },
    onSuccess: () => invalidateSourceData(client),
  });
}

/** Keeps a connector's credentials on this device (sealed with the vault key), or forgets them. */
export function useRememberCredentials(source: SourceId, key: CryptoKey | null) {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (on: boolean) => (on && key ? rememberCredentials(db, source, key) : forgetRememberedCredentials(db, source)),
    onSuccess: () => invalidate(client, [sourceKeys.remembered()]),
  });
}

/**
 * Work that stores a source's records outside the sync hub (a file source's newer export): the
 * feature supplies it (from ingest/); afterwards, failed part-way or not, what a sync refreshes
 * is refreshed. The outcome shows as soon as the work is done: the refresh is not awaited (a
 * returned promise would hold the mutation pending until every view on screen has re-read the
 * store, so "Import klaar" came later as the store grew; issue 12 goal 3).
 */
export function useSourceDataMutation<TData>(mutationFn: () => Promise<TData>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => {
      void invalidateSourceData(client);
    },
  });
}

/** Refreshes what a sync refreshes: for the connector wizard, whose saving runs in its machine. */
export function useRefreshSourceData(): () => void {
  const client = useQueryClient();
  return () => void invalidateSourceData(client);
}
