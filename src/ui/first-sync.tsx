import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

/** How far the demo's first sync is: sources finished of all it syncs. */
export interface FirstSyncProgress {
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
  /** The demo's vault exists: its passphrase opens it (until then no passphrase would). */
  readonly vaultReady?: boolean;
}

export interface FirstSyncSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => FirstSyncProgress;
}

/** A small store the demo start writes to and views read: one snapshot object per change. */
export function createFirstSync(): FirstSyncSource & { readonly set: (progress: FirstSyncProgress) => void } {
  let current: FirstSyncProgress = { done: 0, total: 0, finished: false };
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
    set: (progress) => {
      current = progress;
      for (const listener of listeners) listener();
    },
  };
}

const FirstSyncContext = createContext<FirstSyncSource | null>(null);

export function FirstSyncProvider({ source, children }: { source: FirstSyncSource | null; children: ReactNode }) {
  return <FirstSyncContext.Provider value={source}>{children}</FirstSyncContext.Provider>;
}

const never = () => () => undefined;
const none = () => null;

/** The first sync's progress while it runs (demo mode); null when there is none or it has finished. */
export function useFirstSync(): FirstSyncProgress | null {
  const source = useContext(FirstSyncContext);
  const progress = useSyncExternalStore(source?.subscribe ?? never, source?.get ?? none);
  return progress && !progress.finished ? progress : null;
}

/**
 * Demo mode: a promise that settles once the demo's vault exists (or its start has ended, made or
 * not), for an unlock submitted while the demo is still being set up; null outside the demo.
 */
export function useDemoVaultWait(): (() => Promise<void>) | null {
  const source = useContext(FirstSyncContext);
  return useMemo(
    () =>
      source &&
      (() =>
        new Promise<void>((resolve) => {
          const check = () => {
            const progress = source.get();
            if (!progress.vaultReady && !progress.finished) return;
            unsubscribe();
            resolve();
          };
          const unsubscribe = source.subscribe(check);
          check();
        })),
    [source],
  );
}
