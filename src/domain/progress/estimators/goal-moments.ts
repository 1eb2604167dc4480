/**
 * The goal priors' moments (goal-priors.ts): what the results seen say per goal x day, in typed arrays,
 * from which a prior for any goal and day is summed.
 */
import type { SourceId } from '../../ids';
import type { EncodedColumns } from '../encoded-results';
import type { SourceCalibration } from './calibrate-sources';
import { clamp01 } from './estimate';
import { DAY_MS } from '../../time-units';

/** Pupils whose results fall within reach of a day needed for a prior: what is usual in a group, not one pupil's own level. */
export const MIN_PRIOR_PUPILS = 3;

/** Room for the days of one goal in a moment's number key (about 2,700 years). */
export const DAY_SPAN = 1_000_000;

/**
 * What the results seen say per goal x day ("moments"), in typed arrays: count, sum and sum of squares
 * of the values (bias removed), the sources' noise variance summed, and up to MIN_PRIOR_PUPILS of the
 * distinct pupils (a prior asks no more). Days are numbered in order among the days that have a result.
 */
export interface Moments {
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

/** The day (epoch days) of the first result with a time; +Infinity for none. */
export function firstDayOf(time: Float64Array): number {
  let firstDay = Number.POSITIVE_INFINITY;
  for (const t of time) if (t < firstDay * DAY_MS) firstDay = Math.floor(t / DAY_MS); // NaN never is
  return firstDay;
}

/** The day (- origin) of each result seen, -1 for one not seen (a day past DAY_SPAN is never asked for); and the last day. */
function daysSeenOf({ time, value }: EncodedColumns, origin: number, upToMs: number): { dayOf: Int32Array; lastDay: number } {
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
  return { dayOf, lastDay };
}

/** 0 at each day with a result seen, -1 elsewhere. */
function daysWithResults(dayOf: Int32Array, lastDay: number): Int32Array {
  const dayIndex = new Int32Array(lastDay + 1).fill(-1);
  for (const day of dayOf) if (day >= 0) dayIndex[day] = 0;
  return dayIndex;
}

/** Numbers the days with results in order (in place); how many there are. */
function numberDays(dayIndex: Int32Array): number {
  let days = 0;
  for (let day = 0; day < dayIndex.length; day += 1) if (dayIndex[day] === 0) dayIndex[day] = days++;
  return days;
}

/**
 * What the results seen say per goal x day, values without their source's bias (calibration), of the
 * results up to upToMs. One loop per function: each is optimised on its own (decision 037).
 */
export function momentsOf(encoded: EncodedColumns, calibration: ReadonlyMap<SourceId, SourceCalibration>, origin: number, upToMs: number): Moments {
  const goalCount = encoded.goals.length;
  const { dayOf, lastDay } = daysSeenOf(encoded, origin, upToMs);
  const dayIndex = daysWithResults(dayOf, lastDay);
  const days = numberDays(dayIndex);
  const dense = days * goalCount <= DENSE_CELLS;
  const size = dense ? days * goalCount : (encoded.goalStart[encoded.time.length] as number);
  const moments: Moments = {
    dayIndex,
    goalCount,
    sparse: dense ? null : new Map<number, number>(),
    n: new Float64Array(size),
    sum: new Float64Array(size),
    sum2: new Float64Array(size),
    noise: new Float64Array(size),
    pupils: new Int32Array(size * MIN_PRIOR_PUPILS).fill(-1),
  };
  addMoments(encoded, calibration, dayOf, moments);
  return moments;
}

/** Adds each result seen to its goals' moments on its day. */
function addMoments(encoded: EncodedColumns, calibration: ReadonlyMap<SourceId, SourceCalibration>, dayOf: Int32Array, moments: Moments): void {
  const { time, value, pupil, source, goalStart, goalCodes } = encoded;
  const calibrated = encoded.sources.map((id) => calibration.get(id));
  const bias = calibrated.map((c) => c?.bias ?? 0);
  const noiseVariance = calibrated.map((c) => (c?.noiseSd ?? 0) ** 2);
  const { dayIndex, goalCount, n, sum, sum2, noise, pupils } = moments;
  const sparse = moments.sparse as Map<number, number> | null;
  for (let i = 0; i < time.length; i += 1) {
    const day = dayOf[i] as number;
    if (day < 0) continue;
    const s = source[i] as number;
    const adjusted = clamp01((value[i] as number) - (bias[s] as number));
    const p = pupil[i] as number;
    for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) {
      const cell = (dayIndex[day] as number) * goalCount + (goalCodes[g] as number);
      let slot = cell;
      if (sparse) {
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
}
