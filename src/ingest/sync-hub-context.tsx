import { createContext, use, useContext, type ReactNode } from 'react';
import type { SyncHub } from './sync-hub';

/**
 * The hub, or the promise of it: the app loads the hub (xstate, the supplier adapters) beside the
 * first page rather than in it. Views that use it suspend until it is there (docs/decisions/020).
 */
export type SyncHubSource = SyncHub | Promise<SyncHub>;

const SyncHubContext = createContext<SyncHubSource | null>(null);

export function SyncHubProvider({ hub, children }: { hub: SyncHubSource; children: ReactNode }) {
  return <SyncHubContext.Provider value={hub}>{children}</SyncHubContext.Provider>;
}

export function useSyncHub(): SyncHub {
  const hub = useContext(SyncHubContext);
  if (!hub) throw new Error('useSyncHub outside SyncHubProvider');
  return hub instanceof Promise ? use(hub) : hub;
}
