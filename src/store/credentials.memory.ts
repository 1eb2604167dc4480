import type { Credentials } from '@/adapters/port';
import type { SourceId } from '@/domain/ids';

/**
 * Connector credentials for this session only: kept in memory, never written to storage or logs.
 * Each is bound to the origin of the endpoint it was entered for: asked for with another endpoint
 * (the connector's address was changed, in the app or in the browser's store), it is not handed
 * out, so a secret never follows an edited address to another host.
 */
const vault = new Map<SourceId, { readonly credentials: Credentials; readonly origin: string | null }>();

/** Sources whose credentials were dropped this session because their endpoint changed. */
const moved = new Set<SourceId>();
export const noteCredentialsMoved = (source: SourceId) => void moved.add(source);
export const credentialsMoved = (source: SourceId): boolean => moved.has(source);

/** The origin of an endpoint (`https://lrs.example:8443`); the trimmed text when it is no URL. */
export function endpointOrigin(endpoint: string): string {
  try {
    return new URL(endpoint.trim()).origin;
  } catch {
    return endpoint.trim();
  }
}

/** Every path of the app passes the endpoint; without one (a test's set-up) the credentials are not bound. */
export function setCredentials(source: SourceId, credentials: Credentials, endpoint?: string): void {
  moved.delete(source);
  vault.set(source, { credentials, origin: endpoint === undefined ? null : endpointOrigin(endpoint) });
}

/** The credentials for a source; given an endpoint, only when it has the origin they were entered for. */
export function getCredentials(source: SourceId, endpoint?: string): Credentials | null {
  const entry = vault.get(source);
  if (!entry) return null;
  if (endpoint !== undefined && entry.origin !== null && entry.origin !== endpointOrigin(endpoint)) {
    // The connector now points elsewhere: the secret is dropped, never sent there.
    vault.delete(source);
    moved.add(source);
    return null;
  }
  return entry.credentials;
}

/** Whether this session holds credentials for the source, for whatever endpoint. */
export const holdsCredentials = (source: SourceId): boolean => vault.has(source);

export function clearCredentials(source?: SourceId): void {
  if (source) vault.delete(source);
  else vault.clear();
}
