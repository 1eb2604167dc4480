import { queryOptions } from '@tanstack/react-query';
import type { GroupId, PupilKey, PupilRef } from '@/domain/ids';
import type { LeerzichtDb } from './db';
import { pupilByKey, pupilsInGroup } from './pupils.repo';
import { readableResults } from './readable-results';
import { pupilReadOrder, resultsForPupil, resultsForPupils } from './results.repo';

export const resultKeys = {
  all: ['results'] as const,
  group: (group: GroupId) => [...resultKeys.all, 'group', group] as const,
  pupil: (key: PupilKey) => [...resultKeys.all, 'pupil', key] as const,
  pupils: (refs: readonly PupilRef[]) => [...resultKeys.all, 'pupils', ...pupilReadOrder(refs)] as const,
};

/** Results as the views read them: unreadable stored records are left out and counted (readableResults). */
export const resultQueries = {
  forGroup: (db: LeerzichtDb, group: GroupId) =>
    queryOptions({
      queryKey: resultKeys.group(group),
      queryFn: async () =>
        readableResults(
          await resultsForPupils(
            db,
            (await pupilsInGroup(db, group)).map((pupil) => pupil.ref),
          ),
        ),
    }),
  /** The results of these pupils only (by pseudonym): none read when the list is empty. */
  forPupils: (db: LeerzichtDb, refs: readonly PupilRef[]) =>
    queryOptions({
      queryKey: resultKeys.pupils(refs),
      queryFn: async () => readableResults(refs.length > 0 ? await resultsForPupils(db, refs) : []),
    }),
  forPupil: (db: LeerzichtDb, key: PupilKey) =>
    queryOptions({
      queryKey: resultKeys.pupil(key),
      queryFn: async () => {
        const pupil = await pupilByKey(db, key);
        return readableResults(pupil ? await resultsForPupil(db, pupil.ref) : []);
      },
    }),
};
