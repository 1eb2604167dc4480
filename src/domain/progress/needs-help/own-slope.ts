import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import { PRIOR_SD, type EstimatorContext } from '../estimators/estimate';
import { evidenceOf } from '../mastery';
import { WEEK_MS } from '../../time-units';

/**
 * Growth as a change in a pupil's OWN results over the look-back, against the group's on the same goals in
 * the same weeks (docs/decisions/051). Each result on the logit scale (SLOPE_LOGIT_CUT); per (goal, source) the
 * pupil's results are centred on their own mean there, so where the pupil stands (their level, a goal's difficulty, a source's scale) cancels; what is left
 * is how their results move with time, pooled over all their goals and sources into one slope per week
 * (weight: the source's reliability). The group's slope is pooled the same way over the other pupils' results
 * on the goals this pupil practised. A weak pupil who grows as the group does has the group's slope, however
 * far below it they stand; a pupil who stalls has none.
 */
export interface SlopeSums {
  /** Within-(goal, source) sums of squares and products of weeks (x) and results (y). */
  readonly sxx: number;
  readonly sxy: number;
  readonly syy: number;
  /** Results that carry information on the slope (in a (goal, source) pair with at least two) and such pairs. */
  readonly results: number;
  readonly pairs: number;
}

/**
 * Results are compared on the logit scale, cut at this distance from 0 and 1: on 0..1 a pupil near a tool's floor (or
 * ceiling) who grows as the group does on the logit scale shows a far smaller slope than the group's. The cut keeps a
 * session with nothing right (or all right) from counting as infinitely far; tried 0.02, 0.1, 0.15 (decision 051).
 */
export const SLOPE_LOGIT_CUT = 0.1;

/** The logit's slope at 0.5, its least: 1 / (0.5 x 0.5). */
const LOGIT_PER_SHARE = 4;

const logitOf = (value: number) => {
  const p = Math.min(1 - SLOPE_LOGIT_CUT, Math.max(SLOPE_LOGIT_CUT, value));
  return Math.log(p / (1 - p));
};

const NO_SUMS: SlopeSums = { sxx: 0, sxy: 0, syy: 0, results: 0, pairs: 0 };

export const addSums = (a: SlopeSums, b: SlopeSums): SlopeSums => ({
  sxx: a.sxx + b.sxx,
  sxy: a.sxy + b.sxy,
  syy: a.syy + b.syy,
  results: a.results + b.results,
  pairs: a.pairs + b.pairs,
});

/** Weight of the sources' measured noise in a slope's scatter, in results (as own-trend.ts). */
const PRIOR_DEGREES = 3;

interface Cell {
  w: number;
  x: number;
  y: number;
  xx: number;
  xy: number;
  yy: number;
  n: number;
}

/** Per goal, the pupil's within-(goal, source) sums over the results after `sinceMs` up to `nowMs`. */
export function slopeSumsByGoal(
  byGoal: ReadonlyMap<GoalId, readonly Result[]>,
  goals: Iterable<GoalId>,
  context: EstimatorContext,
  sinceMs: number,
  nowMs: number,
): Map<GoalId, SlopeSums> {
  const out = new Map<GoalId, SlopeSums>();
  for (const goal of goals) {
    const cells = new Map<string, Cell>();
    for (const result of byGoal.get(goal) ?? []) {
      const timeMs = Date.parse(result.time);
      const evidence = evidenceOf(result);
      if (!(timeMs > sinceMs && timeMs <= nowMs) || evidence === null) continue;
      const cell = cells.get(result.source) ?? { w: 0, x: 0, y: 0, xx: 0, xy: 0, yy: 0, n: 0 };
      const w = context.reliability?.(result.source) ?? 1;
      const x = (timeMs - sinceMs) / WEEK_MS;
      const y = logitOf(evidence - (context.bias?.(result.source) ?? 0));
      cell.w += w;
      cell.x += w * x;
      cell.y += w * y;
      cell.xx += w * x * x;
      cell.xy += w * x * y;
      cell.yy += w * y * y;
      cell.n += 1;
      cells.set(result.source, cell);
    }
    let sums = NO_SUMS;
    for (const cell of cells.values()) {
      if (cell.n < 2) continue;
      sums = addSums(sums, {
        sxx: cell.xx - (cell.x * cell.x) / cell.w,
        sxy: cell.xy - (cell.x * cell.y) / cell.w,
        syy: cell.yy - (cell.y * cell.y) / cell.w,
        results: cell.n,
        pairs: 1,
      });
    }
    if (sums.pairs > 0) out.set(goal, sums);
  }
  return out;
}

export interface Slope {
  /** Change per week (logits). */
  readonly slope: number;
  readonly standardError: number;
}

/**
 * The slope through the pooled sums and its standard error from the scatter around it (pooled with PRIOR_DEGREES
 * of the sources' measured noise, so two or three results do not look certain); null without time between results.
 */
export function slopeOf(sums: SlopeSums, context: EstimatorContext): Slope | null {
  if (!(sums.sxx > 1e-6) || sums.results - sums.pairs < 2) return null;
  const slope = sums.sxy / sums.sxx;
  const residual = Math.max(0, sums.syy - slope * sums.sxy);
  // the sources' noise is measured on 0..1; on the logit scale it is at least LOGIT_PER_SHARE times as large (at 0.5)
  const noise = LOGIT_PER_SHARE * (context.noiseSd ?? PRIOR_SD);
  const variance = (residual + PRIOR_DEGREES * noise * noise) / (sums.results - sums.pairs - 1 + PRIOR_DEGREES);
  return { slope, standardError: Math.sqrt(variance / sums.sxx) };
}

/**
 * How many standard errors the pupil's own slope lies below the group's pooled slope on the goals the pupil practised
 * in the look-back (the others' results on those goals in the same weeks); positive: below. null where either slope
 * cannot be told.
 */
export function slopeBelowGroup(
  own: ReadonlyMap<GoalId, SlopeSums>,
  others: readonly ReadonlyMap<GoalId, SlopeSums>[],
  context: EstimatorContext,
): { own: Slope; group: Slope; below: number } | null {
  let mine = NO_SUMS;
  let theirs = NO_SUMS;
  for (const [goal, sums] of own) {
    mine = addSums(mine, sums);
    for (const other of others) theirs = addSums(theirs, other.get(goal) ?? NO_SUMS);
  }
  const pupil = slopeOf(mine, context);
  const group = slopeOf(theirs, context);
  if (pupil === null || group === null) return null;
  return { own: pupil, group, below: (group.slope - pupil.slope) / Math.hypot(pupil.standardError, group.standardError) };
}
