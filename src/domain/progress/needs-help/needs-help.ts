import type { GoalId, PupilKey, PupilRef } from '../../ids';
import type { Goal, LearningLine, Result } from '../../model';
import type { EstimatorContext } from '../estimators/estimate';
import { MASTERED_FROM, type Mastery } from '../mastery';
import { goalEstimators, type LineEstimatorOf } from './goal-estimators';
import { indexResults, type PupilResults } from './results-index';
import { DEFAULT_RULE, type NeedsHelpRule, type Reason } from './rule';
import { schoolDaysBetween } from './school-days';

const WEEK_MS = 7 * 86_400_000;

export interface NeedsHelpPupil {
  readonly key: PupilKey;
  readonly ref: PupilRef;
}

export interface NeedsHelpInput {
  /** The pupils to judge, usually one group: "others" in the third reason are these pupils. */
  readonly pupils: readonly NeedsHelpPupil[];
  readonly results: readonly Result[];
  readonly lines: readonly LearningLine[];
  /** The level the group works towards on a line (null: the line is not for this group). */
  readonly targetLevel: (line: LearningLine) => string | null;
  readonly now: Date | string;
  /**
   * The mastery method per line (the one the school chose, see estimatorFor): every reason measures
   * a goal with its line's method. Default: the registry's default for every line.
   */
  readonly estimatorOf?: LineEstimatorOf;
}

export interface NeedsHelpEntry {
  readonly key: PupilKey;
  readonly reasons: readonly Reason[];
}

/** Goals a pupil is expected to reach: those at or below the target level of each line that has one. */
export function expectedGoals(lines: readonly LearningLine[], targetLevel: (line: LearningLine) => string | null): Goal[] {
  return lines.flatMap((line) => {
    const target = line.levels.find((level) => level.id === targetLevel(line));
    if (!target) return [];
    const order = new Map(line.levels.map((level) => [level.id, level.order]));
    return line.goals.filter((goal) => (order.get(goal.level) ?? Infinity) <= target.order);
  });
}

/**
 * Who needs help now, and why. A pupil is listed with every reason that holds:
 * - below-target-no-growth: on an expected goal, under `belowValue` (and not mastered), practised for at least `weeksOfPractice`
 *   weeks (first result that long ago, `minResultsInWindow` results within it) and grown less than `noGrowthBelow`;
 * - inactive: no result for `inactiveSchoolDays` school days (or none at all, with `flagNeverActive`);
 * - stuck-while-others-master: `stuckMinResults` results on a goal without mastering it, while at least
 *   `othersMasterShare` of the other pupils with evidence on it (at least `minOthersWithEvidence`) master it.
 * Entries keep the order of `pupils`; pupils without a reason are left out.
 */
export function needsHelp(input: NeedsHelpInput, rule: NeedsHelpRule = DEFAULT_RULE): NeedsHelpEntry[] {
  const nowMs = new Date(input.now).getTime();
  const sinceMs = nowMs - rule.weeksOfPractice * WEEK_MS;
  const context: EstimatorContext = { now: new Date(nowMs), ...(rule.halfLifeDays ? { halfLifeDays: rule.halfLifeDays } : {}) };
  const estimatorOf = goalEstimators(input.lines, input.estimatorOf);
  const index = indexResults(input.pupils.map((pupil) => pupil.ref), input.results, nowMs);
  const expected = expectedGoals(input.lines, input.targetLevel);
  const goalOrder = new Map(input.lines.flatMap((line) => line.goals).map((goal, position) => [goal.id as string, position]));

  // Mastery now of every pupil x goal with evidence.
  const mastery = new Map<PupilRef, Map<GoalId, Mastery>>();
  for (const [ref, entry] of index) {
    const row = new Map<GoalId, Mastery>();
    for (const [goal, results] of entry.byGoal) {
      const value = estimatorOf(goal)(results, context);
      if (value) row.set(goal, value);
    }
    mastery.set(ref, row);
  }
  const masteredBy = new Map<GoalId, { mastered: number; withEvidence: number }>();
  for (const row of mastery.values()) {
    for (const [goal, value] of row) {
      const count = masteredBy.get(goal) ?? { mastered: 0, withEvidence: 0 };
      count.withEvidence += 1;
      if (value.status === 'mastered') count.mastered += 1;
      masteredBy.set(goal, count);
    }
  }

  const entries: NeedsHelpEntry[] = [];
  for (const pupil of input.pupils) {
    const entry = index.get(pupil.ref) as PupilResults;
    const row = mastery.get(pupil.ref) as Map<GoalId, Mastery>;
    const reasons: Reason[] = [];
    if (entry.last === -Infinity) {
      if (rule.flagNeverActive) reasons.push({ kind: 'inactive', days: null, lastAt: null });
    } else {
      const days = schoolDaysBetween(entry.last, nowMs);
      if (days >= rule.inactiveSchoolDays) reasons.push({ kind: 'inactive', days, lastAt: new Date(entry.last).toISOString() });
    }
    for (const goal of expected) {
      const now = row.get(goal.id);
      const results = entry.byGoal.get(goal.id) ?? [];
      if (!now || now.value >= Math.min(rule.belowValue, MASTERED_FROM)) continue;
      const times = results.map((result) => Date.parse(result.time));
      if (Math.min(...times) > sinceMs) continue;
      if (times.filter((time) => time > sinceMs).length < rule.minResultsInWindow) continue;
      const before = estimatorOf(goal.id)(results, { ...context, now: new Date(sinceMs) });
      if (!before) continue;
      const growth = now.value - before.value;
      if (growth < rule.noGrowthBelow) reasons.push({ kind: 'below-target-no-growth', goal: goal.id, weeks: rule.weeksOfPractice, value: now.value, growth, target: MASTERED_FROM });
    }
    const stuck: Extract<Reason, { kind: 'stuck-while-others-master' }>[] = [];
    for (const [goal, value] of row) {
      if (value.status === 'mastered' || value.evidence < rule.stuckMinResults) continue;
      const count = masteredBy.get(goal) ?? { mastered: 0, withEvidence: 0 };
      // The pupil is not mastered, so the others are everyone else with evidence.
      const others = count.withEvidence - 1;
      if (others < rule.minOthersWithEvidence) continue;
      const share = count.mastered / others;
      if (share >= rule.othersMasterShare) stuck.push({ kind: 'stuck-while-others-master', goal, value: value.value, groupShareMastered: share });
    }
    stuck.sort((a, b) => byGoal(goalOrder, a.goal, b.goal));
    reasons.push(...stuck);
    if (reasons.length > 0) entries.push({ key: pupil.key, reasons });
  }
  return entries;
}

function byGoal(order: ReadonlyMap<string, number>, a: string, b: string): number {
  return (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}
