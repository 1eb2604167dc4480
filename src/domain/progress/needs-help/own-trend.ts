import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import { PRIOR_SD, type EstimatorContext } from '../estimators/estimate';
import { evidenceOf } from '../mastery';
import { WEEK_MS } from '../../time-units';

/**
 * A pupil's own trend over the look-back (decision 006, third robustness pass): how their results move
 * over time, judged against themselves, not against the group. Each (goal, source) pair gets its own
 * level (so which goal was practised when, and a source's scale or difficulty, do not look like growth
 * or decline); one slope per week is fitted through all of them together by weighted least squares
 * (weight: the source's reliability), with its standard error from the pupil's own scatter around it
 * (pooled with PRIOR_DEGREES of the sources' measured noise, so two or three results do not look certain).
 */
export interface OwnTrend {
  /** Change per week on 0..1. */
  readonly slope: number;
  readonly standardError: number;
  /** Results that carry information on the slope (in a pair with at least two results). */
  readonly results: number;
}

/** Weight of the sources' measured noise in the scatter, in results. */
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

export function ownTrendOf(
  byGoal: ReadonlyMap<GoalId, readonly Result[]>,
  goals: Iterable<GoalId>,
  context: EstimatorContext,
  sinceMs: number,
  nowMs: number,
): OwnTrend | null {
  const cells = new Map<string, Cell>();
  for (const goal of goals) {
    for (const result of byGoal.get(goal) ?? []) {
      const timeMs = Date.parse(result.time);
      const evidence = evidenceOf(result);
      if (!(timeMs > sinceMs && timeMs <= nowMs) || evidence === null) continue;
      const key = `${goal}\u0000${result.source}`;
      const cell = cells.get(key) ?? { w: 0, x: 0, y: 0, xx: 0, xy: 0, yy: 0, n: 0 };
      const w = context.reliability?.(result.source) ?? 1;
      const x = (timeMs - sinceMs) / WEEK_MS;
      const y = evidence - (context.bias?.(result.source) ?? 0);
      cell.w += w;
      cell.x += w * x;
      cell.y += w * y;
      cell.xx += w * x * x;
      cell.xy += w * x * y;
      cell.yy += w * y * y;
      cell.n += 1;
      cells.set(key, cell);
    }
  }
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  let results = 0;
  let groups = 0;
  for (const cell of cells.values()) {
    if (cell.n < 2) continue;
    sxx += cell.xx - (cell.x * cell.x) / cell.w;
    sxy += cell.xy - (cell.x * cell.y) / cell.w;
    syy += cell.yy - (cell.y * cell.y) / cell.w;
    results += cell.n;
    groups += 1;
  }
  // a slope needs time between results (a burst of items in one sitting says nothing about it)
  if (!(sxx > 1e-6) || results - groups < 2) return null;
  const slope = sxy / sxx;
  const residual = Math.max(0, syy - slope * sxy);
  // weights are relative precisions (a typical source 1), so the weighted scatter is a typical source's noise variance
  const freedom = results - groups - 1;
  const noise = context.noiseSd ?? PRIOR_SD;
  const variance = (residual + PRIOR_DEGREES * noise * noise) / (freedom + PRIOR_DEGREES);
  return { slope, standardError: Math.sqrt(variance / sxx), results };
}
