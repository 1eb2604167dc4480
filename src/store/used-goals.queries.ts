import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { usedGoalIds } from '@/curriculum/slo-import/used-goals';
import { useCurriculum } from './curriculum.queries';
import type { LeerzichtDb } from './db';
import { useDb } from './db-context';
import { resultKeys } from './results.queries';
import { goalsOnResults } from './results.repo';
import { listSources } from './sources.repo';

/** Under the results key: a sync or a remap invalidates it with the results. */
export const usedGoalKeys = { all: [...resultKeys.all, 'used-goals'] as const };

export const usedGoalQueries = {
  /** Goal ids as stored: on results (from the goals index) and in the connectors' code mappings. */
  stored: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: usedGoalKeys.all,
      queryFn: async () => {
        const [onResults, sources] = await Promise.all([goalsOnResults(db), listSources(db)]);
        const mapped = sources.flatMap((source) => Object.values(source.mapping).flat());
        return [...new Set<string>([...onResults, ...mapped])];
      },
    }),
};

export interface UsedGoals {
  /** Goal ids (lower case) the school uses, replaced goals followed to their successors; undefined while loading. */
  readonly used: ReadonlySet<string> | undefined;
  readonly error: Error | null;
}

/** The goals this school works on: carried by a stored result or mapped by a connector (see usedGoalIds). */
export function useUsedGoals(enabled = true): UsedGoals {
  const stored = useQuery({ ...usedGoalQueries.stored(useDb()), enabled });
  const { links, isPending } = useCurriculum();
  const used = useMemo(() => (stored.data && !isPending ? usedGoalIds(stored.data, links) : undefined), [stored.data, links, isPending]);
  return { used, error: stored.error };
}
