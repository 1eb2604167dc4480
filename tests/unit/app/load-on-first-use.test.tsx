import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadOnFirstUse } from '@/app/load-on-first-use';
import { ConnectorKitProvider, useConnectorKit, type ConnectorKit } from '@/ingest/connector-kit';
import type { SyncHub } from '@/ingest/sync-hub';
import { SyncHubProvider, useSyncHub } from '@/ingest/sync-hub-context';

/**
 * The production build loads the sync hub and the supplier registry on first use (decision 040):
 * nothing of them loads beside the first page, and a view that syncs still gets them.
 */
describe('loadOnFirstUse', () => {
  it('starts nothing until it is asked for, then loads once for every caller', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const value = loadOnFirstUse(load);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([value, value]);
    expect([first, second, await value]).toEqual([42, 42, 42]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes a failed load on to whoever asked', async () => {
    const value = loadOnFirstUse(() => Promise.reject(new Error('chunk missing')));
    await expect(Promise.resolve(value)).rejects.toThrow('chunk missing');
  });
});

describe('a view that needs the hub or the connector kit', () => {
  const hub = { actorFor: (id: string) => `actor of ${id}` } as unknown as SyncHub;
  const kit = { availableKinds: () => ['xapi'] } as unknown as ConnectorKit;

  function SyncView() {
    return <p>{String(useSyncHub().actorFor('bron-1' as never))}</p>;
  }
  function KitView() {
    return <p>{useConnectorKit().availableKinds().join(',')}</p>;
  }

  it('loads the hub when it first renders, waits for it, then shows it', async () => {
    const load = vi.fn(() => Promise.resolve(hub));
    const lazyHub = loadOnFirstUse(load);
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      render(
        <SyncHubProvider hub={lazyHub}>
          <Suspense fallback={<p>laden</p>}>
            <SyncView />
          </Suspense>
        </SyncHubProvider>,
      );
    });
    expect(await screen.findByText('actor of bron-1')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the connector kit the same way', async () => {
    await act(async () => {
      render(
        <ConnectorKitProvider kit={loadOnFirstUse(() => Promise.resolve(kit))}>
          <Suspense fallback={<p>laden</p>}>
            <KitView />
          </Suspense>
        </ConnectorKitProvider>,
      );
    });
    expect(await screen.findByText('xapi')).toBeInTheDocument();
  });
});
