/**
 * The default cross-source estimator: a local-level Kalman filter over one pupil's results on one
 * goal, oldest first. Mastery is a level that drifts; every result is a noisy measurement of it.
 *
 * - Measurement: each value first loses its source's bias (context.bias, default 0) and is clamped
 *   to 0..1. Its variance is PRIOR_SD^2 / (work form x reliability): a test (2) counts twice as
 *   much as practice (1), a project 1.5x, instruction half; a source twice as reliable
 *   (context.reliability, inverse noise variance from calibrateSources) counts twice as much.
 *   Results at the same moment therefore combine into exactly that weighted mean.
 * - Recency: between two results the level may drift, variance PRIOR_SD^2 / halfLifeDays per day
 *   (DEFAULT_ESTIMATOR_HALF_LIFE_DAYS, or context.halfLifeDays), so after one half-life of drift an
 *   older practice result counts half as much as a fresh one. Drift grows for at most
 *   DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS per gap: mastery moves while a pupil works on a goal, so a goal
 *   left alone for weeks keeps what is known of it instead of forgetting it.
 * - Uncertainty: the filter's standard error at `now`, widened when the results disagree with the
 *   filter more than their stated noise allows (mean squared standardised surprise, with one
 *   pseudo-observation of 1, when above 1). One practice result alone is PRIOR_SD uncertain.
 * - Start (empirical Bayes): with context.prior (goalPriors over the population), the filter starts
 *   from what is usual for the goal in the week of the first result, so thin evidence is pulled
 *   towards the group; both ends of a growth comparison start from the same prior. Without a prior
 *   the first result is the start (diffuse prior). With followGroup and context.standing, the start
 *   moves by where the pupil stands in the group on their other goals, shrunk by how much standing
 *   carries over between goals in the group's own data (pupil-standing.ts, decision 049).
 * - Following the group (context.followGroup, with context.prior): between results and from the last
 *   result up to `now`, the level moves as the group's mean on the goal moved (the priors' week means), for at
 *   most FOLLOW_GROUP_CAP_DAYS after a result,
 *   and its variance grows by GROUP_MOVE_VARIANCE x that move squared, so the pupil's next result
 *   quickly corrects a pupil who does not grow with the group. For the current level; growth
 *   comparisons leave it off (a stalled pupil must not grow with the group).
 * Pure, one pass over the results (O(n) after sorting). Reliability, bias and priors come from
 * the results of a group or school (groupContext), never from one pupil. The uncertainty is stated
 * on the sources' measured noise scale. How well it ranks pupils against true mastery is measured by
 * `npm run bench:validity` (figures in docs/decisions/006).
 */
import { statusOf } from '../mastery';
import type { GoalId } from '../../ids';
import { clamp01, lastAtOf, normBandsOf, estimatorOver, sharedGoalOf, type Estimator, type EstimatorContext, type Observation } from './estimate';
import { defaultOverColumns, filtered, GROUP_MOVE_VARIANCE, groupShiftOf, measurementVarianceOf } from './default-filter';

export { DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS, DEFAULT_ESTIMATOR_HALF_LIFE_DAYS, FOLLOW_GROUP_CAP_DAYS, GROUP_MOVE_VARIANCE } from './default-filter';

/**
 * With followGroup: how far the group's mean on the goal moved between two instants, at most
 * FOLLOW_GROUP_CAP_DAYS after the first (the shift a pupil's level follows), and the variance that adds; no move
 * without followGroup, goal or prior.
 */
export function groupMoveOf(context: EstimatorContext, goal: GoalId | undefined, fromMs: number, toMs: number): { shift: number; variance: number } {
  const shift = groupShiftOf(context, goal, fromMs, toMs);
  return { shift, variance: GROUP_MOVE_VARIANCE * shift ** 2 };
}

/** The default estimator; over a grid's columns (overColumns) the same filter without an Observation per result. */
export const defaultEstimator: Estimator = Object.assign(
  estimatorOver((observations, context, about) => {
    const count = observations.length;
    if (count === 0) return null;
    // The measurements the filter runs over: each value without its source's bias, its variance by work form and reliability.
    const measurements = { value: new Float64Array(count), variance: new Float64Array(count), time: new Float64Array(count) };
    observations.forEach(({ source, value, workForm, timeMs }: Observation, k) => {
      measurements.value[k] = clamp01(value - (context.bias?.(source) ?? 0));
      measurements.variance[k] = measurementVarianceOf(workForm, context.reliability?.(source));
      measurements.time[k] = timeMs;
    });
    const goal = about ? about.goal : sharedGoalOf(observations);
    const pupil = about?.pupil ?? observations[0]?.result?.pupil;
    const { value, uncertainty } = filtered(measurements, count, context, goal, new Date(context.now).getTime(), pupil);
    return {
      value,
      uncertainty,
      evidence: count,
      status: statusOf(value, count),
      lastAt: lastAtOf(observations),
      normBands: normBandsOf(observations),
    };
  }),
  { overColumns: defaultOverColumns },
);
