import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LineId } from '@/domain/ids';
import type { EstimatorName } from '@/domain/progress/estimators/names';
import { useDb } from './db-context';
import { estimatorChoiceKeys } from './estimator-choice.queries';
import { setLineEstimator } from './estimator-choice.repo';
import { invalidate } from './invalidate';

/** Saves a line's method; every view computing mastery refreshes. */
export function useSetLineEstimator() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ line, name }: { line: LineId; name: EstimatorName }) => setLineEstimator(db, line, name),
    onSuccess: () => invalidate(client, [estimatorChoiceKeys.all]),
  });
}
