/**
 * A write invalidates a view whose first read is still running: the view shows what is there after
 * the write, not what its first read found before it (store/invalidate.ts). TanStack Query hands an
 * invalidation of a query without data the read in flight; "Wat is er opgeslagen" then went on saying
 * 27 results after a pupil's 18 were forgotten.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { invalidate } from '@/store/invalidate';

function setUp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  let stored = 27;
  const reads: Array<() => void> = [];
  /** A read that takes the stored count when it begins and answers when the test lets it. */
  const useCount = () =>
    useQuery({
      queryKey: ['stored-data', 'summary'],
      queryFn: () => {
        const seen = stored;
        return new Promise<number>((resolve) => reads.push(() => resolve(seen)));
      },
    });
  const write = (count: number) => (stored = count);
  return { client, wrapper, useCount, write, reads };
}

describe('invalidate', () => {
  it('reads again after a write that came during the first read, and shows what was read after it', async () => {
    const { client, wrapper, useCount, write, reads } = setUp();
    const { result } = renderHook(() => useCount(), { wrapper });
    await waitFor(() => expect(reads).toHaveLength(1));
    write(9);
    const invalidated = invalidate(client, [['stored-data']]);
    await waitFor(() => expect(reads).toHaveLength(2));
    reads[0]!();
    reads[1]!();
    await invalidated;
    await waitFor(() => expect(result.current.data).toBe(9));
  });

  it('leaves a running first read alone with cancelRefetch false (a sync lets its reads finish)', async () => {
    const { client, wrapper, useCount, write, reads } = setUp();
    const { result } = renderHook(() => useCount(), { wrapper });
    await waitFor(() => expect(reads).toHaveLength(1));
    write(9);
    const invalidated = invalidate(client, [['stored-data']], { cancelRefetch: false });
    reads[0]!();
    await invalidated;
    expect(reads).toHaveLength(1);
    await waitFor(() => expect(result.current.data).toBe(27));
  });
});
