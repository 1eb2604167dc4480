/**
 * Empirical-Bayes priors per goal and week, for the default estimator: what the population's
 * results on a goal show in a week (mean, and spread between pupils), so a pupil with little
 * evidence on a goal starts from what is usual for that goal at that time instead of from one
 * noisy result. Values lose their source's bias first (calibrateSources); the spread between
 * pupils is the variance of those values minus the sources' own noise variance (when the
 * calibration knows it), at least MIN_PRIOR_SD. Weeks with fewer than MIN_PRIOR_RESULTS results on
 * a goal give no prior. Within a week that has a prior, mean and sd move linearly towards the
 * neighbouring week's (between the middles of the two weeks) when that week has one too, so the
 * prior, and a level that follows the group (EstimatorContext.followGroup), moves smoothly instead
 * of jumping at a week boundary. Run over a group's or the school's results (groupContext), like
 * calibrateSources; one pass, O(n).
 */
import type { GoalId, SourceId } from '../../ids';
import type { Result } from '../../model';
import { evidenceOf } from '../mastery';
import type { SourceCalibration } from './calibrate-sources';
import { clamp01, type GoalPrior } from './estimate';

export const MIN_PRIOR_RESULTS = 10;
export const MIN_PRIOR_SD = 0.1;

const WEEK_MS = 7 * 86_400_000;

interface Moments {
  n: number;
  sum: number;
  sum2: number;
  noise: number;
}

const keyOf = (goal: GoalId, timeMs: number) => `${goal}\u0000${Math.floor(timeMs / WEEK_MS)}`;

export function goalPriors(results: readonly Result[], calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map()): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  const moments = new Map<string, Moments>();
  for (const result of results) {
    const evidence = evidenceOf(result);
    const timeMs = Date.parse(result.time);
    if (evidence === null || Number.isNaN(timeMs)) continue;
    const source = calibration.get(result.source);
    const value = clamp01(evidence - (source?.bias ?? 0));
    for (const goal of result.goals) {
      const key = keyOf(goal, timeMs);
      const m = moments.get(key) ?? { n: 0, sum: 0, sum2: 0, noise: 0 };
      m.n += 1;
      m.sum += value;
      m.sum2 += value * value;
      m.noise += (source?.noiseSd ?? 0) ** 2;
      moments.set(key, m);
    }
  }
  const priors = new Map<string, GoalPrior>();
  for (const [key, m] of moments) {
    if (m.n < MIN_PRIOR_RESULTS) continue;
    const mean = m.sum / m.n;
    const between = m.sum2 / m.n - mean * mean - m.noise / m.n;
    priors.set(key, { mean, sd: Math.sqrt(Math.max(MIN_PRIOR_SD ** 2, between)) });
  }
  // Within a week with a prior, linear between the middles of that week and the neighbouring one
  // (when it has a prior too), so the prior moves smoothly instead of jumping at week boundaries.
  return (goal, timeMs) => {
    const own = priors.get(keyOf(goal, timeMs));
    if (!own) return undefined;
    const position = timeMs / WEEK_MS - 0.5;
    const week = Math.floor(timeMs / WEEK_MS);
    const other = priors.get(`${goal}\u0000${position < week ? week - 1 : week + 1}`);
    if (!other) return own;
    const share = Math.abs(position - week);
    return { mean: own.mean + share * (other.mean - own.mean), sd: own.sd + share * (other.sd - own.sd) };
  };
}
