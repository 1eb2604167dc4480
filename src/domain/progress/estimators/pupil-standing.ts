/**
 * A pupil's standing across goals (empirical Bayes), for the current level only: how far above or below
 * what is usual in the group a pupil's results lie on their *other* goals, shrunk by how much such
 * standing carries over from goal to goal in this group's own data. The default estimator, with
 * followGroup, starts a pupil's filter on a goal from the goal's prior moved by this standing, so one or
 * two results on a new goal are read against what the pupil showed elsewhere (decision 049).
 *
 * Residual of a result on a goal: its value without its source's bias minus the goal's prior mean on its
 * day (goalPriors). Per pupil x goal the mean residual a(p, g). With a(p, g) = u(p) + e(p, g) (a standing
 * shared by the pupil's goals, and what is particular to the goal plus noise), the group's data give
 *   tau^2 = var u = the mean product a(p, g) x a(p, h) over pairs of a pupil's different goals,
 *   s^2 = var e = the mean a(p, g)^2 - tau^2,
 * and the best linear guess of u(p) from the mean m of the pupil's k other goals is tau^2 / (tau^2 + s^2 / k) x m.
 * Where standing does not carry over between goals (tau^2 about 0: goals learnt at their own times, as on
 * tests/sim) the shift is about 0; where a pupil's ability shows on every goal it is most of m. Learnt
 * from the results up to now, never from one pupil alone; growth comparisons (no followGroup) never use it.
 */
import type { GoalId, PupilRef, SourceId } from '../../ids';
import type { EncodedColumns } from '../encoded-results';
import type { SourceCalibration } from './calibrate-sources';
import { DAY_MS } from '../../time-units';
import { clamp01, type GoalPrior } from './estimate';

/** What standingOf learns, as plain data (typed arrays and strings): it survives a structured clone to a page. */
export interface PupilStanding {
  readonly pupils: readonly PupilRef[];
  readonly goals: readonly GoalId[];
  /** Per pupil (at their code): the sum of their goals' mean residuals, and how many goals have one. */
  readonly total: Float64Array;
  readonly goalsSeen: Int32Array;
  /** The pupil x goal cells with a mean residual: their key (pupil code x goals + goal code), ascending, and the mean. */
  readonly cellKey: Float64Array;
  readonly cellMean: Float64Array;
  /** Between-pupil variance of the standing shared by goals (tau^2) and what is particular to one goal (s^2). */
  readonly shared: number;
  readonly particular: number;
}

/** s^2 never below this (sd 0.01): a group whose goals agree exactly still shrinks a little. */
const MIN_PARTICULAR = 1e-4;

/** Above this many cells (pupil x goal, or goal x day) a Map keeps them instead of one typed array. */
const DENSE = 1 << 22;

/** The priors' means per goal code and day, each asked of `prior` once: NaN for a day without a prior. */
function priorMeans(encoded: EncodedColumns, prior: (goal: GoalId, timeMs: number) => GoalPrior | undefined) {
  const { goals } = encoded;
  const memo = new Map<number, number>();
  let dense: Float64Array | null = null;
  let firstDay = 0;
  let span = 0;
  const days = daySpanOf(encoded.time);
  if (days && goals.length * days.span <= DENSE) {
    ({ firstDay, span } = days);
    dense = new Float64Array(goals.length * span).fill(Number.POSITIVE_INFINITY);
  }
  return (code: number, timeMs: number): number => {
    const day = Math.floor(timeMs / DAY_MS);
    if (dense) {
      const at = code * span + (day - firstDay);
      let mean = dense[at] as number;
      if (mean === Number.POSITIVE_INFINITY) dense[at] = mean = prior(goals[code] as GoalId, day * DAY_MS)?.mean ?? Number.NaN;
      return mean;
    }
    const key = code * 1e7 + day;
    let mean = memo.get(key);
    if (mean === undefined) memo.set(key, (mean = prior(goals[code] as GoalId, day * DAY_MS)?.mean ?? Number.NaN));
    return mean;
  };
}

/** The first day (epoch days) of the results with a time and how many days they span; null for none. */
function daySpanOf(time: Float64Array): { firstDay: number; span: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of time) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (!Number.isFinite(first) || !Number.isFinite(last)) return null;
  const firstDay = Math.floor(first / DAY_MS);
  return { firstDay, span: Math.floor(last / DAY_MS) - firstDay + 1 };
}

