import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncInvalidator } from '@/app/query-client';

/** A query on the sources key whose reads finish only when the test says so. */
function slowSourcesQuery(client: QueryClient) {
  const reads: { resolve: (value: string) => void; signal: AbortSignal }[] = [];
  const observer = new QueryObserver(client, {
    queryKey: ['sources', 'overview'],
    queryFn: ({ signal }) => new Promise<string>((resolve) => reads.push({ resolve, signal })),
  });
  const unsubscribe = observer.subscribe(() => undefined);
  return { reads, observer, unsubscribe };
}

describe('the sync invalidator', () => {
  afterEach(() => vi.useRealTimers());

  it('lets a slow read finish while pages keep arriving, then reads once more after it', async () => {
    vi.useFakeTimers();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const { reads, observer, unsubscribe } = slowSourcesQuery(client);
    expect(reads).toHaveLength(1);
    const onStored = createSyncInvalidator(client, 100);
    // Pages arrive for longer than one read takes: the running read is neither cancelled nor restarted.
    for (let page = 0; page < 5; page++) {
      onStored();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reads).toHaveLength(1);
    expect(reads[0]?.signal.aborted).toBe(false);
    reads[0]?.resolve('before the last page');
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getCurrentResult().data).toBe('before the last page');
    // That read may have missed the last page: the invalidation comes back and reads again.
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toHaveLength(2);
    reads[1]?.resolve('after the last page');
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getCurrentResult().data).toBe('after the last page');
    // Nothing was running at that last invalidation: no further reads.
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads).toHaveLength(2);
    unsubscribe();
  });
});
