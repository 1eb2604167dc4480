import { useMemo } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import { groupId as toGroupId, type GoalId, type PupilKey, type PupilRef } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { encodeResults } from '@/domain/progress/encoded-results';
import { contextFromLearnt, learntContextEncoded } from '@/domain/progress/estimators/group-context';
import type { LineOverTimeAsk } from '@/domain/progress/group-line-over-time';
import type { GroupOverTime } from '@/domain/progress/group-over-time';
import { useGroupVersion } from './class-grid.view';
import { useCurriculum } from './curriculum.queries';
import { useDb } from './db-context';
import type { GroupContexts as Contexts } from './group-context.results';
import { classGridKeys } from './class-grid.compute';
import { lineViewQueries } from './line-view.compute';

export interface GroupContexts extends Contexts {
  readonly loading: boolean;
  readonly error: Error | null;
}

const MINUTE_MS = 60_000;
const toMinute = (iso: string): string => new Date(Math.floor(Date.parse(iso) / MINUTE_MS) * MINUTE_MS).toISOString();
/** A pupil without a group: the context of no results (every source counts 1, no priors). */
const NOTHING_LEARNT = learntContextEncoded(encodeResults([]), new Date(0));

/**
 * The estimator contexts of a group (decision 006): its results calibrate the sources and give each
 * goal's prior, so the profile and the learning line show the same numbers as the class overview.
 * Learnt in the compute worker from the group it reads itself (issue 12 goal 4), once per data version
 * and minute of `now`; only the calibration and the priors' moments cross to this thread. `now` is
 * the contexts' clock.
 */
export function useGroupContexts(group: string | null, now: string): GroupContexts {
  const db = useDb();
  const curriculum = useCurriculum();
  const version = useGroupVersion(group, curriculum.links, classGridKeys.all);
  const minute = toMinute(now);
  const learnt = useQuery({
    ...lineViewQueries.context(db, { group: toGroupId(group ?? ''), version: version ?? '', links: curriculum.links, now: minute }),
    enabled: group !== null && version !== undefined && !curriculum.isPending,
  });
  const data = group === null ? NOTHING_LEARNT : learnt.data;
  const base = useMemo(() => (data ? contextFromLearnt(data, new Date(0)) : null), [data]);
  const error = group === null ? null : (learnt.error ?? curriculum.error ?? null);
  return useMemo(
    () => ({
      loading: base === null && error === null,
      error,
      level: { ...base, now, followGroup: true },
      growth: { ...base, now },
    }),
    [base, now, error],
  );
}

/** The group's results behind one goal for `pupils` (newest first), from the compute worker; undefined while they are read. */
export function useGoalResults(
  group: string,
  goal: GoalId,
  pupils: readonly PupilRef[],
): { data: readonly Result[] | undefined; error: Error | null } {
  const db = useDb();
  const curriculum = useCurriculum();
  const version = useGroupVersion(group, curriculum.links, classGridKeys.all);
  const results = useQuery({
    ...lineViewQueries.goalResults(db, { group: toGroupId(group), version: version ?? '', links: curriculum.links, goal, pupils }),
    enabled: version !== undefined && !curriculum.isPending,
  });
  return { data: results.data, error: results.error ?? curriculum.error ?? null };
}

export interface LineOverTime {
  readonly series: GroupOverTime<PupilKey> | null;
  /** Asked and not yet there. */
  readonly loading: boolean;
  readonly error: Error | null;
}

/** The group on one line week by week (groupLineOverTime), computed in the compute worker; null series while it is. */
export function useLineOverTime(group: string | null, ask: LineOverTimeAsk | null): LineOverTime {
  const db = useDb();
  const curriculum = useCurriculum();
  const version = useGroupVersion(group, curriculum.links, classGridKeys.all);
  const filterKey = JSON.stringify(ask?.filter ?? {});
  // The filter by value: the page builds a new one per render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const steady = useMemo(() => ask, [ask?.line, ask?.lines, ask?.pupils, ask?.choices, ask?.needHelp, ask?.now, filterKey]);
  const ready = group !== null && steady !== null && version !== undefined && !curriculum.isPending;
  const series = useQuery(
    ready
      ? lineViewQueries.overTime(db, { ...steady, group: toGroupId(group), version, links: curriculum.links })
      : { queryKey: [...classGridKeys.all, 'over-time', 'waiting'], queryFn: skipToken },
  );
  return { series: series.data ?? null, loading: ready && series.isPending, error: series.error ?? null };
}
