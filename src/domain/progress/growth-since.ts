import type { Goal, Result } from '../model';
import { toMastery, type Estimator, type EstimatorContext } from './estimators/estimate';
import { growthSince } from './estimators/growth';
import { lineMasteryOf } from './line-mastery';

/** Growth in words: more than half a percentage point up, down, or the same; or why there is no growth to tell. */
export type GrowthDirection = 'grown' | 'same' | 'declined' | 'no-evidence-before' | 'no-evidence';

export interface GoalGrowth {
  readonly direction: GrowthDirection;
  /** Estimate at `since` (0..1), null without evidence up to then. */
  readonly from: number | null;
  /** Estimate now (0..1), null without evidence. */
  readonly to: number | null;
  /** Change in whole percentage points (to - from), null when either side has no evidence. */
  readonly points: number | null;
}

/** The growth in whole percentage points and its word: the word follows the rounded points, so "+0" is never "gegroeid". */
export function growthOf(from: number | null, to: number | null): GoalGrowth {
  if (to === null) return { direction: 'no-evidence', from, to, points: null };
  if (from === null) return { direction: 'no-evidence-before', from, to, points: null };
  // Rounded on the scale first, so 0.55 -> 0.75 is 20 points, not 19.999....
  const points = Math.round(to * 100) - Math.round(from * 100);
  return { direction: points > 0 ? 'grown' : points < 0 ? 'declined' : 'same', from, to, points };
}

/**
 * One pupil's growth on one goal since a date: the estimate of the line's method (the same as the
 * status) from the results it could see at `since`, against its estimate now. `results` may hold
 * the pupil's results on any goal; only those on `goal` count.
 */
export function goalGrowthSince(
  results: readonly Result[],
  goal: Goal['id'],
  since: Date | string,
  estimator: Estimator,
  context: EstimatorContext,
): GoalGrowth {
  const onGoal = results.filter((result) => result.goals.includes(goal));
  const growth = growthSince(onGoal, since, estimator, context);
  return growthOf(growth.from?.value ?? null, growth.to?.value ?? null);
}

/**
 * One pupil's growth on a line since a date: the line mastery (evidence-weighted mean over the goals
 * with evidence, as in the status) at `since` against now, each goal estimated with the line's method.
 */
export function lineGrowthSince(
  results: readonly Result[],
  goals: readonly Goal[],
  since: Date | string,
  estimator: Estimator,
  context: EstimatorContext,
): GoalGrowth {
  const byGoal = new Map<string, Result[]>();
  for (const result of results) {
    for (const goal of new Set(result.goals)) {
      const list = byGoal.get(goal);
      if (list) list.push(result);
      else byGoal.set(goal, [result]);
    }
  }
  const at = (when: EstimatorContext) =>
    lineMasteryOf(goals, (goal) => {
      const list = byGoal.get(goal.id);
      const estimate = list ? estimator(list, when) : null;
      return estimate ? toMastery(estimate) : null;
    }).value;
  return growthOf(at({ ...context, now: since }), at(context));
}

export { defaultGrowthDate, GROWTH_DEFAULT_WEEKS, growthSinceInstant } from './growth-date';
