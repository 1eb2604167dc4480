import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assessment } from '@/domain/rubric';
import { assessmentKeys } from './assessments.queries';
import { saveAssessmentChanges } from './assessments.repo';
import { useDb } from './db-context';
import { invalidate } from './invalidate';

/** Stores a batch from the entry grid and removes the assessments taken back, in one transaction; resolves to the counts. */
export function useSaveAssessmentChanges() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ put, remove }: { put: readonly Assessment[]; remove: readonly string[] }) => {
      await saveAssessmentChanges(db, put, remove);
      return { saved: put.length, removed: remove.length };
    },
    onSuccess: () => invalidate(client, [assessmentKeys.all]),
  });
}
