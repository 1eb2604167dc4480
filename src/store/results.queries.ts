import { queryOptions } from '@tanstack/react-query';
import type { GroupId, PupilKey } from '@/domain/ids';
import type { LeerzichtDb } from './db';
import { pupilByKey, pupilsInGroup } from './pupils.repo';
import { resultsForPupil, resultsForPupils } from './results.repo';

export const resultKeys = {
  all: ['results'] as const,
  group: (group: GroupId) => [...resultKeys.all, 'group', group] as const,
  pupil: (key: PupilKey) => [...resultKeys.all, 'pupil', key] as const,
};

export const resultQueries = {
  forGroup: (db: LeerzichtDb, group: GroupId) =>
    queryOptions({
      queryKey: resultKeys.group(group),
      queryFn: async () => resultsForPupils(db, (await pupilsInGroup(db, group)).map((pupil) => pupil.ref)),
    }),
  forPupil: (db: LeerzichtDb, key: PupilKey) =>
    queryOptions({
      queryKey: resultKeys.pupil(key),
      queryFn: async () => {
        const pupil = await pupilByKey(db, key);
        return pupil ? resultsForPupil(db, pupil.ref) : [];
      },
    }),
};
