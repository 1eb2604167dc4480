/**
 * How credibly a pupil stands behind their group, with each source's noise measured from the group's own results
 * (docs/decisions/036). standing.ts ranks each result among the group's on the same source and goal; here, per source,
 * the scatter of every pupil's scores around their own mean (pooled over the group) says how noisy one score of that
 * source is in this group. A pupil's standing is then the mean over their sources weighed by how many results each gave
 * and how little noise it has, with its own standard error. What counts is how many standard errors the pupil lies
 * behind the group's median pupil (in the look-back), or fell further than the median pupil did (from before the
 * look-back to within it). In a noisy school, or for a pupil with a few results, the same low mean is less credible, so
 * the rule asks more evidence there without a constant fitted to one school. Pure.
 */
import type { GoalId, PupilRef } from '../../ids';
import { medianOf } from './group-spread';
import type { PupilResults } from './results-index';
import { sourceStandingsOf, type Standing } from './standing';

export interface CredibleStanding {
  /** Standard errors the pupil's standing in the look-back lies below the group's median; null without results in it. */
  readonly behind: number | null;
  /** Standard errors the pupil's fall (before minus within the look-back) exceeds the group's median fall; null: not both. */
  readonly fall: number | null;
}

/** Pupils with a standing needed before the group's median means anything: 4. */
export const CREDIBLE_MIN_PUPILS = 4;
/** A source's noise variance is at least this (one score cannot be exact). */
const MIN_NOISE = 1e-3;

type Part = 'within' | 'before';

/** One score's noise variance on a source in this group: each pupil's scatter around their own mean, pooled. */
function noiseOf(standings: readonly Standing[], part: Part): number {
  let squares = 0;
  let freedom = 0;
  for (const standing of standings) {
    const mean = standing[part];
    const count = part === 'within' ? standing.withinCount : standing.beforeCount;
    if (mean === null || count === 0) continue;
    squares += count * ((part === 'within' ? standing.withinSquares : standing.beforeSquares) - mean * mean);
    freedom += count - 1;
  }
  return Math.max(MIN_NOISE, freedom > 0 ? squares / freedom : 1);
}

/** Per pupil: their mean over the sources weighed by count / noise, and its variance; null without results. */
function weighedMeans(bySource: readonly Standing[][], pupils: number, part: Part): ({ mean: number; variance: number } | null)[] {
  const sums = Array.from({ length: pupils }, () => ({ weight: 0, sum: 0 }));
  for (const standings of bySource) {
    const noise = noiseOf(standings, part);
    standings.forEach((standing, i) => {
      const mean = standing[part];
      const count = part === 'within' ? standing.withinCount : standing.beforeCount;
      if (mean === null || count === 0) return;
      const sum = sums[i] as { weight: number; sum: number };
      sum.weight += count / noise;
      sum.sum += (count / noise) * mean;
    });
  }
  return sums.map(({ weight, sum }) => (weight > 0 ? { mean: sum / weight, variance: 1 / weight } : null));
}

/** Each value's distance from the median of the values in its own standard errors; null stays null, all null with too few. */
function evidenceFromMedian(values: readonly ({ value: number; variance: number } | null)[]): (number | null)[] {
  const known = values.flatMap((item) => (item === null ? [] : [item.value])).sort((a, b) => a - b);
  if (known.length < CREDIBLE_MIN_PUPILS) return values.map(() => null);
  const center = medianOf(known);
  return values.map((item) => (item === null ? null : (item.value - center) / Math.sqrt(item.variance)));
}

/** Per pupil (in the order given), how credibly they stand behind the group and fell behind it (see above). */
export function credibleStandings(
  pupils: readonly PupilRef[],
  index: ReadonlyMap<PupilRef, PupilResults>,
  goals: readonly GoalId[],
  nowMs: number,
  sinceMs: number,
): CredibleStanding[] {
  const bySource = [...sourceStandingsOf(pupils, index, goals, nowMs, sinceMs).values()];
  const within = weighedMeans(bySource, pupils.length, 'within');
  const before = weighedMeans(bySource, pupils.length, 'before');
  const behind = evidenceFromMedian(within.map((w) => (w === null ? null : { value: -w.mean, variance: w.variance })));
  const fall = evidenceFromMedian(
    within.map((w, i) => {
      const b = before[i];
      return w === null || !b ? null : { value: b.mean - w.mean, variance: w.variance + b.variance };
    }),
  );
  return pupils.map((_, i) => ({ behind: behind[i] ?? null, fall: fall[i] ?? null }));
}
