import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import type { EstimatorContext } from '../estimators/estimate';
import { evidenceOf } from '../mastery';

/** A weighted sum of how far results lie below the group, and its weight (pooled over goals by adding). */
export interface Behind {
  readonly sum: number;
  readonly weight: number;
}

export const NO_BEHIND: Behind = { sum: 0, weight: 0 };

/**
 * How far a pupil's results on a goal after `sinceMs` lie below what is usual in the group on that
 * goal at their time (the goal priors' mean, context.prior), each value without its source's bias
 * and weighted by the source's reliability, as the estimators do. Positive: behind the group. A
 * result without a prior for its moment (too few results in the group that week) does not count.
 */
export function behindGroupOf(results: readonly Result[], goal: GoalId, context: EstimatorContext, sinceMs: number): Behind {
  let sum = 0;
  let weight = 0;
  for (const result of results) {
    const timeMs = Date.parse(result.time);
    const evidence = evidenceOf(result);
    if (!(timeMs > sinceMs) || evidence === null) continue;
    const usual = context.prior?.(goal, timeMs);
    if (!usual) continue;
    const w = context.reliability?.(result.source) ?? 1;
    sum += w * (usual.mean - (evidence - (context.bias?.(result.source) ?? 0)));
    weight += w;
  }
  return { sum, weight };
}

/** The pooled distance below the group, null when nothing could be compared. */
export const behindOf = (behind: Behind): number | null => (behind.weight > 0 ? behind.sum / behind.weight : null);

export const addBehind = (a: Behind, b: Behind): Behind => ({ sum: a.sum + b.sum, weight: a.weight + b.weight });
