import { queryOptions } from '@tanstack/react-query';
import type { LeerzichtDb } from './db';
import { consentMap, idleMinutes, retentionYears } from './privacy.repo';
import { onRosterRefs } from './roster.repo';
import { hasVault } from './vault';

export const privacyKeys = { all: ['privacy'] as const };

export const privacyQueries = {
  consents: (db: LeerzichtDb) => queryOptions({ queryKey: [...privacyKeys.all, 'consents'], queryFn: () => consentMap(db) }),
  hasVault: (db: LeerzichtDb) => queryOptions({ queryKey: [...privacyKeys.all, 'vault'], queryFn: () => hasVault(db) }),
  idleMinutes: (db: LeerzichtDb) => queryOptions({ queryKey: [...privacyKeys.all, 'idle'], queryFn: () => idleMinutes(db) }),
  /** Pseudonyms of pupils on the roster now, for a re-import to say who it would mark as left. */
  rosterRefs: (db: LeerzichtDb) => queryOptions({ queryKey: [...privacyKeys.all, 'on-roster'], queryFn: () => onRosterRefs(db) }),
  retention: (db: LeerzichtDb) => queryOptions({ queryKey: [...privacyKeys.all, 'retention'], queryFn: () => retentionYears(db) }),
};
