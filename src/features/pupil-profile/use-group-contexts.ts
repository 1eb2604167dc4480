import { useMemo } from 'react';
import { groupId as toGroupId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { useGroupResults } from '@/store/curriculum.results';
import { useGroupContext, type GroupContexts as Contexts } from '@/store/group-context.results';

export interface GroupContexts extends Contexts {
  readonly loading: boolean;
}

const NO_RESULTS: readonly Result[] = [];

/**
 * The estimator contexts of a pupil's group: its results calibrate the sources and give each goal's
 * prior (decision 006), so the profile shows the same numbers as the class overview. Learnt once per
 * set of results, not on every render (useGroupContext).
 */
export function useGroupContexts(group: string | null, now: string): GroupContexts {
  const results = useGroupResults(toGroupId(group ?? ''), group !== null);
  const contexts = useGroupContext(results.data ?? NO_RESULTS, now);
  const loading = group !== null && results.isPending;
  return useMemo(() => ({ loading, ...contexts }), [loading, contexts]);
}
