import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RosterRow } from '@/adapters/roster/roster-csv';
import { useDb } from './db-context';
import { invalidate } from './invalidate';
import { privacyKeys } from './privacy.queries';
import { resultKeys } from './results.queries';
import { importRoster } from './roster.repo';
import { schoolKeys } from './school.queries';
import { storedDataKeys } from './stored-data.queries';

/**
 * Imports the school's roster (groups, pupils, sealed names). Who is in which group changes: the
 * school's queries, a group's results, the pupils on the roster and those to forget refresh.
 */
export function useImportRoster() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ rows, now, key }: { rows: readonly RosterRow[]; now: Date; key: CryptoKey | null }) =>
      key ? importRoster(db, rows, { now, key }) : Promise.reject(new Error('locked')),
    onSuccess: () => invalidate(client, [schoolKeys.all, resultKeys.all, privacyKeys.rosterRefs(), storedDataKeys.all]),
  });
}
