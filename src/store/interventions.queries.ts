import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GroupId, PupilRef } from '@/domain/ids';
import type { Intervention, InterventionProblem } from '@/domain/intervention';
import type { LeerzichtDb } from './db';
import { useDb } from './db-context';
import { InterventionDraftError, type InterventionDraftInput } from './interventions.schema';
import { interventionsOfPupil, interventionsOfPupils, recordIntervention, removeIntervention } from './interventions.repo';
import { storedDataKeys } from './stored-data.queries';

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
export function usePupilInterventions(pupil: PupilRef | null): {
  readonly data: readonly Intervention[];
  readonly isPending: boolean;
  readonly error: Error | null;
} {
  const query = useQuery(interventionQueries.ofPupil(useDb(), pupil));
  return { data: query.data ?? [], isPending: query.isPending, error: query.error };
}

/**
 * Records one intervention (for a pupil or an instruction group) and refreshes the interventions and
 * the stored-data summary. The returned save resolves to null when stored, or to what to fix per
 * field; a storage failure rejects.
 */
export function useRecordIntervention(
  now: () => Date,
): (draft: InterventionDraftInput) => Promise<Readonly<Record<string, InterventionProblem>> | null> {
  const db = useDb();
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationKey: [...interventionKeys.all, 'record'],
    mutationFn: (draft: InterventionDraftInput) => recordIntervention(db, draft, now()),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: interventionKeys.all }),
        queryClient.invalidateQueries({ queryKey: storedDataKeys.all }),
      ]),
  });
  return async (draft) => {
    try {
      await mutateAsync(draft);
      return null;
    } catch (error) {
      if (error instanceof InterventionDraftError) return error.fields;
      throw error;
    }
  };
}

/** Removes one pupil's row of an intervention (recorded by mistake). */
export function useRemoveIntervention() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...interventionKeys.all, 'remove'],
    mutationFn: (id: string) => removeIntervention(db, id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: interventionKeys.all }),
        queryClient.invalidateQueries({ queryKey: storedDataKeys.all }),
      ]),
  });
}
