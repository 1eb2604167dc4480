/**
 * A view's group version holds while the view's computation for it runs (class-grid.view.ts
 * useGroupVersion). During the demo's first sync the data version changed every 1.5 s, faster than
 * the worker computed a grid on a busy machine, so each computation was overtaken by the next
 * version and the class overview said "Laden…" until the sync ended.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupId } from '@/domain/ids';
import { classGridQueries } from '@/store/class-grid.compute';
import { REST_FACTOR, useGroupVersion } from '@/store/class-grid.view';
import { LeerzichtDb } from '@/store/db';
import { DbProvider } from '@/store/db-context';
import { resultKeys } from '@/store/results.queries';

const FAMILY = ['a-view'] as const;
const NO_LINKS: ReadonlyMap<string, readonly string[]> = new Map();

function setUp() {
  const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const pending = new Map<string, () => void>();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <DbProvider db={db}>{children}</DbProvider>
    </QueryClientProvider>
  );
  /** A view: its computation for a version runs until the test lets it finish. */
  const useView = (group: string) => {
    const version = useGroupVersion(group, NO_LINKS, FAMILY);
    const view = useQuery({
      queryKey: [...FAMILY, db.name, groupId(group), version],
      queryFn: () => new Promise<string>((resolve) => pending.set(version ?? '', () => resolve(`grid of ${version}`))),
      enabled: version !== undefined,
    });
    // The newest data version as this render sees it (the same query useGroupVersion reads).
    const newest = useQuery(classGridQueries.version(groupId(group)));
    return { version, newest: newest.data, shown: view.data };
  };
  const newData = (group: string) => client.invalidateQueries({ queryKey: resultKeys.group(groupId(group)) });
  /** The group's newest data version, as a sync leaves it. */
  const live = (group: string) => client.getQueryData<string>([...resultKeys.group(groupId(group)), 'version']);
  const finish = (version: string | undefined) => pending.get(version ?? '')?.();
  return { wrapper, useView, newData, live, finish, pending };
}

describe('useGroupVersion', () => {
  it('keeps the version whose computation runs, shows its answer, then asks for the newest', async () => {
    const { wrapper, useView, newData, live, finish, pending } = setUp();
    const { result } = renderHook(() => useView('groep-5a'), { wrapper });
    await waitFor(() => expect(result.current.version).toBeDefined());
    const first = result.current.version;
    await waitFor(() => expect(pending.has(first ?? '')).toBe(true));

    // Two syncs' worth of new data while the first computation runs: the view keeps asking for the first.
    const before = live('groep-5a');
    await newData('groep-5a');
    await newData('groep-5a');
    expect(live('groep-5a')).not.toBe(before);
    await waitFor(() => expect(result.current.newest).toBe(live('groep-5a')));
    expect(result.current.version).toBe(first);

    finish(first);
    await waitFor(() => expect(result.current.version).not.toBe(first));
    const newest = result.current.version;
    // The first answer was shown, and the newest version is asked once (not each one in between).
    await waitFor(() => expect(pending.has(newest ?? '')).toBe(true));
    expect(pending.size).toBe(2);
    finish(newest);
    await waitFor(() => expect(result.current.shown).toBe(`grid of ${newest}`));
  });

  it('follows the newest version at once when nothing is being computed', async () => {
    const { wrapper, useView, newData, finish, pending } = setUp();
    const { result } = renderHook(() => useView('groep-5a'), { wrapper });
    await waitFor(() => expect(pending.size).toBe(1));
    const first = result.current.version;
    finish(first);
    await waitFor(() => expect(result.current.shown).toBe(`grid of ${first}`));

    await newData('groep-5a');
    await waitFor(() => expect(result.current.version).not.toBe(first));
  });

  it('takes another group’s own version, never the one held for the group before', async () => {
    const { wrapper, useView, pending } = setUp();
    const { result, rerender } = renderHook(({ group }) => useView(group), { wrapper, initialProps: { group: 'groep-5a' } });
    await waitFor(() => expect(pending.size).toBe(1));
    const fiveA = result.current.version;
    rerender({ group: 'groep-6b' });
    await waitFor(() => expect(result.current.version).toBeDefined());
    await waitFor(() => expect(result.current.version).not.toBe(fiveA));
  });

  describe('rests after a computation before it takes a newer version', () => {
    afterEach(() => vi.restoreAllMocks());
    /** The page's clock, moved by the test (the view times its computations by it). */
    const clock = () => {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now);
      return (to: number) => (now = to);
    };

    it('for REST_FACTOR times the computation’s time: new data within it wait, and are taken after it', async () => {
      const setClock = clock();
      const { wrapper, useView, newData, live, finish, pending } = setUp();
      const { result } = renderHook(() => useView('groep-5a'), { wrapper });
      await waitFor(() => expect(pending.size).toBe(1));
      const first = result.current.version;
      // The computation takes 10 s by the page's clock: the view rests 30 s after it (a real timer too long for the test to reach).
      setClock(10_000);
      finish(first);
      await waitFor(() => expect(result.current.shown).toBe(`grid of ${first}`));

      setClock(10_000 + (REST_FACTOR * 10_000) / 2);
      await newData('groep-5a');
      await waitFor(() => expect(result.current.newest).toBe(live('groep-5a')));
      expect(result.current.version).toBe(first);

      // Past the rest, the next new data are taken.
      setClock(10_000 + REST_FACTOR * 10_000 + 1);
      await newData('groep-5a');
      await waitFor(() => expect(result.current.version).not.toBe(first));
      expect(pending.size).toBe(2);
    });

    it('and takes the waiting version when the rest ends, without new data', async () => {
      const setClock = clock();
      const { wrapper, useView, newData, live, finish, pending } = setUp();
      const { result } = renderHook(() => useView('groep-5a'), { wrapper });
      await waitFor(() => expect(pending.size).toBe(1));
      const first = result.current.version;
      setClock(20); // a 20 ms computation: a rest of 60 ms by a real timer
      finish(first);
      await waitFor(() => expect(result.current.shown).toBe(`grid of ${first}`));
      await newData('groep-5a');
      await waitFor(() => expect(result.current.newest).toBe(live('groep-5a')));
      setClock(1_000);
      await waitFor(() => expect(result.current.version).not.toBe(first));
    });
  });
});
