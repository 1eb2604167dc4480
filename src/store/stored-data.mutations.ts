import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PupilKey } from '@/domain/ids';
import { assessmentKeys } from './assessments.queries';
import { useDb } from './db-context';
import { interventionKeys } from './interventions.queries';
import { judgementKeys } from './judgements.queries';
import { invalidateEveryQuery } from './every-query';
import { invalidate } from './invalidate';
import { privacyKeys } from './privacy.queries';
import { resultKeys } from './results.queries';
import { schoolKeys } from './school.queries';
import { sourceKeys } from './sources.queries';
import { storedDataKeys } from './stored-data.queries';
import { deleteEverything, forgetPupil } from './stored-data.repo';

/** Empties every table: every query refreshes. Resolves to how many rows were deleted. */
export function useDeleteEverything() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...storedDataKeys.all, 'delete'],
    mutationFn: () => deleteEverything(db),
    onSuccess: () => invalidateEveryQuery(client),
  });
}

/**
 * Forgets one pupil in every store (results, rejections, roster, pupil, consents, assessments,
 * interventions, judgements): the queries over those refresh; the curriculum, rubrics and method choices stay.
 */
export function useForgetPupil() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...storedDataKeys.all, 'forget'],
    mutationFn: (key: PupilKey) => forgetPupil(db, key),
    onSuccess: () =>
      invalidate(client, [
        resultKeys.all,
        sourceKeys.all,
        schoolKeys.all,
        privacyKeys.all,
        assessmentKeys.all,
        interventionKeys.all,
        judgementKeys.all,
        storedDataKeys.all,
      ]),
  });
}
