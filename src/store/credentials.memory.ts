import type { Credentials } from '@/adapters/port';
import type { SourceId } from '@/domain/ids';

/** Connector credentials for this session only: kept in memory, never written to storage or logs. */
const vault = new Map<SourceId, Credentials>();

export const setCredentials = (source: SourceId, credentials: Credentials) => void vault.set(source, credentials);
export const getCredentials = (source: SourceId): Credentials | null => vault.get(source) ?? null;
export const clearCredentials = (source?: SourceId) => (source ? void vault.delete(source) : vault.clear());
