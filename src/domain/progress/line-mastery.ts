import type { Goal, LearningLine } from '../model';
import { statusOf, type Mastery, type MasteryStatus } from './mastery';

export interface LineMastery {
  /** Mean mastery over the line's goals the pupil has evidence for (null: none). */
  readonly value: number | null;
  readonly status: MasteryStatus;
  readonly evidence: number;
  readonly goalsWithEvidence: number;
  readonly goalsMastered: number;
}

/** Evidence a goal's mastery counts with in the line mean: more results count more, up to this cap. */
const EVIDENCE_CAP = 5;

/**
 * A pupil's mastery of a line: the mean of their goal masteries on it, each weighted by its
 * evidence (capped, so one much-practised goal does not hide the others). Only goals with evidence count.
 */
export function lineMasteryOf(goals: readonly Goal[], masteryOfGoal: (goal: Goal) => Mastery | null): LineMastery {
  let sumW = 0;
  let sumWV = 0;
  let evidence = 0;
  let goalsWithEvidence = 0;
  let goalsMastered = 0;
  for (const goal of goals) {
    const mastery = masteryOfGoal(goal);
    if (!mastery) continue;
    const weight = Math.min(mastery.evidence, EVIDENCE_CAP);
    sumW += weight;
    sumWV += weight * mastery.value;
    evidence += mastery.evidence;
    goalsWithEvidence += 1;
    if (mastery.status === 'mastered') goalsMastered += 1;
  }
  const value = sumW === 0 ? null : sumWV / sumW;
  return { value, status: statusOf(value, evidence), evidence, goalsWithEvidence, goalsMastered };
}

/** Goals of a line, optionally only those of one level. */
export const goalsOf = (line: LearningLine, level?: string | null): readonly Goal[] =>
  level ? line.goals.filter((goal) => goal.level === level) : line.goals;