/** Sum and count of the residuals per pupil x goal (key pupil code x goals + goal code) of the results up to upToMs. */
function cellResiduals(
  encoded: EncodedColumns,
  calibration: ReadonlyMap<SourceId, SourceCalibration>,
  prior: (goal: GoalId, timeMs: number) => GoalPrior | undefined,
  upToMs: number,
): { keys: Float64Array; sums: Float64Array; counts: Float64Array } {
  const { time, value, pupil, source, goalStart, goalCodes, goals } = encoded;
  const bias = Float64Array.from(encoded.sources, (id) => calibration.get(id)?.bias ?? 0);
  const meanOf = priorMeans(encoded, prior);
  const cells = encoded.pupils.length * goals.length;
  const dense = cells <= DENSE;
  const sum = dense ? new Float64Array(cells) : null;
  const n = dense ? new Float64Array(cells) : null;
  const sparse = new Map<number, { sum: number; n: number }>();
  for (let i = 0; i < time.length; i += 1) {
    const t = time[i] as number;
    if (Number.isNaN(value[i] as number) || !(t <= upToMs)) continue;
    const adjusted = clamp01((value[i] as number) - (bias[source[i] as number] as number));
    for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) {
      const code = goalCodes[g] as number;
      const usual = meanOf(code, t);
      if (Number.isNaN(usual)) continue;
      const key = (pupil[i] as number) * goals.length + code;
      if (sum && n) {
        sum[key] = (sum[key] as number) + adjusted - usual;
        n[key] = (n[key] as number) + 1;
        continue;
      }
      const cell = sparse.get(key);
      if (cell) {
        cell.sum += adjusted - usual;
        cell.n += 1;
      } else sparse.set(key, { sum: adjusted - usual, n: 1 });
    }
  }
  if (!sum || !n) {
    const keys = Float64Array.from(sparse.keys()).sort();
    return { keys, sums: keys.map((key) => sparse.get(key)?.sum ?? 0), counts: keys.map((key) => sparse.get(key)?.n ?? 0) };
  }
  let filled = 0;
  for (const count of n) if (count > 0) filled += 1;
  const out = { keys: new Float64Array(filled), sums: new Float64Array(filled), counts: new Float64Array(filled) };
  let k = 0;
  for (let key = 0; key < cells; key += 1) {
    if (n[key] === 0) continue;
    out.keys[k] = key;
    out.sums[k] = sum[key] as number;
    out.counts[k] = n[key] as number;
    k += 1;
  }
  return out;
}

/** The group's pupils' standing across goals, from the results up to upToMs (epoch ms), with the group's calibration and priors. */
export function standingOf(
  encoded: EncodedColumns,
  calibration: ReadonlyMap<SourceId, SourceCalibration>,
  prior: (goal: GoalId, timeMs: number) => GoalPrior | undefined,
  upToMs = Number.POSITIVE_INFINITY,
): PupilStanding {
  const { keys: cellKey, sums, counts } = cellResiduals(encoded, calibration, prior, upToMs);
  const goalCount = encoded.goals.length;
  const cellMean = sums.map((sum, k) => sum / (counts[k] as number));
  const total = new Float64Array(encoded.pupils.length);
  const goalsSeen = new Int32Array(encoded.pupils.length);
  let squares = 0;
  cellKey.forEach((key, k) => {
    const p = Math.floor(key / goalCount);
    total[p] = (total[p] as number) + (cellMean[k] as number);
    goalsSeen[p] = (goalsSeen[p] as number) + 1;
    squares += (cellMean[k] as number) ** 2;
  });
  // Products of a pupil's mean residuals on two different goals: sum over pairs = (total^2 - sum of squares) / 2 per pupil.
  let products = 0;
  let pairs = 0;
  for (const k of goalsSeen) if (k >= 2) pairs += (k * (k - 1)) / 2;
  cellKey.forEach((key, k) => {
    const p = Math.floor(key / goalCount);
    if ((goalsSeen[p] as number) >= 2) products += (cellMean[k] as number) * ((total[p] as number) - (cellMean[k] as number));
  });
  const shared = pairs > 0 ? Math.max(0, products / 2 / pairs) : 0;
  const particular = Math.max(MIN_PARTICULAR, (cellKey.length > 0 ? squares / cellKey.length : 0) - shared);
  return { pupils: encoded.pupils, goals: encoded.goals, total, goalsSeen, cellKey, cellMean, shared, particular };
}

/** The shift of a pupil's start on a goal (standingOf's data): their shrunk mean residual on their other goals; 0 for none. */
export function standingShift(standing: PupilStanding): (pupil: PupilRef, goal: GoalId) => number {
  const { total, goalsSeen, cellKey, cellMean, shared, particular } = standing;
  const pupilCodes = new Map(standing.pupils.map((ref, code) => [ref, code] as const));
  const goalCodes = new Map(standing.goals.map((id, code) => [id, code] as const));
  const goalCount = standing.goals.length;
  const ownMean = (key: number): number | undefined => {
    let low = 0;
    let high = cellKey.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = cellKey[middle] as number;
      if (at === key) return cellMean[middle] as number;
      if (at < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
  return (pupil, goal) => {
    if (shared === 0) return 0;
    const p = pupilCodes.get(pupil);
    if (p === undefined) return 0;
    const g = goalCodes.get(goal);
    const own = g === undefined ? undefined : ownMean(p * goalCount + g);
    const others = (goalsSeen[p] as number) - (own === undefined ? 0 : 1);
    if (others === 0) return 0;
    const mean = ((total[p] as number) - (own ?? 0)) / others;
    return (shared / (shared + particular / others)) * mean;
  };
}
