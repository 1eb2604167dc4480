import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { builtInNow } from '@/curriculum/built-in.load';
import { useCurriculum } from '@/store/curriculum.queries';
import { DbProvider } from '@/store/db-context';
import { LeerzichtDb } from '@/store/db';

/**
 * The class overview's first render (issue 12 goal 6, decision 039): the built-in lines are not in
 * the first page's code. In a module graph of its own (vite.config.ts MODULE_MOCKS), so no other test
 * file has loaded them yet.
 */
describe('useCurriculum before the built-in lines have loaded', () => {
  it('is pending with no lines, loads them, then has them', async () => {
    expect(builtInNow()).toBeUndefined();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>
        <DbProvider db={new LeerzichtDb(`test-${crypto.randomUUID()}`)}>{children}</DbProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useCurriculum(), { wrapper });
    expect(result.current.isPending).toBe(true);
    expect(result.current.lines).toEqual([]);
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.lines.map((line) => line.id)).toEqual(['rekenen', 'lezen', 'programmeren', 'ct', 'digitaal']);
    expect(result.current.lineById('lezen')?.goals.length).toBeGreaterThan(0);
    expect(builtInNow()?.BUILT_IN_LINES).toBe(result.current.lines);
  });
});
