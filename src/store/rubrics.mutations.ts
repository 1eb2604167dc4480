import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RubricId } from '@/domain/ids';
import type { Rubric } from '@/domain/rubric';
import { useDb } from './db-context';
import { invalidate } from './invalidate';
import { rubricKeys } from './rubrics.queries';
import { deleteRubric, saveRubric } from './rubrics.repo';

/** Saves a (valid) rubric of the school's; resolves to the rubric saved. */
export function useSaveRubric(now: Date) {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (rubric: Rubric) => (await saveRubric(db, rubric, now), rubric),
    onSuccess: () => invalidate(client, [rubricKeys.all]),
  });
}

/** Deletes the school's rubric (a built-in id goes back to the built-in version); assessments stay. */
export function useDeleteRubric() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: RubricId | string) => deleteRubric(db, id),
    onSuccess: () => invalidate(client, [rubricKeys.all]),
  });
}
