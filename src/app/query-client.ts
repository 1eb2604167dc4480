import { QueryClient } from '@tanstack/react-query';
import { invalidate, SOURCE_DATA_KEYS } from '@/store/invalidate';

/** Local data: no retries against IndexedDB, and results stay fresh until a sync invalidates them. */
export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } });

/**
 * Invalidates what a sync changes (results and sources), at most once per interval while pages
 * keep arriving. A read still running is left to finish (not cancelled): a view whose query takes
 * longer than the interval would otherwise never show anything until the sync ends. Because that
 * read may have started before the latest page was stored, the invalidation comes back one
 * interval later until it finds no read of these keys running.
 */
export function createSyncInvalidator(client: QueryClient, intervalMs = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      const reading = SOURCE_DATA_KEYS.some((queryKey) => client.isFetching({ queryKey }) > 0);
      void invalidate(client, SOURCE_DATA_KEYS, { cancelRefetch: false });
      if (reading) schedule();
    }, intervalMs);
  };
  return schedule;
}
