import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import { PRIOR_SD, type EstimatorContext } from '../estimators/estimate';
import { evidenceOf } from '../mastery';

/**
 * How much of the group's growth a pupil kept up with in the look-back, pooled over goals and
 * sources (decision 006): for each of the pupil's results in the look-back, the group's usual level on
 * that goal at its time (`now`, the goal priors) and `lookbackMs` earlier (`then`) span the group's
 * move d = now - then; the pupil's value (without its source's bias) is placed on that span by
 * weighted least squares over all results together: share = sum w d (value - then) / sum w d^2, w the
 * source's reliability. 1: grew as the group did; 0: still where the group was `lookbackMs` ago (a
 * stall shows on every goal and every source at once). Self-calibrating: the yardstick is the group's
 * own move, and the standard error noise / sqrt(sum w d^2) grows with the sources' measured noise
 * (context.noiseSd; PRIOR_SD when it could not be told) and shrinks with the evidence, so noisier or
 * sparser data make the rule say less, not flag more.
 */
export interface KeepingUp {
  /** Sums of w d (value - then) and w d^2; added over goals. */
  readonly cross: number;
  readonly spread: number;
  /** Sum of w: with spread, how far the group moved on average (root mean square). */
  readonly weight: number;
}

export const NO_KEEPING_UP: KeepingUp = { cross: 0, spread: 0, weight: 0 };

/**
 * The group must have moved at least this much (root mean square over the pupil's results, on 0..1)
 * within the look-back on the practised goals for keeping up to mean anything: a group that stands
 * still, or whose mean moves only because pupils join or leave, is left to the growth rule.
 */
export const MIN_GROUP_MOVE = 0.03;

export function keepingUpOf(results: readonly Result[], goal: GoalId, context: EstimatorContext, sinceMs: number, lookbackMs: number): KeepingUp {
  let cross = 0;
  let spread = 0;
  let weight = 0;
  for (const result of results) {
    const timeMs = Date.parse(result.time);
    const evidence = evidenceOf(result);
    if (!(timeMs > sinceMs) || evidence === null) continue;
    const now = context.prior?.(goal, timeMs);
    const then = context.prior?.(goal, timeMs - lookbackMs);
    if (!now || !then) continue;
    const d = now.mean - then.mean;
    // only where the group grew: a mean that falls (pupils joining or leaving, a harder stretch) is no growth to keep up with
    if (!(d > 0)) continue;
    const w = context.reliability?.(result.source) ?? 1;
    cross += w * d * (evidence - (context.bias?.(result.source) ?? 0) - then.mean);
    spread += w * d * d;
    weight += w;
  }
  return { cross, spread, weight };
}

export const addKeepingUp = (a: KeepingUp, b: KeepingUp): KeepingUp => ({
  cross: a.cross + b.cross,
  spread: a.spread + b.spread,
  weight: a.weight + b.weight,
});

/** The share kept up with and its standard error; null when the group hardly moved on these goals (nothing to compare). */
export function shareKeptUp(keepingUp: KeepingUp, context: EstimatorContext): { share: number; standardError: number } | null {
  if (!(groupMove(keepingUp) >= MIN_GROUP_MOVE)) return null;
  return { share: keepingUp.cross / keepingUp.spread, standardError: (context.noiseSd ?? PRIOR_SD) / Math.sqrt(keepingUp.spread) };
}

/** How far the group moved over the look-back on the pupil's results (root mean square, 0..1). */
export const groupMove = (keepingUp: KeepingUp): number => (keepingUp.weight > 0 ? Math.sqrt(keepingUp.spread / keepingUp.weight) : 0);
