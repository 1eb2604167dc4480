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
 *   the first result is the start (diffuse prior).
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
import {
  clamp01,
  lastAtOf,
  normBandsOf,
  estimatorOver,
  sharedGoalOf,
  PRIOR_SD,
  WORK_FORM_WEIGHT,
  type Estimator,
  type EstimatorContext,
  type Observation,
} from './estimate';
import { DAY_MS } from '../../time-units';

/** Days of drift after which an older practice result counts half as much as a fresh one. */
export const DEFAULT_ESTIMATOR_HALF_LIFE_DAYS = 10;
/** The most days of drift one gap between results (or between the last result and now) adds. */
export const DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS = 2;

const MEASUREMENT_VARIANCE = PRIOR_SD ** 2;
/**
 * With followGroup: how uncertain a move with the group is, as a share of that move squared (1: a pupil
 * may follow the group's growth anywhere from not at all to twice over, at one standard error).
 */
export const GROUP_MOVE_VARIANCE = 1;
/**
 * With followGroup: the most days after a result that a pupil's level moves with the group (decision 006, fifth
 * robustness pass). That a pupil grows as the group does is a fair guess for a few weeks after their last result on a
 * goal; over a term it is not: the group's mean on a goal keeps moving (revision, a ceiling or a floor that the pupil is
 * at but the mean is not) while what the pupil showed stays the best evidence. Three school weeks, as long as the
 * needs-help look-back.
 */
export const FOLLOW_GROUP_CAP_DAYS = 21;
/** Bounds on the measured noise relative to PRIOR_SD by which the stated uncertainty is scaled. */
const NOISE_SCALE_MIN = 0.25;
const NOISE_SCALE_MAX = 2;
/** A reliability of 0 (a source judged worthless) still counts a little, so no variance is infinite. */
const MIN_RELIABILITY = 1e-3;

/**
 * With followGroup: how far the group's mean on the goal moved between two instants, at most
 * FOLLOW_GROUP_CAP_DAYS after the first (the shift a pupil's level follows), and the variance that adds; no move
 * without followGroup, goal or prior.
 */
export function groupMoveOf(context: EstimatorContext, goal: GoalId | undefined, fromMs: number, toMs: number): { shift: number; variance: number } {
  const shift = groupShiftOf(context, goal, fromMs, toMs);
  return { shift, variance: GROUP_MOVE_VARIANCE * shift ** 2 };
}

/** groupMoveOf's shift alone (0 for no move): its variance is GROUP_MOVE_VARIANCE x shift squared. */
function groupShiftOf(context: EstimatorContext, goal: GoalId | undefined, fromMs: number, toMs: number): number {
  if (!context.followGroup || goal === undefined) return 0;
  const from = context.prior?.(goal, fromMs)?.mean;
  const to = context.prior?.(goal, Math.min(toMs, fromMs + FOLLOW_GROUP_CAP_DAYS * DAY_MS))?.mean;
  return from === undefined || to === undefined ? 0 : to - from;
}

export const defaultEstimator: Estimator = estimatorOver((observations, context, about) => {
  const first = observations[0];
  if (!first) return null;
  const nowMs = new Date(context.now).getTime();
  const driftPerDay = MEASUREMENT_VARIANCE / (context.halfLifeDays ?? DEFAULT_ESTIMATOR_HALF_LIFE_DAYS);
  const drift = (fromMs: number, toMs: number) => driftPerDay * Math.min(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS, Math.max(0, (toMs - fromMs) / DAY_MS));
  const valueOf = ({ source, value }: Observation) => clamp01(value - (context.bias?.(source) ?? 0));
  const varianceOf = ({ source, workForm }: Observation) =>
    MEASUREMENT_VARIANCE / (WORK_FORM_WEIGHT[workForm] * Math.max(MIN_RELIABILITY, context.reliability?.(source) ?? 1));

  // Start: the population's prior for the goal in the week of the first result (context.prior,
  // empirical Bayes), updated with that result; without one, the first result is the level.
  const start = { value: valueOf(first), variance: varianceOf(first) };
  const goal = about ? about.goal : sharedGoalOf(observations);
  const prior = goal === undefined ? undefined : context.prior?.(goal, first.timeMs);
  const priorVariance = prior ? prior.sd ** 2 : 0;
  const startGain = prior ? priorVariance / (priorVariance + start.variance) : 1;
  let level = prior ? prior.mean + startGain * (start.value - prior.mean) : start.value;
  let variance = prior ? (1 - startGain) * priorVariance : start.variance;
  let timeMs = first.timeMs;
  let surprise = 0;
  // Predict: the level drifts, and with followGroup it also moves as the group's mean on the goal did.
  const predict = (toMs: number) => {
    const shift = groupShiftOf(context, goal, timeMs, toMs);
    level += shift;
    variance += GROUP_MOVE_VARIANCE * shift ** 2 + drift(timeMs, toMs);
    timeMs = toMs;
  };
  for (let at = 1; at < observations.length; at += 1) {
    const observation = observations[at] as Observation;
    const measured = valueOf(observation);
    const measurementVariance = varianceOf(observation);
    predict(observation.timeMs);
    const total = variance + measurementVariance;
    const innovation = measured - level;
    surprise += (innovation * innovation) / total;
    const gain = variance / total;
    level += gain * innovation;
    variance *= 1 - gain;
  }
  predict(nowMs);
  const misfit = Math.max(1, (surprise + 1) / observations.length);
  // Weights are in units of PRIOR_SD (a guess for a practice result's noise); where the calibration
  // measured the sources' noise, the uncertainty is stated on that scale (decision 006, fourth pass).
  const scale = context.noiseSd === undefined ? 1 : Math.min(NOISE_SCALE_MAX, Math.max(NOISE_SCALE_MIN, context.noiseSd / PRIOR_SD));
  const value = clamp01(level);
  return {
    value,
    uncertainty: Math.min(0.5, scale * Math.sqrt(variance * misfit)),
    evidence: observations.length,
    status: statusOf(value, observations.length),
    lastAt: lastAtOf(observations),
    normBands: normBandsOf(observations),
  };
});
