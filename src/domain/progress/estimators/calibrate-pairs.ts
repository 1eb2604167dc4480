/**
 * The moments where two sources judged the same pupil on the same goal in the same week, summed per
 * ordered pair of sources (calibrateSources' input), over the encoded results in typed arrays.
 *
 * A bucket is one pupil x goal x week; its values are kept per source. For every bucket with two
 * sources or more and every ordered pair (s, t) of them, the mean difference over all pairs of
 * values and the mean squared difference are added to the pair's stats. Buckets are visited in
 * order of their first result, sources in a bucket in order of their first value there, values in
 * result order: the order the sums were always made in, so the calibration is the same to the bit.
 */
import type { SourceId } from '../../ids';
import type { EncodedColumns } from '../encoded-results';
import { WEEK_MS } from '../../time-units';

export interface PairStats {
  n: number;
  sumD: number;
  sumD2: number;
}

/** The results seen (up to upToMs) per goal they list, as (result, pupil x goal cell, week) entries in result order. */
function entriesOf(encoded: EncodedColumns, upToMs: number) {
  const { time, value, pupil, goalStart, goalCodes } = encoded;
  const goalCount = encoded.goals.length;
  let firstWeek = Number.POSITIVE_INFINITY;
  for (const t of time) if (t < firstWeek * WEEK_MS) firstWeek = Math.floor(t / WEEK_MS); // NaN never is
  let total = 0;
  for (let i = 0; i < time.length; i += 1)
    if (!Number.isNaN(value[i] as number) && (time[i] as number) <= upToMs) total += (goalStart[i + 1] as number) - (goalStart[i] as number);
  const result = new Int32Array(total);
  const cell = new Int32Array(total);
  const week = new Float64Array(total);
  let e = 0;
  for (let i = 0; i < time.length; i += 1) {
    const t = time[i] as number;
    if (Number.isNaN(value[i] as number) || !(t <= upToMs)) continue;
    for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) {
      result[e] = i;
      cell[e] = (pupil[i] as number) * goalCount + (goalCodes[g] as number);
      week[e] = Math.floor(t / WEEK_MS) - firstWeek;
      e += 1;
    }
  }
  return { result, cell, week, cells: encoded.pupils.length * goalCount };
}

/**
 * The entries grouped into buckets: `members` lists the entries bucket by bucket (each bucket's in
 * entry order), buckets in order of their first entry; a bucket runs from `start[b]` to `start[b + 1]`.
 */
function bucketsOf(encoded: EncodedColumns, upToMs: number): { members: Int32Array; start: Int32Array; result: Int32Array } {
  const { result, cell, week, cells } = entriesOf(encoded, upToMs);
  const total = result.length;
  // The entries per pupil x goal cell (counting sort), in entry order.
  const cellStart = new Int32Array(cells + 1);
  for (const c of cell) cellStart[c + 1] = (cellStart[c + 1] as number) + 1;
  for (let c = 0; c < cells; c += 1) cellStart[c + 1] = (cellStart[c + 1] as number) + (cellStart[c] as number);
  const fill = cellStart.slice(0, cells);
  const byCell = new Int32Array(total);
  for (let e = 0; e < total; e += 1) byCell[(fill[cell[e] as number] as number)++] = e;
  // Within a cell, the bucket of each entry by its week; a bucket is named by its first entry.
  const firstOf = new Int32Array(total);
  const size = new Int32Array(total);
  const weeks: number[] = [];
  const firsts: number[] = [];
  for (let c = 0; c < cells; c += 1) {
    weeks.length = 0;
    firsts.length = 0;
    for (let k = cellStart[c] as number; k < (cellStart[c + 1] as number); k += 1) {
      const e = byCell[k] as number;
      let b = weeks.indexOf(week[e] as number);
      if (b < 0) b = weeks.push(week[e] as number) - 1;
      if (b === firsts.length) firsts.push(e);
      firstOf[e] = firsts[b] as number;
      size[firsts[b] as number] = (size[firsts[b] as number] as number) + 1;
    }
  }
  // Buckets in order of their first entry, then each bucket's entries in entry order.
  const at = new Int32Array(total);
  const start: number[] = [0];
  let placed = 0;
  for (let e = 0; e < total; e += 1) {
    if (firstOf[e] !== e) continue;
    at[e] = placed;
    placed += size[e] as number;
    start.push(placed);
  }
  const members = new Int32Array(total);
  for (let e = 0; e < total; e += 1) members[(at[firstOf[e] as number] as number)++] = e;
  return { members, start: Int32Array.from(start), result };
}

/** The stats per ordered pair of sources, rows and columns in order of their first pair (a Map's order, as calibrateEncoded reads it). */
export function pairStatsOf(encoded: EncodedColumns, upToMs: number): Map<SourceId, Map<SourceId, PairStats>> {
  const { members, start, result } = bucketsOf(encoded, upToMs);
  const sourceCount = encoded.sources.length;
  const stats: (PairStats | undefined)[] = new Array<PairStats | undefined>(sourceCount * sourceCount);
  const order: number[] = [];
  const seen: number[] = [];
  const sourceOf = (k: number) => encoded.source[result[members[k] as number] as number] as number;
  const valueOf = (k: number) => encoded.value[result[members[k] as number] as number] as number;
  for (let b = 0; b + 1 < start.length; b += 1) {
    const from = start[b] as number;
    const to = start[b + 1] as number;
    if (to - from < 2) continue;
    seen.length = 0;
    for (let k = from; k < to; k += 1) if (!seen.includes(sourceOf(k))) seen.push(sourceOf(k));
    if (seen.length < 2) continue;
    for (const s of seen)
      for (const t of seen) {
        if (s === t) continue;
        let d = 0;
        let d2 = 0;
        let count = 0;
        for (let x = from; x < to; x += 1) {
          if (sourceOf(x) !== s) continue;
          for (let y = from; y < to; y += 1) {
            if (sourceOf(y) !== t) continue;
            d += valueOf(x) - valueOf(y);
            d2 += (valueOf(x) - valueOf(y)) ** 2;
            count += 1;
          }
        }
        const pair = s * sourceCount + t;
        let pairStats = stats[pair];
        if (!pairStats) {
          stats[pair] = pairStats = { n: 0, sumD: 0, sumD2: 0 };
          order.push(pair);
        }
        pairStats.n += 1;
        pairStats.sumD += d / count;
        pairStats.sumD2 += d2 / count;
      }
  }
  const pairs = new Map<SourceId, Map<SourceId, PairStats>>();
  for (const pair of order) {
    const s = encoded.sources[Math.floor(pair / sourceCount)] as SourceId;
    let row = pairs.get(s);
    if (!row) pairs.set(s, (row = new Map()));
    row.set(encoded.sources[pair % sourceCount] as SourceId, stats[pair] as PairStats);
  }
  return pairs;
}
