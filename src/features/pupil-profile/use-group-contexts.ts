import { useMemo } from 'react';
import { groupId as toGroupId } from '@/domain/ids';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import { groupContext } from '@/domain/progress/estimators/group-context';
import { useGroupResults } from '@/store/curriculum.results';

export interface GroupContexts {
  readonly loading: boolean;
  /** The current level (status, trend): follows the group's growth, as in the class overview. */
  readonly level: EstimatorContext;
  /** Growth since a date: the pupil's own results only. */
  readonly growth: EstimatorContext;
}

/**
 * The estimator contexts of a pupil's group: its results calibrate the sources and give each goal's
 * prior (decision 006), so the profile shows the same numbers as the class overview.
 */
export function useGroupContexts(group: string | null, now: string): GroupContexts {
  const results = useGroupResults(toGroupId(group ?? ''), group !== null);
  return useMemo(() => {
    const data = results.data ?? [];
    return { loading: group !== null && results.isPending, level: groupContext(data, now, { followGroup: true }), growth: groupContext(data, now) };
  }, [results.data, results.isPending, group, now]);
}
