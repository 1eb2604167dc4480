import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GroupId, PupilRef } from '@/domain/ids';
import type { Intervention } from '@/domain/intervention';
import type { LeerzichtDb } from './db';
import { useDb } from './db-context';
import { interventionsOfPupil, interventionsOfPupils } from './interventions.repo';

export const interventionKeys = {
  all: ['interventions'] as const,
  ofPupil: (pupil: PupilRef | null) => [...interventionKeys.all, 'pupil', pupil ?? ''] as const,
  ofGroup: (group: GroupId | null, pupils: readonly PupilRef[]) =>
    [...interventionKeys.all, 'group', group ?? '', pupils.length, pupils[0] ?? ''] as const,
};

export const interventionQueries = {
  ofPupil: (db: LeerzichtDb, pupil: PupilRef | null) =>
    queryOptions({ queryKey: interventionKeys.ofPupil(pupil), queryFn: async () => (pupil ? interventionsOfPupil(db, pupil) : []) }),
  /** The interventions of a group's pupils (by pseudonym, so those recorded one by one count too). */
  ofGroup: (db: LeerzichtDb, group: GroupId | null, pupils: readonly PupilRef[]) =>
    queryOptions({ queryKey: interventionKeys.ofGroup(group, pupils), queryFn: () => interventionsOfPupils(db, pupils) }),
};

/** A pupil's interventions, newest first: the read hook for the profile and the parent report. */
/** The same empty list every time (a memo keyed on it holds while the log is read). */
const NO_INTERVENTIONS: readonly Intervention[] = [];

export function usePupilInterventions(pupil: PupilRef | null): {
  readonly data: readonly Intervention[];
  readonly isPending: boolean;
  readonly error: Error | null;
} {
  const query = useQuery(interventionQueries.ofPupil(useDb(), pupil));
  return { data: query.data ?? NO_INTERVENTIONS, isPending: query.isPending, error: query.error };
}
