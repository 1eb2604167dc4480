/**
 * The default estimator's local-level filter (see default-estimator.ts), over measurements already
 * made: one pupil's values on one goal with their bias removed, their measurement variances and
 * times, oldest first, in typed arrays. The estimator over observations and the class grid over its
 * columns (defaultOverColumns: no Observation object per result, bias and variance per source and
 * work form worked out once per grid) both fill these arrays and run the same loop, so they give the
 * same numbers to the bit.
 */
import type { GoalId, PupilRef } from '../../ids';
import { WORK_FORMS, type WorkForm } from '../../model';
import type { EncodedColumns } from '../encoded-results';
import { statusOf } from '../mastery';
import { DAY_MS } from '../../time-units';
import { clamp01, PRIOR_SD, WORK_FORM_WEIGHT, type CellMastery, type EstimatorContext, type GoalPrior } from './estimate';

/** Days of drift after which an older practice result counts half as much as a fresh one. */
export const DEFAULT_ESTIMATOR_HALF_LIFE_DAYS = 10;
/** The most days of drift one gap between results (or between the last result and now) adds. */
export const DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS = 2;

export const MEASUREMENT_VARIANCE = PRIOR_SD ** 2;
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

/** groupMoveOf's shift alone (0 for no move): its variance is GROUP_MOVE_VARIANCE x shift squared. */
export function groupShiftOf(context: EstimatorContext, goal: GoalId | undefined, fromMs: number, toMs: number): number {
  if (!context.followGroup || goal === undefined) return 0;
  const from = context.prior?.(goal, fromMs)?.mean;
  const to = context.prior?.(goal, Math.min(toMs, fromMs + FOLLOW_GROUP_CAP_DAYS * DAY_MS))?.mean;
  return from === undefined || to === undefined ? 0 : to - from;
}

/** The prior the filter starts from: the goal's prior, with followGroup moved by the pupil's standing; undefined for none. */
function startOf(context: EstimatorContext, goal: GoalId | undefined, timeMs: number, pupil: PupilRef | undefined): GoalPrior | undefined {
  const prior = goal === undefined ? undefined : context.prior?.(goal, timeMs);
  if (!prior || !context.followGroup || !context.standing || pupil === undefined || goal === undefined) return prior;
  const shift = context.standing(pupil, goal);
  return shift === 0 ? prior : { mean: clamp01(prior.mean + shift), sd: prior.sd };
}

/** A measurement's variance: PRIOR_SD^2 over its work form's weight and its source's reliability. */
export const measurementVarianceOf = (workForm: WorkForm, reliability: number | undefined): number =>
  MEASUREMENT_VARIANCE / (WORK_FORM_WEIGHT[workForm] * Math.max(MIN_RELIABILITY, reliability ?? 1));

/** One pupil's measurements on one goal, oldest first: value (bias removed, 0..1), its variance, its time (ms). */
export interface Measurements {
  readonly value: Float64Array;
  readonly variance: Float64Array;
  readonly time: Float64Array;
}

/** The estimate's numbers from `count` (at least one) measurements: the filter run up to `nowMs`. */
export function filtered(
  { value: values, variance: variances, time: times }: Measurements,
  count: number,
  context: EstimatorContext,
  goal: GoalId | undefined,
  nowMs: number,
  pupil?: PupilRef,
): { readonly value: number; readonly uncertainty: number } {
  const driftPerDay = MEASUREMENT_VARIANCE / (context.halfLifeDays ?? DEFAULT_ESTIMATOR_HALF_LIFE_DAYS);
  // Start: the population's prior for the goal in the week of the first result (context.prior,
  // empirical Bayes), with followGroup moved by where the pupil stands on their other goals
  // (context.standing), updated with that result; without one, the first result is the level.
  const startValue = values[0] as number;
  const startVariance = variances[0] as number;
  const prior = startOf(context, goal, times[0] as number, pupil);
  const priorVariance = prior ? prior.sd ** 2 : 0;
  const startGain = prior ? priorVariance / (priorVariance + startVariance) : 1;
  let level = prior ? prior.mean + startGain * (startValue - prior.mean) : startValue;
  let variance = prior ? (1 - startGain) * priorVariance : startVariance;
  let timeMs = times[0] as number;
  let surprise = 0;
  // Predict (up to the next result, then up to now): the level drifts, and with followGroup it also moves as the group's mean on the goal did.
  for (let at = 1; at <= count; at += 1) {
    const toMs = at < count ? (times[at] as number) : nowMs;
    const shift = groupShiftOf(context, goal, timeMs, toMs);
    level += shift;
    variance += GROUP_MOVE_VARIANCE * shift ** 2 + driftPerDay * Math.min(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS, Math.max(0, (toMs - timeMs) / DAY_MS));
    timeMs = toMs;
    if (at === count) break;
    const total = variance + (variances[at] as number);
    const innovation = (values[at] as number) - level;
    surprise += (innovation * innovation) / total;
    const gain = variance / total;
    level += gain * innovation;
    variance *= 1 - gain;
  }
  const misfit = Math.max(1, (surprise + 1) / count);
  // Weights are in units of PRIOR_SD (a guess for a practice result's noise); where the calibration
  // measured the sources' noise, the uncertainty is stated on that scale (decision 006, fourth pass).
  const scale = context.noiseSd === undefined ? 1 : Math.min(NOISE_SCALE_MAX, Math.max(NOISE_SCALE_MIN, context.noiseSd / PRIOR_SD));
  return { value: clamp01(level), uncertainty: Math.min(0.5, scale * Math.sqrt(variance * misfit)) };
}

/**
 * The default estimator over a grid's columns (the cell's Mastery as masteryGrid keeps it, uncertainty
 * included): each source's bias and each source and work form's variance worked out once.
 */
export function defaultOverColumns(encoded: EncodedColumns, context: EstimatorContext): CellMastery {
  const { value, time, source, workForm, pupil } = encoded;
  const forms = WORK_FORMS.length;
  const bias = new Float64Array(encoded.sources.length);
  const varianceAt = new Float64Array(encoded.sources.length * forms);
  encoded.sources.forEach((id, s) => {
    bias[s] = context.bias?.(id) ?? 0;
    const reliability = context.reliability?.(id);
    WORK_FORMS.forEach((form, f) => (varianceAt[s * forms + f] = measurementVarianceOf(form, reliability)));
  });
  const nowMs = new Date(context.now).getTime();
  let scratch: Measurements = { value: new Float64Array(64), variance: new Float64Array(64), time: new Float64Array(64) };
  return (at, count, about) => {
    if (count === 0) return null;
    if (scratch.time.length < count) scratch = { value: new Float64Array(count), variance: new Float64Array(count), time: new Float64Array(count) };
    for (let k = 0; k < count; k += 1) {
      const i = at[k] as number;
      const s = source[i] as number;
      scratch.value[k] = clamp01((value[i] as number) - (bias[s] as number));
      scratch.variance[k] = varianceAt[s * forms + (workForm[i] as number)] as number;
      scratch.time[k] = time[i] as number;
    }
    const estimate = filtered(scratch, count, context, about.goal, nowMs, encoded.pupils[pupil[at[0] as number] as number]);
    const lastAt = new Date(time[at[count - 1] as number] as number).toISOString();
    return { value: estimate.value, evidence: count, lastAt, status: statusOf(estimate.value, count), uncertainty: estimate.uncertainty };
  };
}
