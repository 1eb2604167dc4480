import type { GoalId } from '../../ids';
import type { LearningLine } from '../../model';
import type { Estimator } from '../estimators/estimate';
import { estimatorFor } from '../estimators/registry';

/** The method chosen per line; without one, the registry's default for every line. */
export type LineEstimatorOf = (line: LearningLine) => Estimator;

export const defaultLineEstimator: LineEstimatorOf = (line) => estimatorFor(line.id);

/**
 * The estimator per goal: that of the goal's line (a goal on several lines takes its last line's,
 * as in estimatedClassGrid); a goal on none of `lines` gets the registry's default.
 */
export function goalEstimators(lines: readonly LearningLine[], estimatorOf: LineEstimatorOf = defaultLineEstimator): (goal: GoalId) => Estimator {
  const byGoal = new Map<GoalId, Estimator>();
  for (const line of lines) {
    const estimator = estimatorOf(line);
    for (const goal of line.goals) byGoal.set(goal.id, estimator);
  }
  const fallback = estimatorFor('' as LearningLine['id']);
  return (goal) => byGoal.get(goal) ?? fallback;
}
