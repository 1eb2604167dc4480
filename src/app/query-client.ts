import { QueryClient } from '@tanstack/react-query';
import { invalidateSourceData } from '@/store/invalidate';

/** Local data: no retries against IndexedDB, and results stay fresh until a sync invalidates them. */
export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } } });

/** Invalidates what a sync changes (results and sources), at most once per interval while pages keep arriving. */
export function createSyncInvalidator(client: QueryClient, intervalMs = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void invalidateSourceData(client);
    }, intervalMs);
  };
}
