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
import { bucketsOf } from './calibrate-buckets';

export interface PairStats {
  n: number;
  sumD: number;
  sumD2: number;
}

/** The stats per ordered pair of sources, rows and columns in order of their first pair (a Map's order, as calibrateEncoded reads it). */
export function pairStatsOf(encoded: EncodedColumns, upToMs: number): Map<SourceId, Map<SourceId, PairStats>> {
  const { members, start, result } = bucketsOf(encoded, upToMs);
  const sourceCount = encoded.sources.length;
  // Per ordered pair s * sourceCount + t: the sums, and the pairs in order of their first bucket.
  const n = new Float64Array(sourceCount * sourceCount);
  const sumD = new Float64Array(sourceCount * sourceCount);
  const sumD2 = new Float64Array(sourceCount * sourceCount);
  const order: number[] = [];
  // A bucket's sources and values, and its distinct sources in order of their first value.
  let sources = new Int32Array(16);
  let values = new Float64Array(16);
  const seen = new Int32Array(sourceCount);
  for (let b = 0; b + 1 < start.length; b += 1) {
    const from = start[b] as number;
    const size = (start[b + 1] as number) - from;
    if (size < 2) continue;
    if (sources.length < size) [sources, values] = [new Int32Array(size), new Float64Array(size)];
    let distinct = 0;
    for (let k = 0; k < size; k += 1) {
      const i = result[members[from + k] as number] as number;
      const s = encoded.source[i] as number;
      sources[k] = s;
      values[k] = encoded.value[i] as number;
      let known = 0;
      while (known < distinct && seen[known] !== s) known += 1;
      if (known === distinct) seen[distinct++] = s;
    }
    if (distinct < 2) continue;
    for (let sk = 0; sk < distinct; sk += 1)
      for (let tk = 0; tk < distinct; tk += 1) {
        if (sk === tk) continue;
        const s = seen[sk] as number;
        const t = seen[tk] as number;
        let d = 0;
        let d2 = 0;
        let count = 0;
        for (let x = 0; x < size; x += 1) {
          if (sources[x] !== s) continue;
          for (let y = 0; y < size; y += 1) {
            if (sources[y] !== t) continue;
            d += (values[x] as number) - (values[y] as number);
            d2 += ((values[x] as number) - (values[y] as number)) ** 2;
            count += 1;
          }
        }
        const pair = s * sourceCount + t;
        if (n[pair] === 0) order.push(pair);
        n[pair] = (n[pair] as number) + 1;
        sumD[pair] = (sumD[pair] as number) + d / count;
        sumD2[pair] = (sumD2[pair] as number) + d2 / count;
      }
  }
  const pairs = new Map<SourceId, Map<SourceId, PairStats>>();
  for (const pair of order) {
    const s = encoded.sources[Math.floor(pair / sourceCount)] as SourceId;
    let row = pairs.get(s);
    if (!row) pairs.set(s, (row = new Map()));
    row.set(encoded.sources[pair % sourceCount] as SourceId, { n: n[pair] as number, sumD: sumD[pair] as number, sumD2: sumD2[pair] as number });
  }
  return pairs;
}
