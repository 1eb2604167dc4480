import { createContext, use, useContext, type ReactNode } from 'react';
import type { Credentials, SourceAdapter } from '@/adapters/port';
import type { GoalId } from '@/domain/ids';
import type { CodeMapping, SourceKind } from '@/domain/source';

/**
 * What the connector views need of the supplier kinds (the wizard, editing a connector, a file
 * re-import): wired in app/ from the adapters' registry, as the sync hub is, so a view never
 * reaches for the registry itself and a test can give it other kinds.
 */
export interface ConnectorKit {
  readonly adapterFor: (kind: SourceKind) => SourceAdapter | null;
  readonly availableKinds: () => SourceKind[];
  readonly credentialTypeFor: (kind: SourceKind) => Credentials['type'];
  readonly defaultMappingFor: (kind: SourceKind) => CodeMapping;
  readonly resolveSloIds: (uuids: readonly string[], level?: string | null) => readonly GoalId[];
}

/** The kit, or (in the app) the promise of it: it loads with the adapters (in production on first use, app/load-on-first-use.ts). */
export type ConnectorKitSource = ConnectorKit | PromiseLike<ConnectorKit>;

const isPromiseLike = (kit: ConnectorKitSource): kit is PromiseLike<ConnectorKit> =>
  typeof (kit as Partial<PromiseLike<ConnectorKit>>).then === 'function';

const ConnectorKitContext = createContext<ConnectorKitSource | null>(null);

export function ConnectorKitProvider({ kit, children }: { kit: ConnectorKitSource | null; children: ReactNode }) {
  return <ConnectorKitContext.Provider value={kit}>{children}</ConnectorKitContext.Provider>;
}

export function useConnectorKit(): ConnectorKit {
  const kit = useContext(ConnectorKitContext);
  if (!kit) throw new Error('useConnectorKit outside ConnectorKitProvider');
  return isPromiseLike(kit) ? use(kit) : kit;
}
