import type { GoalId, PupilKey, PupilRef } from '../../ids';
import type { Goal, LearningLine, Result } from '../../model';
import type { Estimate, EstimatorContext } from '../estimators/estimate';
import { groupContext } from '../estimators/group-context';
import { MASTERED_FROM, shownValue } from '../mastery';
import { addBehind, behindGroupOf, behindOf, NO_BEHIND, type Behind } from './behind-group';
import { goalEstimators, type LineEstimatorOf } from './goal-estimators';
import { addKeepingUp, groupMove, keepingUpOf, NO_KEEPING_UP, shareKeptUp, type KeepingUp } from './keeping-up';
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
  /**
   * The group's context now, when the caller already has it (it also asks for the instruction
   * groups): groupContext(results, now, { halfLifeDays }) without followGroup. Default: that.
   */
  readonly context?: EstimatorContext;
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
 * - below-target-no-growth: the expected goals the pupil practised in the last `weeksOfPractice` weeks (evidence from
 *   before the look-back and `minResultsInWindow` results within it) grew less than `noGrowthBelow` taken together
 *   (each goal's growth weighed by how well it is known: 1 / (uncertainty now^2 + uncertainty then^2)), and each
 *   goal listed is under `belowValue` (and not mastered) and grew less than `noGrowthBelow` itself;
 * - inactive: no result for `inactiveSchoolDays` school days (or none at all, with `flagNeverActive`);
 * - stuck-while-others-master: `stuckMinResults` results on a goal without mastering it, `minResultsInWindow` of them in
 *   the look-back (the pupil still works on it), while at least
 *   `othersMasterShare` of the other pupils with evidence on it (at least `minOthersWithEvidence`) master it.
 * Entries keep the order of `pupils`; pupils without a reason are left out.
 */
export function needsHelp(input: NeedsHelpInput, rule: NeedsHelpRule = DEFAULT_RULE): NeedsHelpEntry[] {
  const nowMs = new Date(input.now).getTime();
  const sinceMs = nowMs - rule.weeksOfPractice * WEEK_MS;
  // Calibration and goal priors from the group's own results, each end from what it could see then;
  // growth from the pupil's own results (no followGroup), so a pupil who stalls does not grow with the group.
  // Whether a goal is below the target, and the value quoted, use the level every view shows (it follows the group).
  const options = rule.halfLifeDays ? { halfLifeDays: rule.halfLifeDays } : {};
  const context: EstimatorContext = input.context ?? groupContext(input.results, new Date(nowMs), options);
  const level: EstimatorContext = { ...context, followGroup: true };
  const earlier: EstimatorContext = groupContext(input.results, new Date(sinceMs), options);
  const estimatorOf = goalEstimators(input.lines, input.estimatorOf);
  const index = indexResults(
    input.pupils.map((pupil) => pupil.ref),
    input.results,
    nowMs,
  );
  const expected = expectedGoals(input.lines, input.targetLevel);
  const goalOrder = new Map(input.lines.flatMap((line) => line.goals).map((goal, position) => [goal.id as string, position]));

  // Mastery now of every pupil x goal with evidence, from the pupil's own results (growth and being stuck).
  const mastery = new Map<PupilRef, Map<GoalId, Estimate>>();
  for (const [ref, entry] of index) {
    const row = new Map<GoalId, Estimate>();
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

  const inactiveFrom = inactiveThreshold(index.values(), nowMs, rule);
  const entries: NeedsHelpEntry[] = [];
  for (const pupil of input.pupils) {
    const entry = index.get(pupil.ref) as PupilResults;
    const row = mastery.get(pupil.ref) as Map<GoalId, Estimate>;
    const reasons: Reason[] = [];
    if (entry.last === -Infinity) {
      if (rule.flagNeverActive) reasons.push({ kind: 'inactive', days: null, lastAt: null });
    } else {
      const days = schoolDaysBetween(entry.last, nowMs);
      if (days >= inactiveFrom) reasons.push({ kind: 'inactive', days, lastAt: new Date(entry.last).toISOString() });
    }
    // The level as the views show it, estimated once per goal: no growth and being stuck both quote it.
    const levels = new Map<GoalId, Estimate | null>();
    const levelOf: GoalEstimate = (goal, results) => {
      if (!levels.has(goal)) levels.set(goal, estimatorOf(goal)(results, level));
      return levels.get(goal) ?? null;
    };
    const ends = { level: levelOf, then: (goal: GoalId, results: readonly Result[]) => estimatorOf(goal)(results, earlier) };
    reasons.push(...noGrowthReasons(practisedGoals(expected, entry, row, ends, context, sinceMs, rule), context, rule));
    const stuck: Extract<Reason, { kind: 'stuck-while-others-master' }>[] = [];
    for (const [goal, value] of row) {
      if (
        value.status === 'mastered' ||
        value.evidence < rule.stuckMinResults ||
        !practisedSince(entry.byGoal.get(goal), sinceMs, rule.minResultsInWindow)
      )
        continue;
      const count = masteredBy.get(goal) ?? { mastered: 0, withEvidence: 0 };
      // The pupil is not mastered, so the others are everyone else with evidence.
      const others = count.withEvidence - 1;
      if (others < rule.minOthersWithEvidence) continue;
      const share = count.mastered / others;
      if (share < rule.othersMasterShare) continue;
      // Quoted (and not listed when mastered) at the level the views show for the pupil.
      const shown = ends.level(goal, entry.byGoal.get(goal) ?? []);
      if (shown && shown.status !== 'mastered')
        stuck.push({ kind: 'stuck-while-others-master', goal, value: shown.value, groupShareMastered: share });
    }
    stuck.sort((a, b) => byGoal(goalOrder, a.goal, b.goal));
    reasons.push(...stuck);
    if (reasons.length > 0) entries.push({ key: pupil.key, reasons });
  }
  return entries;
}

/**
 * School days without a result from which a pupil counts as inactive: the rule's `inactiveSchoolDays`,
 * or, where the group's results come in more sparsely, INACTIVE_GROUP_FACTOR times the school days
 * since the last result of the group's median pupil: where a source delivers once a week, two quiet
 * weeks are usual and do not single a pupil out (the outside check of decision 006 saw a third of a
 * group listed that way).
 */
function inactiveThreshold(pupils: Iterable<PupilResults>, nowMs: number, rule: NeedsHelpRule): number {
  const days = [...pupils].filter((entry) => entry.last > -Infinity).map((entry) => schoolDaysBetween(entry.last, nowMs));
  if (days.length < INACTIVE_GROUP_MIN_PUPILS) return rule.inactiveSchoolDays;
  const sorted = days.sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  return Math.max(rule.inactiveSchoolDays, INACTIVE_GROUP_FACTOR * median);
}

/** How many times the group's median quiet spell a pupil's must be to stand out as inactive. */
export const INACTIVE_GROUP_FACTOR = 4;
/** Pupils with results needed before the group's quiet spell says what is usual. */
const INACTIVE_GROUP_MIN_PUPILS = 8;

/** At least `count` results after `sinceMs`: the pupil works on the goal in the look-back. */
const practisedSince = (results: readonly Result[] = [], sinceMs: number, count: number) =>
  results.filter((result) => Date.parse(result.time) > sinceMs).length >= count;

function byGoal(order: ReadonlyMap<string, number>, a: string, b: string): number {
  return (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

interface Practised {
  readonly goal: GoalId;
  /** The level now, as the views show it (follows the group). */
  readonly level: Estimate;
  /** From the pupil's own results: now minus then; null without evidence from before the look-back. */
  readonly growth: number | null;
  /** How well the growth is known: 1 / (uncertainty now^2 + uncertainty then^2). */
  readonly weight: number;
  /** How far the pupil's results on it in the look-back lie below the group's (behindGroupOf). */
  readonly behind: Behind;
  /** How much of the group's growth on it the pupil kept up with (keepingUpOf). */
  readonly keepingUp: KeepingUp;
}

/** Uncertainties below this count as this, so no goal's weight is infinite. */
const MIN_UNCERTAINTY = 0.01;

type GoalEstimate = (goal: GoalId, results: readonly Result[]) => Estimate | null;

/**
 * The expected goals practised in the look-back: with evidence from before it, their growth from the
 * pupil's own results (`row` now, `ends.then` at the start of the look-back) and its weight, and their
 * level as the views show it (`ends.level`).
 */
function practisedGoals(
  expected: readonly Goal[],
  entry: PupilResults,
  row: ReadonlyMap<GoalId, Estimate>,
  ends: { readonly level: GoalEstimate; readonly then: GoalEstimate },
  context: EstimatorContext,
  sinceMs: number,
  rule: NeedsHelpRule,
): Practised[] {
  return expected.flatMap((goal) => {
    const now = row.get(goal.id);
    const results = entry.byGoal.get(goal.id) ?? [];
    if (!now || !practisedSince(results, sinceMs, rule.minResultsInWindow)) return [];
    const before = ends.then(goal.id, results);
    const level = ends.level(goal.id, results);
    if (!level) return [];
    // A goal first practised in the look-back has no growth of its own, but shows whether the pupil keeps up with the group.
    const weight = before ? 1 / (Math.max(MIN_UNCERTAINTY, now.uncertainty) ** 2 + Math.max(MIN_UNCERTAINTY, before.uncertainty) ** 2) : 0;
    return [
      {
        goal: goal.id,
        level,
        growth: before ? now.value - before.value : null,
        weight,
        behind: behindGroupOf(results, goal.id, context, sinceMs),
        keepingUp: keepingUpOf(results, goal.id, context, sinceMs, rule.weeksOfPractice * WEEK_MS),
      },
    ];
  });
}

/**
 * Not keeping up: where the group's growth on the practised goals can be told, the pupil kept up with
 * less than `keptUpBelow` of it, together and credibly (`keptUpCredible` standard errors below 1);
 * elsewhere no growth over them together and, when the rule asks it and the group's level could be
 * compared, behind the group on them together. Listed: each of them below the target that did not keep
 * up (or grow) itself, or, when none of them alone shows it, the one that kept up least.
 */
function noGrowthReasons(practised: readonly Practised[], context: EstimatorContext, rule: NeedsHelpRule): Reason[] {
  if (practised.length === 0) return [];
  const pooled = practised.reduce((sum, item) => addKeepingUp(sum, item.keepingUp), NO_KEEPING_UP);
  const kept = rule.keptUpBelow === null ? null : shareKeptUp(pooled, context);
  const behind = behindOf(practised.reduce((sum, item) => addBehind(sum, item.behind), NO_BEHIND));
  const weights = practised.reduce((sum, item) => sum + item.weight, 0);
  const together = weights > 0 ? practised.reduce((sum, item) => sum + item.weight * (item.growth ?? 0), 0) / weights : null;
  if (kept && rule.keptUpBelow !== null) {
    if (!(kept.share < rule.keptUpBelow && (1 - kept.share) / kept.standardError >= rule.keptUpCredible)) return [];
    // lower than the group, but growing as it does: behind, not stuck
    if (together !== null && together >= rule.ownGrowthKeptUp * groupMove(pooled)) return [];
  } else {
    if (together === null || !(together < rule.noGrowthBelow)) return [];
    if (rule.behindGroupBy !== null && behind !== null && behind < rule.behindGroupBy) return [];
  }
  // judged on the value as shown (whole percent), so a goal shown at 55% is not listed as below 55%
  const below = practised.filter((item) => shownValue(item.level.value) < Math.min(rule.belowValue, MASTERED_FROM));
  const keptOn = (item: Practised) => shareKeptUp(item.keepingUp, context)?.share ?? null;
  const lagging = below.filter((item) => {
    const share = kept && rule.keptUpBelow !== null ? keptOn(item) : null;
    return share === null ? item.growth !== null && item.growth < rule.noGrowthBelow : share < (rule.keptUpBelow as number);
  });
  const weakest = [...below].sort((a, b) => (keptOn(a) ?? 1) - (keptOn(b) ?? 1)).slice(0, 1);
  return (lagging.length > 0 ? lagging : kept ? weakest : []).map((item) => ({
    kind: 'below-target-no-growth',
    goal: item.goal,
    weeks: rule.weeksOfPractice,
    value: item.level.value,
    growth: item.growth,
    target: MASTERED_FROM,
    behindGroup: behindOf(item.behind),
    keptUp: kept ? kept.share : null,
  }));
}
