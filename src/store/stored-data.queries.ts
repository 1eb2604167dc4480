import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { GroupId, PupilKey } from '@/domain/ids';
import type { LeerzichtDb } from './db';
import { rosterFor } from './pupils.repo';
import type { PupilWithRoster } from './school.queries';
import { deleteEverything, forgetPupil, pupilsToForget, storedSummary } from './stored-data.repo';
import { vaultKey, vaultState } from './vault';

/** Keys for names carry the vault epoch, like schoolKeys: never serve names from cache once locked. */
export const storedDataKeys = {
  all: ['stored-data'] as const,
  summary: () => [...storedDataKeys.all, 'summary'] as const,
  pupilsIn: (group: GroupId) => [...storedDataKeys.all, vaultState().epoch, 'pupils', group] as const,
};

export const storedDataQueries = {
  summary: (db: LeerzichtDb) => queryOptions({ queryKey: storedDataKeys.summary(), queryFn: () => storedSummary(db) }),
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

/** Deleting touches every view: each mutation invalidates every query. */
export const storedDataMutations = {
  deleteEverything: (db: LeerzichtDb, queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...storedDataKeys.all, 'delete'],
      mutationFn: () => deleteEverything(db),
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  forgetPupil: (db: LeerzichtDb, queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: [...storedDataKeys.all, 'forget'],
      mutationFn: (key: PupilKey) => forgetPupil(db, key),
      onSuccess: () => queryClient.invalidateQueries(),
    }),
};
