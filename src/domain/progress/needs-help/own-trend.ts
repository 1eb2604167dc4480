import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import { PRIOR_SD, type EstimatorContext } from '../estimators/estimate';
import { slopeOf, withinSums } from './within-sums';

/**
 * A pupil's own trend over the look-back (decision 006, third robustness pass): how their results move
 * over time, judged against themselves, not against the group. Each (goal, source) pair gets its own
 * level (so which goal was practised when, and a source's scale or difficulty, do not look like growth
 * or decline); one slope per week is fitted through all of them together by weighted least squares
 * (weight: the source's reliability), with its standard error from the pupil's own scatter around it
 * (pooled with PRIOR_DEGREES of the sources' measured noise, so two or three results do not look certain).
 */
export interface OwnTrend {
  /** Change per week on 0..1. */
  readonly slope: number;
  readonly standardError: number;
  /** Results that carry information on the slope (in a pair with at least two results). */
  readonly results: number;
}

export function ownTrendOf(
  byGoal: ReadonlyMap<GoalId, readonly Result[]>,
  goals: Iterable<GoalId>,
  context: EstimatorContext,
  sinceMs: number,
  nowMs: number,
): OwnTrend | null {
  const parts = [...goals].map((goal) => [goal, byGoal.get(goal) ?? []] as const);
  const sums = withinSums(parts, (value) => value, context, sinceMs, nowMs);
  const found = slopeOf(sums, context.noiseSd ?? PRIOR_SD);
  return found && { ...found, results: sums.results };
}
