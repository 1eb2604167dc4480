import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InterventionProblem } from '@/domain/intervention';
import { useDb } from './db-context';
import { interventionKeys } from './interventions.queries';
import { recordIntervention, removeIntervention } from './interventions.repo';
import { InterventionDraftError, type InterventionDraftInput } from './interventions.schema';
import { invalidate } from './invalidate';
import { storedDataKeys } from './stored-data.queries';

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
    onSuccess: () => invalidate(queryClient, [interventionKeys.all, storedDataKeys.all]),
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
    onSuccess: () => invalidate(queryClient, [interventionKeys.all, storedDataKeys.all]),
  });
}
