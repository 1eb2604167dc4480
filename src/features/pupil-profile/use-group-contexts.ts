import { useMemo } from 'react';
import type { LearningLine } from '@/domain/model';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useGroupMastery } from '@/store/group-mastery';
import type { GroupContexts as Contexts } from '@/store/group-context.results';

export interface GroupContexts extends Contexts {
  readonly loading: boolean;
}

const NO_LINES: readonly LearningLine[] = [];
const ALL: ResultFilter = {};

/**
 * The estimator contexts of a pupil's group (useGroupMastery): its results calibrate the sources and
 * give each goal's prior (decision 006), so the profile shows the same numbers as the class overview.
 */
export function useGroupContexts(group: string | null, now: string): GroupContexts {
  const mastery = useGroupMastery(group, NO_LINES, ALL, now);
  const { contexts, loading } = mastery;
  return useMemo(() => ({ loading, ...contexts }), [loading, contexts]);
}
