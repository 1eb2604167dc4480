import { useMemo } from 'react';
import type { Result } from '@/domain/model';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import { groupContext } from '@/domain/progress/estimators/group-context';

export interface GroupContexts {
  /** The current level (status, trend): follows the group's growth, as in the class overview. */
  readonly level: EstimatorContext;
  /** Growth since a date: calibration and priors of the group, the pupil's own results only. */
  readonly growth: EstimatorContext;
}

/** The newest result time in ms; -Infinity for none (an unreadable time is left out, as groupContext does). */
function latestOf(results: readonly Result[]): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const result of results) {
    const time = Date.parse(result.time);
    if (time > latest) latest = time;
  }
  return latest;
}

/**
 * A group's estimator contexts as of `now` (groupContext: calibration and goal priors, decision 006),
 * learnt once per set of results. A view's `now` is new on every render, but while every result is
 * older than it what groupContext learns cannot change, so it is learnt as of the newest result and
 * only `now` is replaced. One calibration serves both the level (followGroup) and growth.
 */
export function useGroupContext(results: readonly Result[], now: string): GroupContexts {
  const latest = useMemo(() => latestOf(results), [results]);
  const nowMs = Date.parse(now);
  // The instant up to which results are seen: stays put while the clock moves on past the newest result.
  const asOf = Number.isFinite(latest) && latest < nowMs ? latest : nowMs;
  const base = useMemo(() => groupContext(results, new Date(asOf)), [results, asOf]);
  return useMemo(() => ({ level: { ...base, now, followGroup: true }, growth: { ...base, now } }), [base, now]);
}
