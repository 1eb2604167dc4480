import { queryOptions } from '@tanstack/react-query';
import type { GroupId } from '@/domain/ids';
import type { LeerzichtDb } from './db';
import { rosterFor } from './pupils.repo';
import type { PupilWithRoster } from './school.queries';
import { pupilsToForget, storedSummary } from './stored-data.repo';
import { vaultKey, vaultState } from './vault';

/** Keys for names carry the vault epoch, like schoolKeys: never serve names from cache once locked. */
export const storedDataKeys = {
  all: ['stored-data'] as const,
  summary: () => [...storedDataKeys.all, 'summary'] as const,
  pupilsIn: (group: GroupId) => [...storedDataKeys.all, vaultState().epoch, 'pupils', group] as const,
};

export const storedDataQueries = {
  /**
   * What this browser keeps, read afresh each time it is shown (stale at once): a sync changes it
   * and invalidates only results and sources.
   */
  summary: (db: LeerzichtDb) => queryOptions({ queryKey: storedDataKeys.summary(), queryFn: () => storedSummary(db), staleTime: 0 }),
  /** Every pupil of a group, also those who left the school: they are the ones most often forgotten. */
  pupilsIn: (db: LeerzichtDb, group: GroupId) =>
    queryOptions({
      queryKey: storedDataKeys.pupilsIn(group),
      queryFn: async (): Promise<PupilWithRoster[]> => {
        const pupils = await pupilsToForget(db, group);
        const roster = await rosterFor(
          db,
          pupils.map((pupil) => pupil.ref),
          vaultKey(),
        );
        return pupils.map((pupil) => ({ pupil, roster: roster.get(pupil.ref) ?? null }));
      },
    }),
};
