import { queryOptions } from '@tanstack/react-query';
import type { GroupId } from '@/domain/ids';
import type { LeerzichtDb } from './db';
import { rosterFor } from './pupils.repo';
import type { PupilWithRoster } from './school.queries';
import { pupilsToForget, storedSummary } from './stored-data.repo';
import { storedDataKeys } from './stored-data.keys';
import { vaultKey } from './vault';

// The keys live apart so that what only needs a key (names-on-lock.ts, on the first page) does not import the repository.
export { storedDataKeys } from './stored-data.keys';

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
