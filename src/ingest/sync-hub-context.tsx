import { createContext, use, useContext, type ReactNode } from 'react';
import type { SyncHub } from './sync-hub';

/**
 * The hub, or the promise of it: the app loads the hub (xstate, the supplier adapters) apart from
 * the first page, in production on first use (app/load-on-first-use.ts). Views that use it suspend
 * until it is there (docs/decisions/020, 040).
 */
export type SyncHubSource = SyncHub | PromiseLike<SyncHub>;

const isPromiseLike = (hub: SyncHubSource): hub is PromiseLike<SyncHub> => typeof (hub as Partial<PromiseLike<SyncHub>>).then === 'function';

const SyncHubContext = createContext<SyncHubSource | null>(null);

export function SyncHubProvider({ hub, children }: { hub: SyncHubSource; children: ReactNode }) {
  return <SyncHubContext.Provider value={hub}>{children}</SyncHubContext.Provider>;
}

export function useSyncHub(): SyncHub {
  const hub = useContext(SyncHubContext);
  if (!hub) throw new Error('useSyncHub outside SyncHubProvider');
  return isPromiseLike(hub) ? use(hub) : hub;
}
