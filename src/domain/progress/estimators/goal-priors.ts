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

/** Room for the days of one goal in a moment's number key (about 2,700 years). */
const DAY_SPAN = 1_000_000;

export function goalPriors(
  results: readonly Result[],
  calibration: ReadonlyMap<SourceId, SourceCalibration> = new Map(),
): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  return goalPriorsEncoded(encodeResults(results), calibration);
}

/**
 * What the results seen say per goal x day ("moments"), in typed arrays: count, sum and sum of squares
 * of the values (bias removed), the sources' noise variance summed, and up to MIN_PRIOR_PUPILS of the
 * distinct pupils (a prior asks no more). Days are numbered in order among the days that have a result.
 */
interface Moments {
  /** Per day - origin (origin: REACH_DAYS before the first result's day): the day's number, -1 for a day without results. */
  readonly dayIndex: Int32Array;
  /** Goal codes (encoded.goals.length): a slot is day number x goalCount + goal code. */
  readonly goalCount: number;
  /** When goals x days exceed DENSE_CELLS: the slot of each such cell the results seen fill (else null: every cell has its slot). */
  readonly sparse: ReadonlyMap<number, number> | null;
  readonly n: Float64Array;
  readonly sum: Float64Array;
  readonly sum2: Float64Array;
  readonly noise: Float64Array;
  /** MIN_PRIOR_PUPILS pupil codes per slot, -1 for none. */
  readonly pupils: Int32Array;
}

/** Above this many goal x day cells the slots are kept in a map instead of one array (results spread over decades). */
const DENSE_CELLS = 1 << 22;
const DENSE_ASKED = 1 << 20;

function momentsOf(encoded: EncodedColumns, calibration: ReadonlyMap<SourceId, SourceCalibration>, origin: number, upToMs: number): Moments {
  const { time, value, pupil, source, goalStart, goalCodes } = encoded;
  const goalCount = encoded.goals.length;
  const calibrated = encoded.sources.map((id) => calibration.get(id));
  const bias = calibrated.map((c) => c?.bias ?? 0);
  const noiseVariance = calibrated.map((c) => (c?.noiseSd ?? 0) ** 2);
  // The day (- origin) of each result seen, -1 for one not seen; a day past DAY_SPAN is never asked for.
  const dayOf = new Int32Array(time.length).fill(-1);
  let lastDay = -1;
  for (let i = 0; i < time.length; i += 1) {
    const t = time[i] as number;
    if (Number.isNaN(value[i] as number) || Number.isNaN(t) || t > upToMs) continue;
    const day = Math.floor(t / DAY_MS) - origin;
    if (day >= DAY_SPAN) continue;
    dayOf[i] = day;
    if (day > lastDay) lastDay = day;
  }
  const dayIndex = new Int32Array(lastDay + 1).fill(-1);
  for (const day of dayOf) if (day >= 0) dayIndex[day] = 0;
  let days = 0;
  for (let day = 0; day <= lastDay; day += 1) if (dayIndex[day] === 0) dayIndex[day] = days++;
  const dense = days * goalCount <= DENSE_CELLS;
  const sparse = new Map<number, number>();
  const size = dense ? days * goalCount : (goalStart[time.length] as number);
  const moments: Moments = {
    dayIndex,
    goalCount,
    sparse: dense ? null : sparse,
    n: new Float64Array(size),
    sum: new Float64Array(size),
    sum2: new Float64Array(size),
    noise: new Float64Array(size),
    pupils: new Int32Array(size * MIN_PRIOR_PUPILS).fill(-1),
  };
  const { n, sum, sum2, noise, pupils } = moments;
  for (let i = 0; i < time.length; i += 1) {
    const day = dayOf[i] as number;
    if (day < 0) continue;
    const s = source[i] as number;
    const adjusted = clamp01((value[i] as number) - (bias[s] as number));
    const p = pupil[i] as number;
    for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) {
      const cell = (dayIndex[day] as number) * goalCount + (goalCodes[g] as number);
      let slot = cell;
      if (!dense) {
        slot = sparse.get(cell) ?? sparse.size;
        if (slot === sparse.size) sparse.set(cell, slot);
      }
      for (let k = slot * MIN_PRIOR_PUPILS; k < (slot + 1) * MIN_PRIOR_PUPILS; k += 1) {
        if (pupils[k] === p) break;
        if (pupils[k] === -1) {
          pupils[k] = p;
          break;
        }
      }
      n[slot] = (n[slot] as number) + 1;
      sum[slot] = (sum[slot] as number) + adjusted;
      sum2[slot] = (sum2[slot] as number) + adjusted * adjusted;
      noise[slot] = (noise[slot] as number) + (noiseVariance[s] as number);
    }
  }
  return moments;
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
  let firstDay = Number.POSITIVE_INFINITY;
  for (const t of encoded.time) if (t < firstDay * DAY_MS) firstDay = Math.floor(t / DAY_MS); // NaN never is
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

/** The priors the moments give (goalPriorsEncoded's): a prior is computed once per goal code and day, then kept. */
export function priorsFromMoments(moments: PriorMoments): (goal: GoalId, timeMs: number) => GoalPrior | undefined {
  const { dayIndex, goalCount, sparse, n, sum, sum2, noise, pupils, origin } = moments;
  const codes = new Map(moments.goals.map((goal, code) => [goal, code] as const));
  const slotOf = sparse
    ? (goal: number, day: number) => sparse.get(day * goalCount + goal) ?? -1
    : (goal: number, day: number) => day * goalCount + goal;
  const keyOf = (goal: number, day: number) => goal * DAY_SPAN + (day - origin);
  // Priors asked for, per goal code and day (- origin): in one array when it is small, else in a map.
  // A day more than REACH_DAYS past the last result's has none, and is not kept.
  const width = dayIndex.length + REACH_DAYS;
  const dense = goalCount * width <= DENSE_ASKED;
  const asked: (GoalPrior | null | undefined)[] = dense ? new Array<GoalPrior | null | undefined>(goalCount * width) : [];
  const priors = new Map<number, GoalPrior | undefined>();
  const priorOn = (goal: number, day: number): GoalPrior | undefined => {
    let totalN = 0;
    let totalSum = 0;
    let totalSum2 = 0;
    let totalNoise = 0;
    // The distinct pupils within reach, as far as a prior asks (MIN_PRIOR_PUPILS).
    const seen: number[] = [];
    for (let i = 0; i < DAY_WEIGHTS.length; i += 1) {
      const near = day + i - REACH_DAYS - origin;
      const index = near >= 0 && near < dayIndex.length ? (dayIndex[near] as number) : -1;
      const slot = index < 0 ? -1 : slotOf(goal, index);
      if (slot < 0 || n[slot] === 0) continue;
      for (let k = slot * MIN_PRIOR_PUPILS; k < (slot + 1) * MIN_PRIOR_PUPILS && seen.length < MIN_PRIOR_PUPILS; k += 1)
        if ((pupils[k] as number) >= 0 && !seen.includes(pupils[k] as number)) seen.push(pupils[k] as number);
      const weight = DAY_WEIGHTS[i] as number;
      totalN += weight * (n[slot] as number);
      totalSum += weight * (sum[slot] as number);
      totalSum2 += weight * (sum2[slot] as number);
      totalNoise += weight * (noise[slot] as number);
    }
    if (totalN < MIN_PRIOR_RESULTS || seen.length < MIN_PRIOR_PUPILS) return undefined;
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
