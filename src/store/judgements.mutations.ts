import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JudgementProblem } from '@/domain/teacher-judgement';
import { useDb } from './db-context';
import { invalidate } from './invalidate';
import { judgementKeys } from './judgements.queries';
import { recordJudgement } from './judgements.repo';
import { JudgementDraftError, type JudgementDraftInput } from './judgements.schema';
import { storedDataKeys } from './stored-data.queries';
import { useVault } from './use-vault';

/**
 * Records a judgement in the session's role and refreshes the judgements and the stored-data
 * summary. The save resolves to null when stored, or to what to fix per field; a storage failure rejects.
 */
export function useRecordJudgement(
  now: () => Date,
): (draft: Omit<JudgementDraftInput, 'role'>) => Promise<Readonly<Record<string, JudgementProblem>> | null> {
  const db = useDb();
  const { role } = useVault();
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationKey: [...judgementKeys.all, 'record'],
    mutationFn: (draft: Omit<JudgementDraftInput, 'role'>) => recordJudgement(db, { ...draft, role }, now()),
    onSuccess: () => invalidate(queryClient, [judgementKeys.all, storedDataKeys.all]),
  });
  return async (draft) => {
    try {
      await mutateAsync(draft);
      return null;
    } catch (error) {
      if (error instanceof JudgementDraftError) return error.fields;
      throw error;
    }
  };
}
