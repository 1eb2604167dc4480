/**
 * useSourceNames hands the same function while the list of sources stays: the pupil profile's charts
 * (memo) are then not drawn again each time another part of the page loads, and follow a renamed source.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '@/store/db-context';
import { useSourceNames } from '@/store/source-choices';
import { sourceKeys } from '@/store/sources.queries';
import { freshDb } from '../../support/render-app';

describe('useSourceNames', () => {
  it('keeps its function across renders, and gives a new one when the sources change', async () => {
    const db = freshDb();
    await db.sources.put({ id: 'src-som', kind: 'csv', name: 'Sommenspoor' } as never);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>
        <DbProvider db={db}>{children}</DbProvider>
      </QueryClientProvider>
    );
    const { result, rerender } = renderHook(() => useSourceNames(), { wrapper });
    await waitFor(() => expect(result.current.sourceName('src-som')).toBe('Sommenspoor'));
    const first = result.current.sourceName;
    rerender();
    expect(result.current.sourceName).toBe(first);

    await db.sources.put({ id: 'src-som', kind: 'csv', name: 'Sommenspoor 2' } as never);
    await client.invalidateQueries({ queryKey: sourceKeys.all });
    await waitFor(() => expect(result.current.sourceName('src-som')).toBe('Sommenspoor 2'));
    expect(result.current.sourceName).not.toBe(first);
  });
});
