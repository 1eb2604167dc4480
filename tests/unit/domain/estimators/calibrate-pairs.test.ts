import { describe, expect, it } from 'vitest';
import { goalId, pupilRef, sourceId, type SourceId } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { encodeResults, type EncodedColumns } from '@/domain/progress/encoded-results';
import { pairStatsOf, type PairStats } from '@/domain/progress/estimators/calibrate-pairs';
import { WEEK_MS } from '@/domain/time-units';
import { createRandom, pick, type Random } from '../../../../mocks/demo-school/prng';
import { buildResult } from '../../../support/result-builder';

/**
 * pairStatsOf (typed arrays) gives the sums the plain reading of calibrateSources' definition gives:
 * buckets per pupil x goal x week in order of their first result, a bucket's values per source in
 * order of their first value, every pair of values summed in result order. Same numbers to the bit.
 */
function reference(encoded: EncodedColumns, upToMs: number): Map<SourceId, Map<SourceId, PairStats>> {
  const buckets = new Map<string, Map<SourceId, number[]>>();
  for (let i = 0; i < encoded.time.length; i += 1) {
    const t = encoded.time[i] as number;
    const v = encoded.value[i] as number;
    if (Number.isNaN(v) || !(t <= upToMs)) continue;
    for (let g = encoded.goalStart[i] as number; g < (encoded.goalStart[i + 1] as number); g += 1) {
      const key = `${encoded.pupil[i]}|${encoded.goalCodes[g]}|${Math.floor(t / WEEK_MS)}`;
      const bucket = buckets.get(key) ?? new Map<SourceId, number[]>();
      buckets.set(key, bucket);
      const source = encoded.sources[encoded.source[i] as number] as SourceId;
      bucket.set(source, [...(bucket.get(source) ?? []), v]);
    }
  }
  const pairs = new Map<SourceId, Map<SourceId, PairStats>>();
  for (const bucket of buckets.values()) {
    for (const [s, xs] of bucket)
      for (const [t, ys] of bucket) {
        if (s === t) continue;
        let d = 0;
        let d2 = 0;
        for (const x of xs)
          for (const y of ys) {
            d += x - y;
            d2 += (x - y) ** 2;
          }
        const row = pairs.get(s) ?? new Map<SourceId, PairStats>();
        pairs.set(s, row);
        const stats = row.get(t) ?? { n: 0, sumD: 0, sumD2: 0 };
        row.set(t, { n: stats.n + 1, sumD: stats.sumD + d / (xs.length * ys.length), sumD2: stats.sumD2 + d2 / (xs.length * ys.length) });
      }
  }
  return pairs;
}

const flat = (pairs: Map<SourceId, Map<SourceId, PairStats>>) =>
  [...pairs].flatMap(([s, row]) => [...row].map(([t, stats]) => [s, t, stats.n, stats.sumD, stats.sumD2] as const));

const NOW = Date.parse('2026-05-01T00:00:00Z');
const SOURCES = ['s-a', 's-b', 's-c', 's-d', 's-e'].map(sourceId);
const GOALS = ['g-1', 'g-2', 'g-3'].map(goalId);

function randomResults(random: Random, count: number, farAway: boolean): Result[] {
  return Array.from({ length: count }, () => {
    const goal = pick(random, GOALS);
    const far = farAway && random() < 0.02;
    return buildResult({
      pupil: pupilRef(`p-${Math.floor(random() * 6)}`),
      source: pick(random, SOURCES),
      // A goal listed twice counts twice; some results centuries away (weeks by rank), some unreadable.
      goals: random() < 0.1 ? [goal, goal] : random() < 0.1 ? [goal, pick(random, GOALS)] : [goal],
      time: random() < 0.01 ? 'later' : new Date(far ? NOW + random() * 3e14 : NOW - random() * 12 * WEEK_MS).toISOString(),
      score: random() < 0.9 ? scaleScore(Math.floor(random() * 21), 0, 20) : null,
    });
  });
}

describe('pairStatsOf', () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
    [4, true],
  ])('sums what the definition sums, in its order, to the bit (seed %i, far-away results: %s)', (seed, farAway) => {
    const random = createRandom(4200 + seed);
    const encoded = encodeResults(randomResults(random, 1500, farAway));
    for (const upToMs of [Number.POSITIVE_INFINITY, NOW - 4 * WEEK_MS]) {
      const mine = flat(pairStatsOf(encoded, upToMs));
      const theirs = flat(reference(encoded, upToMs));
      expect(mine.map(([s, t]) => `${s}>${t}`)).toEqual(theirs.map(([s, t]) => `${s}>${t}`));
      mine.forEach((row, k) => row.slice(2).forEach((x, j) => expect(Object.is(x, theirs[k]![j + 2])).toBe(true)));
      expect(mine.length).toBe(20);
      expect(mine.every(([, , n]) => n >= 10)).toBe(true);
    }
  });
});
