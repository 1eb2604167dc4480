import type { PupilKey } from '@/domain/ids';
import type { Goal, LearningLine, Level } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';

/** How many pupils of a group master one goal. */
export interface GoalCount {
  readonly goal: Goal;
  /** Pupils whose mastery of the goal has the status "mastered". */
  readonly masters: number;
  /** Pupils with any result on the goal. */
  readonly withEvidence: number;
  /** Pupils in the group. */
  readonly pupils: number;
}

/** One level of a line with its goals, in the line's order. */
export interface LevelGoals {
  readonly level: Level;
  readonly goals: readonly GoalCount[];
}

/** The line's goals grouped by level (levels by their order, goals by theirs), with master counts. */
export function goalsByLevel(line: LearningLine, rows: readonly ClassGridRow[]): LevelGoals[] {
  return [...line.levels]
    .sort((a, b) => a.order - b.order)
    .map((level) => ({
      level,
      goals: line.goals
        .filter((goal) => goal.level === level.id)
        .sort((a, b) => a.order - b.order)
        .map((goal) => {
          let masters = 0;
          let withEvidence = 0;
          for (const row of rows) {
            const mastery = row.goals[goal.id];
            if (!mastery) continue;
            withEvidence += 1;
            if (mastery.status === 'mastered') masters += 1;
          }
          return { goal, masters, withEvidence, pupils: rows.length };
        }),
    }))
    .filter((entry) => entry.goals.length > 0);
}

/** Goals mastered at one level, out of the level's goals. */
export interface LevelTally {
  readonly level: string;
  readonly mastered: number;
  readonly total: number;
}

/** Where a pupil stands on a line. */
export interface LinePosition {
  readonly key: PupilKey;
  /** Per level, in the line's level order. */
  readonly levels: readonly LevelTally[];
  /** The highest level where the pupil masters more than half of the goals; null when there is none. */
  readonly furthest: string | null;
}

/**
 * A pupil's position on a line: per level how many goals they master, and as position the
 * highest level at which they master more than half of the goals (a level below need not be done:
 * a pupil can be ahead on one strand). Null when no level is more than half mastered.
 */
export function positionOnLine(line: LearningLine, row: ClassGridRow): LinePosition {
  const levels = [...line.levels]
    .sort((a, b) => a.order - b.order)
    .map((level) => {
      const goals = line.goals.filter((goal) => goal.level === level.id);
      const mastered = goals.filter((goal) => row.goals[goal.id]?.status === 'mastered').length;
      return { level: level.id, mastered, total: goals.length };
    })
    .filter((tally) => tally.total > 0);
  let furthest: string | null = null;
  for (const tally of levels) if (tally.mastered * 2 > tally.total) furthest = tally.level;
  return { key: row.key, levels, furthest };
}

export { resultsBehindGoal } from '@/domain/progress/results-behind';
