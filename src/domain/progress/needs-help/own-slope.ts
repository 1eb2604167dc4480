import type { GoalId } from '../../ids';
import type { Result } from '../../model';
import { PRIOR_SD, type EstimatorContext } from '../estimators/estimate';
import { addSums, NO_SUMS, slopeOf, withinSums, type Slope, type SlopeSums } from './within-sums';

export type { SlopeSums } from './within-sums';

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

/**
 * Growth as a change in a pupil's OWN results over the look-back, against the group's on the same goals in
 * the same weeks (docs/decisions/051). Each result on the logit scale (SLOPE_LOGIT_CUT); per (goal, source) the
 * pupil's results are centred on their own mean there, so where the pupil stands (their level, a goal's difficulty, a source's scale) cancels; what is left
 * is how their results move with time, pooled over all their goals and sources into one slope per week
 * (weight: the source's reliability). The group's slope is pooled the same way over the other pupils' results
 * on the goals this pupil practised. A weak pupil who grows as the group does has the group's slope, however
 * far below it they stand; a pupil who stalls has none.
 */
/** Per goal, the pupil's within-(goal, source) sums over the results after `sinceMs` up to `nowMs`, on the logit scale. */
export function slopeSumsByGoal(
  byGoal: ReadonlyMap<GoalId, readonly Result[]>,
  goals: Iterable<GoalId>,
  context: EstimatorContext,
  sinceMs: number,
  nowMs: number,
): Map<GoalId, SlopeSums> {
  const out = new Map<GoalId, SlopeSums>();
  for (const goal of goals) {
    const sums = withinSums([[goal, byGoal.get(goal) ?? []]], logitOf, context, sinceMs, nowMs);
    if (sums.pairs > 0) out.set(goal, sums);
  }
  return out;
}

/** A slope on the logit scale: the sources' noise, measured on 0..1, is at least LOGIT_PER_SHARE times as large there (at 0.5). */
const logitSlopeOf = (sums: SlopeSums, context: EstimatorContext): Slope | null => slopeOf(sums, LOGIT_PER_SHARE * (context.noiseSd ?? PRIOR_SD));

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
  const pupil = logitSlopeOf(mine, context);
  const group = logitSlopeOf(theirs, context);
  if (pupil === null || group === null) return null;
  return { own: pupil, group, below: (group.slope - pupil.slope) / Math.hypot(pupil.standardError, group.standardError) };
}

/** Per pupil (by index in `byGoals`) how far their own slope lies below the others' on the goals they practised (slopeBelowGroup). */
export function slopeGapsOf(
  byGoals: readonly ReadonlyMap<GoalId, readonly Result[]>[],
  goals: Iterable<GoalId>,
  context: EstimatorContext,
  sinceMs: number,
  nowMs: number,
): (pupil: number) => ReturnType<typeof slopeBelowGroup> {
  const goalList = [...goals];
  const sums = byGoals.map((byGoal) => slopeSumsByGoal(byGoal, goalList, context, sinceMs, nowMs));
  return (pupil) =>
    slopeBelowGroup(
      sums[pupil] ?? new Map(),
      sums.filter((_, other) => other !== pupil),
      context,
    );
}
