import { queryOptions } from '@tanstack/react-query';
import type { LeerzichtDb } from './db';
import { consentMap, idleMinutes, retentionYears } from './privacy.repo';
import { onRosterRefs } from './roster.repo';
import { hasVault } from './vault';

export const privacyKeys = {
  all: ['privacy'] as const,
  consents: () => [...privacyKeys.all, 'consents'] as const,
  vault: () => [...privacyKeys.all, 'vault'] as const,
  idle: () => [...privacyKeys.all, 'idle'] as const,
  rosterRefs: () => [...privacyKeys.all, 'on-roster'] as const,
  retention: () => [...privacyKeys.all, 'retention'] as const,
};

export const privacyQueries = {
  consents: (db: LeerzichtDb) => queryOptions({ queryKey: privacyKeys.consents(), queryFn: () => consentMap(db) }),
  hasVault: (db: LeerzichtDb) => queryOptions({ queryKey: privacyKeys.vault(), queryFn: () => hasVault(db) }),
  idleMinutes: (db: LeerzichtDb) => queryOptions({ queryKey: privacyKeys.idle(), queryFn: () => idleMinutes(db) }),
  /** Pseudonyms of pupils on the roster now, for a re-import to say who it would mark as left. */
  rosterRefs: (db: LeerzichtDb) => queryOptions({ queryKey: privacyKeys.rosterRefs(), queryFn: () => onRosterRefs(db) }),
  retention: (db: LeerzichtDb) => queryOptions({ queryKey: privacyKeys.retention(), queryFn: () => retentionYears(db) }),
};
