/**
 * The default cross-source estimator: a weighted mean of every source's evidence on a goal.
 * weight = work form (test 2, project 1.5, practice 1, instruction 0.5)
 *        x recency (halves every DEFAULT_ESTIMATOR_HALF_LIFE_DAYS)
 *        x the source's reliability (context.reliability, default 1);
 * each value first loses the source's bias (context.bias, default 0) and is clamped to 0..1.
 * Uncertainty: the standard error of that weighted mean (see weightedStandardError).
 * Reliability and bias come from calibrateSources over the whole population, not from one pupil.
 */
import { statusOf } from '../mastery';
import { clamp01, lastAtOf, normBandsOf, observationsOf, WORK_FORM_WEIGHT, weightedStandardError, type Estimator } from './estimate';

/** Measured on the validity simulator (docs/decisions/006): shorter lags less, longer is steadier. */
export const DEFAULT_ESTIMATOR_HALF_LIFE_DAYS = 21;

const DAY_MS = 86_400_000;

export const defaultEstimator: Estimator = (results, context) => {
  const observations = observationsOf(results, context.now);
  if (observations.length === 0) return null;
  const nowMs = new Date(context.now).getTime();
  const halfLife = context.halfLifeDays ?? DEFAULT_ESTIMATOR_HALF_LIFE_DAYS;
  const values: number[] = [];
  const weights: number[] = [];
  for (const { result, value, timeMs } of observations) {
    const reliability = Math.max(0, context.reliability?.(result.source) ?? 1);
    const ageDays = Math.max(0, (nowMs - timeMs) / DAY_MS);
    values.push(clamp01(value - (context.bias?.(result.source) ?? 0)));
    weights.push(WORK_FORM_WEIGHT[result.workForm] * 0.5 ** (ageDays / halfLife) * reliability);
  }
  const sumW = weights.reduce((sum, w) => sum + w, 0);
  // Every source judged worthless: fall back to equal weights rather than claim nothing.
  const used = sumW > 0 ? weights : weights.map(() => 1);
  const total = sumW > 0 ? sumW : used.length;
  const value = values.reduce((sum, v, i) => sum + v * (used[i] as number), 0) / total;
  return {
    value,
    uncertainty: weightedStandardError(values, used, value),
    evidence: observations.length,
    status: statusOf(value, observations.length),
    lastAt: lastAtOf(observations),
    normBands: normBandsOf(observations),
  };
};
