import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import type { EstimatorContext } from '../estimators/estimate';
import { evidenceOf } from '../mastery';

/**
 * What growth is usual in the group for a pupil who stood where this pupil stood (decision 006, fifth
 * robustness pass). Where a tool's scale has a floor or a ceiling, or the group mixes weak and able
 * pupils, the share of the group's growth a pupil keeps up with (keeping-up.ts) depends on where the
 * pupil stands: a weak pupil who grows at their own pace keeps up with little of it, an able one with
 * more than all of it. The group's own pupils show how: a robust line (Theil-Sen: the median of the
 * slopes between every two pupils) through the share kept up against the standing before the look-back of the
 * other pupils whose own results rise (USUAL_GROWTH_RISING; the pupil judged is left out, so one pupil far
 * below the rest does not draw the line through themselves). A pupil is then short of what is usual for pupils who
 * stood where they stood by (share - line) / standard error. Learnt per group from its own results, so
 * nothing in it is set for one kind of school; where the group's shares do not depend on standing the
 * line is flat and this asks nothing new.
 */
export interface UsualGrowth {
  readonly intercept: number;
  readonly slope: number;
}

/**
 * The line is learnt from the pupils whose own results rise over the look-back by at least this many standard
 * errors (own-trend.ts): where the stuck pupils are also the low ones (they fell behind before the look-back),
 * they would otherwise bend the line and excuse themselves.
 */
export const USUAL_GROWTH_RISING = 1;

/** Pupils with a share kept up and a standing before the look-back needed before the line says what is usual. */
export const USUAL_GROWTH_MIN_PUPILS = 8;

/**
 * Where the pupil stood before the look-back: the mean distance of their results before `sinceMs` (on
 * the given goals, without each source's bias, weighted by the source's reliability) from what was usual
 * in the group on that goal at that time (the goal priors' mean); positive: above the group. null without
 * a result that could be compared.
 */
export function standingBefore(
  byGoal: ReadonlyMap<GoalId, readonly Result[]>,
  goals: Iterable<GoalId>,
  context: EstimatorContext,
  sinceMs: number,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const goal of goals) {
    for (const result of byGoal.get(goal) ?? []) {
      const timeMs = Date.parse(result.time);
      const evidence = evidenceOf(result);
      if (!(timeMs <= sinceMs) || evidence === null) continue;
      const usual = context.prior?.(goal, timeMs);
      if (!usual) continue;
      const w = context.reliability?.(result.source) ?? 1;
      sum += w * (evidence - (context.bias?.(result.source) ?? 0) - usual.mean);
      weight += w;
    }
  }
  return weight > 0 ? sum / weight : null;
}

const medianOf = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Standings closer than this (on 0..1) give no slope between two pupils. */
const MIN_STANDING_GAP = 0.001;

/** The group's robust line of share kept up against standing; null with fewer than USUAL_GROWTH_MIN_PUPILS pupils. */
export function usualGrowthOf(points: readonly { readonly standing: number; readonly share: number }[]): UsualGrowth | null {
  if (points.length < USUAL_GROWTH_MIN_PUPILS) return null;
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const [a, b] = [points[i] as (typeof points)[number], points[j] as (typeof points)[number]];
      if (Math.abs(b.standing - a.standing) > MIN_STANDING_GAP) slopes.push((b.share - a.share) / (b.standing - a.standing));
    }
  }
  const slope = slopes.length > 0 ? medianOf(slopes) : 0;
  return { intercept: medianOf(points.map((point) => point.share - slope * point.standing)), slope };
}

/**
 * Standard errors the pupil's share lies below what is usual in the group for their standing (positive:
 * below); null where the group's line or the pupil's standing is not known.
 */
export function shortOfUsual(
  kept: { readonly share: number; readonly standardError: number },
  standing: number | null,
  usual: UsualGrowth | null,
): number | null {
  if (usual === null || standing === null) return null;
  return (usual.intercept + usual.slope * standing - kept.share) / kept.standardError;
}
