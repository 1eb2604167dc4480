/**
 * Empirical-Bayes priors per goal and moment, for the default estimator: what the population's
 * results on a goal show around a day (mean, and spread between pupils), so a pupil with little
 * evidence on a goal starts from what is usual for that goal at that time instead of from one
 * noisy result. Values lose their source's bias first (calibrateSources); the spread between
 * pupils is the variance of those values minus the sources' own noise variance (when the
 * calibration knows it), at least MIN_PRIOR_SD.
 *
 * The results of nearby days count with a Gaussian weight (standard deviation PRIOR_BANDWIDTH_DAYS),
 * so the prior moves smoothly with the group, and a small group (one class of 25) still has one on
 * most school days: a day whose weighted number of results is below MIN_PRIOR_RESULTS, or whose
 * results within reach come from fewer than MIN_PRIOR_PUPILS pupils, gives no prior (the choice of
 * bandwidth against calendar-week buckets is measured in docs/decisions/006, fifth pass).
 * Run over a group's or the school's results (groupContext), like calibrateSources; one pass over
 * the results, and each goal x day asked is computed once.
 */
import type { GoalId, SourceId } from '../../ids';
import type { Result } from '../../model';
import { encodeResults, type EncodedResults } from '../encoded-results';
import type { SourceCalibration } from './calibrate-sources';
import { clamp01, type GoalPrior } from './estimate';
import { DAY_MS } from '../../time-units';

/** Weighted number of results around a day below which there is no prior. */
export const MIN_PRIOR_RESULTS = 5;
/** Pupils whose results fall within reach of a day needed for a prior: what is usual in a group, not one pupil's own level. */
export const MIN_PRIOR_PUPILS = 3;
export const MIN_PRIOR_SD = 0.1;
/** Standard deviation of the Gaussian day weights: results a week away count 0.61, two weeks 0.14. */
export const PRIOR_BANDWIDTH_DAYS = 7;

/** Days either side that are looked at (beyond three standard deviations a day weighs under 0.011). */
const REACH_DAYS = 3 * PRIOR_BANDWIDTH_DAYS;
const DAY_WEIGHTS = Array.from({ length: 2 * REACH_DAYS + 1 }, (_, i) => Math.exp(-0.5 * ((i - REACH_DAYS) / PRIOR_BANDWIDTH_DAYS) ** 2));

interface Moments {
  readonly pupils: Set<number>;
  n: number;
  sum: number;
  sum2: number;
  noise: number;
}

/** Room for the days of one goal in a moment's number key (about 2,700 years). */
const DAY_SPAN = 1_000_000;

export function goalPriors(
  results: readonly Result[],
  calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map(),
): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  return goalPriorsEncoded(encodeResults(results), calibration);
}

/**
 * goalPriors over encoded results, of those up to upToMs (epoch ms) only when given (groupContext).
 * Moments are keyed by a number made of the goal code and the day.
 */
export function goalPriorsEncoded(
  encoded: EncodedResults,
  calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map(),
  upToMs = Number.POSITIVE_INFINITY,
): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  const { time, value, pupil, source, goalStart, goalCodes } = encoded;
  const calibrated = encoded.sources.map((id) => calibration.get(id));
  let firstDay = Number.POSITIVE_INFINITY;
  for (const t of time) if (t < firstDay * DAY_MS) firstDay = Math.floor(t / DAY_MS); // NaN never is
  // Days before the first result's (by up to REACH_DAYS) are asked too: keys start REACH_DAYS before it.
  const origin = firstDay - REACH_DAYS;
  const keyOf = (goal: number, day: number) => goal * DAY_SPAN + (day - origin);
  const moments = new Map<number, Moments>();
  for (let i = 0; i < time.length; i += 1) {
    const evidence = value[i] as number;
    const timeMs = time[i] as number;
    if (Number.isNaN(evidence) || Number.isNaN(timeMs) || timeMs > upToMs) continue;
    const sourceCalibration = calibrated[source[i] as number];
    const adjusted = clamp01(evidence - (sourceCalibration?.bias ?? 0));
    const day = Math.floor(timeMs / DAY_MS);
    for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) {
      const key = keyOf(goalCodes[g] as number, day);
      const m = moments.get(key) ?? { pupils: new Set<number>(), n: 0, sum: 0, sum2: 0, noise: 0 };
      m.pupils.add(pupil[i] as number);
      m.n += 1;
      m.sum += adjusted;
      m.sum2 += adjusted * adjusted;
      m.noise += (sourceCalibration?.noiseSd ?? 0) ** 2;
      moments.set(key, m);
    }
  }
  const priors = new Map<number, GoalPrior | undefined>();
  const priorOn = (goal: number, day: number): GoalPrior | undefined => {
    const total: Moments = { pupils: new Set<number>(), n: 0, sum: 0, sum2: 0, noise: 0 };
    DAY_WEIGHTS.forEach((weight, i) => {
      const near = day + i - REACH_DAYS;
      const m = near < origin || near - origin >= DAY_SPAN ? undefined : moments.get(keyOf(goal, near));
      if (!m) return;
      if (total.pupils.size < MIN_PRIOR_PUPILS) for (const pupil of m.pupils) total.pupils.add(pupil);
      total.n += weight * m.n;
      total.sum += weight * m.sum;
      total.sum2 += weight * m.sum2;
      total.noise += weight * m.noise;
    });
    if (total.n < MIN_PRIOR_RESULTS || total.pupils.size < MIN_PRIOR_PUPILS) return undefined;
    const mean = total.sum / total.n;
    const between = total.sum2 / total.n - mean * mean - total.noise / total.n;
    return { mean, sd: Math.sqrt(Math.max(MIN_PRIOR_SD ** 2, between)) };
  };
  return (goal, timeMs) => {
    const code = encoded.goalCode(goal);
    const day = Math.floor(timeMs / DAY_MS);
    // A goal without results, or a day out of every result's reach, has no prior.
    if (code < 0 || !(day >= origin && day - origin < DAY_SPAN - 2 * REACH_DAYS)) return undefined;
    const key = keyOf(code, day);
    let prior = priors.get(key);
    if (prior === undefined && !priors.has(key)) priors.set(key, (prior = priorOn(code, day)));
    return prior;
  };
}
