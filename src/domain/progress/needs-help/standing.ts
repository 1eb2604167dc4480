/**
 * Where each pupil stands among their group, on every source's own terms (docs/decisions/031): each result is
 * ranked among the group's results from the same source on the same goal (its mid-rank turned into a normal
 * score), so a supplier's scale, its bias and how hard it finds one goal or another all cancel, whatever they
 * are. A pupil's standing is the mean of their results' scores: in the look-back, and before it. A stall shows in
 * all of them at once: the pupil falls behind the group on every source and goal they practise. Both are then
 * compared with the group's own spread (robustZ), not with a fixed constant. Pure.
 */
import type { GoalId, PupilRef } from '../../ids';
import { evidenceOf } from '../mastery';
import { medianOf } from './group-spread';
import type { PupilResults } from './results-index';

export interface Standing {
  /** Mean normal score of the pupil's results in the look-back; null without any. */
  readonly within: number | null;
  /** ...of their results before it; null without any. */
  readonly before: number | null;
  /** How many results each mean is of, and the mean of their squared scores (0 without any). */
  readonly withinCount: number;
  readonly beforeCount: number;
  readonly withinSquares: number;
  readonly beforeSquares: number;
}

/** The standard normal quantile (Acklam's rational approximation, relative error under 1.2e-9). */
export function normalQuantile(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  if (q > 0.5) return -normalQuantile(1 - q);
  if (q < 0.02425) {
    const t = Math.sqrt(-2 * Math.log(q));
    return (
      (((((-0.00778489400243029 * t - 0.322396458041136) * t - 2.40075827716184) * t - 2.54973253934373) * t + 4.37466414146497) * t +
        2.93816398269878) /
      ((((0.00778469570904146 * t + 0.32246712907004) * t + 2.445134137143) * t + 3.75440866190742) * t + 1)
    );
  }
  const r = q - 0.5;
  const s = r * r;
  return (
    ((((((-39.6968302866538 * s + 220.946098424521) * s - 275.928510446969) * s + 138.357751867269) * s - 30.6647980661472) * s + 2.50662827745924) *
      r) /
    (((((-54.4760987982241 * s + 161.585836858041) * s - 155.698979859887) * s + 66.8013118877197) * s - 13.2806815528857) * s + 1)
  );
}

interface Scored {
  readonly pupil: number;
  readonly value: number;
  readonly within: boolean;
}

/** Per pupil (in the order given): their standing in the group on the given goals, up to now, before and after `sinceMs`. */
export function standingsOf(
  pupils: readonly PupilRef[],
  index: ReadonlyMap<PupilRef, PupilResults>,
  goals: readonly GoalId[],
  nowMs: number,
  sinceMs: number,
): Standing[] {
  return sourceStandingsOf(pupils, index, goals, nowMs, sinceMs, () => '').get('') ?? pupils.map(() => standingOf(emptySums()));
}

/**
 * The same per source (`partOf` a source's id; by default each source apart): each pupil's standing among the group on
 * that source's results only, every result still ranked among the group's on its own source and goal.
 */
export function sourceStandingsOf(
  pupils: readonly PupilRef[],
  index: ReadonlyMap<PupilRef, PupilResults>,
  goals: readonly GoalId[],
  nowMs: number,
  sinceMs: number,
  partOf: (source: string) => string = (source) => source,
): Map<string, Standing[]> {
  const wanted = new Set<string>(goals);
  const streams = new Map<string, { part: string; scored: Scored[] }>();
  pupils.forEach((ref, pupil) => {
    for (const [goal, results] of index.get(ref)?.byGoal ?? []) {
      if (!wanted.has(goal)) continue;
      for (const result of results) {
        const value = evidenceOf(result);
        const time = Date.parse(result.time);
        if (value === null || Number.isNaN(time) || time > nowMs) continue;
        const key = `${result.source}\u0000${goal}`;
        const scored = { pupil, value, within: time >= sinceMs };
        const stream = streams.get(key);
        if (stream) stream.scored.push(scored);
        else streams.set(key, { part: partOf(result.source), scored: [scored] });
      }
    }
  });
  const parts = new Map<string, Sums[]>();
  for (const { part, scored: stream } of streams.values()) {
    const sums = parts.get(part) ?? pupils.map(emptySums);
    parts.set(part, sums);
    stream.sort((a, b) => a.value - b.value);
    for (let first = 0; first < stream.length;) {
      let last = first;
      while (last + 1 < stream.length && (stream[last + 1] as Scored).value === (stream[first] as Scored).value) last += 1;
      // ties share their mid-rank
      const score = normalQuantile((first + last + 1) / 2 / stream.length);
      for (let k = first; k <= last; k += 1) {
        const { pupil, within } = stream[k] as Scored;
        const sum = sums[pupil] as Sums;
        if (within) {
          sum.within += score;
          sum.withinSquares += score * score;
          sum.withinCount += 1;
        } else {
          sum.before += score;
          sum.beforeSquares += score * score;
          sum.beforeCount += 1;
        }
      }
      first = last + 1;
    }
  }
  return new Map([...parts].map(([part, sums]) => [part, sums.map(standingOf)]));
}

interface Sums {
  within: number;
  withinCount: number;
  withinSquares: number;
  before: number;
  beforeCount: number;
  beforeSquares: number;
}

const emptySums = (): Sums => ({ within: 0, withinCount: 0, withinSquares: 0, before: 0, beforeCount: 0, beforeSquares: 0 });

const standingOf = (sum: Sums): Standing => ({
  within: sum.withinCount > 0 ? sum.within / sum.withinCount : null,
  before: sum.beforeCount > 0 ? sum.before / sum.beforeCount : null,
  withinCount: sum.withinCount,
  beforeCount: sum.beforeCount,
  withinSquares: sum.withinCount > 0 ? sum.withinSquares / sum.withinCount : 0,
  beforeSquares: sum.beforeCount > 0 ? sum.beforeSquares / sum.beforeCount : 0,
});

/** Each value's distance from the group's median in robust spreads (1.4826 x the median absolute deviation); null stays null. */
export function robustZ(values: readonly (number | null)[]): (number | null)[] {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return values.map(() => null);
  const center = medianOf(known);
  const spread = 1.4826 * medianOf(known.map((value) => Math.abs(value - center)).sort((a, b) => a - b));
  return values.map((value) => (value === null ? null : (value - center) / Math.max(1e-6, spread)));
}
