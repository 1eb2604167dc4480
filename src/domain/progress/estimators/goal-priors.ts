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
import { encodeResults, type EncodedColumns } from '../encoded-results';
import type { SourceCalibration } from './calibrate-sources';
import type { GoalPrior } from './estimate';
import { DAY_MS } from '../../time-units';
import { DAY_SPAN, firstDayOf, MIN_PRIOR_PUPILS, momentsOf, type Moments } from './goal-moments';

export { MIN_PRIOR_PUPILS } from './goal-moments';

/** Above this many goal x day cells asked for, the priors asked are kept in a map instead of one array. */
const DENSE_ASKED = 1 << 20;

/** Weighted number of results around a day below which there is no prior. */
export const MIN_PRIOR_RESULTS = 5;
export const MIN_PRIOR_SD = 0.1;
/** Standard deviation of the Gaussian day weights: results a week away count 0.61, two weeks 0.14. */
export const PRIOR_BANDWIDTH_DAYS = 7;

/** Days either side that are looked at (beyond three standard deviations a day weighs under 0.011). */
const REACH_DAYS = 3 * PRIOR_BANDWIDTH_DAYS;
const DAY_WEIGHTS = Array.from({ length: 2 * REACH_DAYS + 1 }, (_, i) => Math.exp(-0.5 * ((i - REACH_DAYS) / PRIOR_BANDWIDTH_DAYS) ** 2));

export function goalPriors(
  results: readonly Result[],
  calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map(),
): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  return goalPriorsEncoded(encodeResults(results), calibration);
}

/**
 * What a group's priors are computed from, as plain data (typed arrays, a Map, strings): it survives a
 * structured clone, so the compute worker learns it and a page asks its priors (priorsFromMoments).
 */
export interface PriorMoments extends Moments {
  /** The goals at their code (encoded.goals). */
  readonly goals: readonly GoalId[];
  /** The day (epoch days) dayIndex starts at. */
  readonly origin: number;
}

/** The moments of goalPriorsEncoded: of the results up to upToMs (epoch ms) only when given (groupContext). */
export function priorMomentsEncoded(
  encoded: EncodedColumns,
  calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map(),
  upToMs = Number.POSITIVE_INFINITY,
): PriorMoments {
  const firstDay = firstDayOf(encoded.time);
  // Days before the first result's (by up to REACH_DAYS) are asked too: days count from REACH_DAYS before it.
  const origin = firstDay - REACH_DAYS;
  return { ...momentsOf(encoded, calibration, origin, upToMs), goals: encoded.goals, origin };
}

/**
 * goalPriors over encoded results, of those up to upToMs (epoch ms) only when given (groupContext).
 * A prior is computed once per goal code and day, then kept.
 */
export function goalPriorsEncoded(
  encoded: EncodedColumns,
  calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map(),
  upToMs = Number.POSITIVE_INFINITY,
): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  return priorsFromMoments(priorMomentsEncoded(encoded, calibration, upToMs));
}

/**
 * The priors the moments give (goalPriorsEncoded's): a prior is computed once per goal code and day, then kept,
 * and one lookup serves every caller of the same moments (the group context's standing and its estimates alike).
 */
export function priorsFromMoments(moments: PriorMoments): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  let priors = priorsOfMoments.get(moments);
  if (!priors) priorsOfMoments.set(moments, (priors = newPriorsFromMoments(moments)));
  return priors;
}

const priorsOfMoments = new WeakMap<PriorMoments, (goal: GoalId, timeMs: number) => GoalPrior | undefined>();

function newPriorsFromMoments(moments: PriorMoments): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  const { dayIndex, goalCount, sparse, n, sum, sum2, noise, pupils, origin } = moments;
  const codes = new Map(moments.goals.map((goal, code) => [goal, code] as const));
  const keyOf = (goal: number, day: number) => goal * DAY_SPAN + (day - origin);
  // Priors asked for, per goal code and day (- origin): in one array when it is small, else in a map.
  // A day more than REACH_DAYS past the last result's has none, and is not kept.
  const width = dayIndex.length + REACH_DAYS;
  const dense = goalCount * width <= DENSE_ASKED;
  const asked: (GoalPrior | null | undefined)[] = dense ? new Array<GoalPrior | null | undefined>(goalCount * width) : [];
  const priors = new Map<number, GoalPrior | undefined>();
  // The distinct pupils within reach of a day, as far as a prior asks (MIN_PRIOR_PUPILS).
  const seen = new Int32Array(MIN_PRIOR_PUPILS);
  const priorOn = (goal: number, day: number): GoalPrior | undefined => {
    let totalN = 0;
    let totalSum = 0;
    let totalSum2 = 0;
    let totalNoise = 0;
    let seenCount = 0;
    const first = day - REACH_DAYS - origin;
    for (let i = 0; i < DAY_WEIGHTS.length; i += 1) {
      const near = first + i;
      const index = near >= 0 && near < dayIndex.length ? (dayIndex[near] as number) : -1;
      if (index < 0) continue;
      const slot = sparse ? (sparse.get(index * goalCount + goal) ?? -1) : index * goalCount + goal;
      if (slot < 0 || n[slot] === 0) continue;
      for (let k = slot * MIN_PRIOR_PUPILS; k < (slot + 1) * MIN_PRIOR_PUPILS && seenCount < MIN_PRIOR_PUPILS; k += 1) {
        const pupil = pupils[k] as number;
        if (pupil < 0) continue;
        let known = 0;
        while (known < seenCount && seen[known] !== pupil) known += 1;
        if (known === seenCount) seen[seenCount++] = pupil;
      }
      const weight = DAY_WEIGHTS[i] as number;
      totalN += weight * (n[slot] as number);
      totalSum += weight * (sum[slot] as number);
      totalSum2 += weight * (sum2[slot] as number);
      totalNoise += weight * (noise[slot] as number);
    }
    if (totalN < MIN_PRIOR_RESULTS || seenCount < MIN_PRIOR_PUPILS) return undefined;
    const mean = totalSum / totalN;
    const between = totalSum2 / totalN - mean * mean - totalNoise / totalN;
    return { mean, sd: Math.sqrt(Math.max(MIN_PRIOR_SD ** 2, between)) };
  };
  // A grid asks for one goal many times in a row: its code is looked up once.
  let lastGoal: GoalId | null = null;
  let lastCode = -1;
  return (goal, timeMs) => {
    if (goal !== lastGoal) lastCode = codes.get((lastGoal = goal)) ?? -1;
    const code = lastCode;
    const day = Math.floor(timeMs / DAY_MS);
    // A goal without results, or a day out of every result's reach, has no prior.
    if (code < 0 || !(day >= origin && day - origin < DAY_SPAN - 2 * REACH_DAYS)) return undefined;
    if (day - origin >= width) return undefined;
    if (dense) {
      const at = code * width + (day - origin);
      let prior = asked[at];
      if (prior === undefined) asked[at] = prior = priorOn(code, day) ?? null;
      return prior ?? undefined;
    }
    const key = keyOf(code, day);
    let prior = priors.get(key);
    if (prior === undefined && !priors.has(key)) priors.set(key, (prior = priorOn(code, day)));
    return prior;
  };
}
