import type { GoalId, PupilKey, PupilRef } from '../../ids';
import type { Goal, LearningLine, Result } from '../../model';
import type { Estimate, EstimatorContext } from '../estimators/estimate';
import { groupContext } from '../estimators/group-context';
import { goalEstimators, type LineEstimatorOf } from './goal-estimators';
import { GROUP_SPREAD_MIN_PUPILS, groupSpreadOf, standsOut } from './group-spread';
import { growthEvidenceOf, noGrowthReasons, practisedGoals, practisedSince, shortfallOf, slowerReasons, type GoalEstimate } from './growth-reasons';
import { inactiveJudge, neverActiveJudge } from './inactive';
import { ownTrendOf } from './own-trend';
import { slopeGapsOf } from './own-slope';
import { keepingUpOf, shareKeptUp } from './keeping-up';
import { shortOfUsual, standingBefore, USUAL_GROWTH_RISING, usualGrowthOf } from './usual-growth';
import { indexResults, type PupilResults } from './results-index';
import { coursePaces, keptPaceOf } from './course-pace';
import { courseAgrees, growthJudged, standOutsOf } from './enough-evidence';
import { enoughResults } from './enough-results';
import { DEFAULT_RULE, type NeedsHelpRule } from './rule';
import type { Reason } from './reason';
import { WEEK_MS } from '../../time-units';

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
 *   goal listed is under `belowValue` (and not mastered) and grew less than `noGrowthBelow` itself (growth alone decides
 *   only where the group's growth cannot be told and, with `noGrowthAsksGroupMove`, fewer than GROUP_SPREAD_MIN_PUPILS
 *   of the group practised in the look-back: where more did and it still shows no growth, flat results are no evidence);
 * - inactive: no result for `inactiveSchoolDays` school days, standing out from the group (inactive.ts); or none at
 *   all, with `flagNeverActive`, once the group has practised that long (neverActiveJudge);
 * - stuck-while-others-master: `stuckMinResults` results on a goal without mastering it, `minResultsInWindow` of them in
 *   the look-back (the pupil still works on it), while at least
 *   `othersMasterShare` of the other pupils with evidence on it (at least `minOthersWithEvidence`) master it.
 * Low is not stuck: a pupil whose own results rise credibly over the look-back (`ownRiseCredible`, own-trend.ts) is
 * listed for neither of the growth reasons, however far below the group they are; nor is one whose share of the group's
 * growth is no more than `usualGrowthShortBy` standard errors below what is usual in the group for where they stood
 * before the look-back (usual-growth.ts). With `slopeBelowGroupBy` (off by default, decision 051), nor is one whose own
 * results, level aside, rise as much as the group's on the same goals in the same weeks (own-slope.ts).
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
  const refs = input.pupils.map((pupil) => pupil.ref);
  const index = indexResults(refs, input.results, nowMs);
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

  const inactiveDays = inactiveJudge(index.values(), nowMs, rule);
  const neverActive = rule.flagNeverActive && neverActiveJudge(index.values(), nowMs, rule);
  const expectedIds = expected.map((goal) => goal.id);
  const lookbackMs = rule.weeksOfPractice * WEEK_MS;
  // the group's course model: how sure it is that each pupil kept pace with the group in the look-back
  const paces =
    rule.courseSureKeptPace === null && rule.courseSureSlower === null && rule.courseSureSlowerToList === null
      ? null
      : coursePaces(refs, index, expectedIds, nowMs, rule.weeksOfPractice);
  const keptPace = (i: number) => {
    const pace = paces?.[i];
    return pace ? keptPaceOf(pace, rule.coursePaceShare) : null;
  };
  const surelyKept = (i: number) => rule.courseSureKeptPace !== null && (keptPace(i) ?? 0) >= rule.courseSureKeptPace;
  const surelySlower = (i: number) => rule.courseSureSlower !== null && 1 - (keptPace(i) ?? 1) >= rule.courseSureSlower;
  // listed for not learning only on enough evidence: the course model sure enough and, for growth, results from before the look-back
  const fitted = paces !== null && paces.some((pace) => pace !== null);
  const standOuts = fitted ? standOutsOf(rule, refs, index, expectedIds, nowMs, sinceMs) : null;
  const hasBefore = (ref: PupilRef) => (index.get(ref)?.times ?? []).some((time) => time <= sinceMs);
  // ...and with enough results in the look-back, against the group's median
  const enough = enoughResults(
    refs.map((ref) => index.get(ref)),
    sinceMs,
    rule.resultsShareToList,
  );
  // The growth evidence of every pupil first: whether one stands out depends on the group's spread.
  const judged = input.pupils.map((pupil, position) => {
    const entry = index.get(pupil.ref) as PupilResults;
    const row = mastery.get(pupil.ref) as Map<GoalId, Estimate>;
    // The level as the views show it, estimated once per goal: no growth and being stuck both quote it.
    const levels = new Map<GoalId, Estimate | null>();
    const levelOf: GoalEstimate = (goal, results) => {
      if (!levels.has(goal)) levels.set(goal, estimatorOf(goal)(results, level));
      return levels.get(goal) ?? null;
    };
    const ends = { level: levelOf, then: (goal: GoalId, results: readonly Result[]) => estimatorOf(goal)(results, earlier) };
    const growth = growthEvidenceOf(practisedGoals(expected, entry, row, ends, context, sinceMs, rule), context, rule);
    // low is not stuck: a pupil whose own results rise credibly is listed neither for not growing nor as stuck
    const trend =
      rule.ownRiseCredible === null && rule.usualGrowthShortBy === null ? null : ownTrendOf(entry.byGoal, expectedIds, context, sinceMs, nowMs);
    const risesOwn = rule.ownRiseCredible !== null && trend !== null && trend.slope >= rule.ownRiseCredible * trend.standardError;
    const rises = risesOwn || surelyKept(position);
    const standing = rule.usualGrowthShortBy === null ? null : standingBefore(entry.byGoal, expectedIds, context, sinceMs);
    const riseT = trend === null ? null : trend.slope / trend.standardError;
    return { pupil, entry, row, levelOf, growth, shortfall: shortfallOf(growth), rises, risesOwn, standing, riseT };
  });
  // growth as a change in the pupil's own results, against the group's on the same goals in the same weeks (own-slope.ts)
  const slopeGap =
    rule.slopeBelowGroupBy === null
      ? () => null
      : slopeGapsOf(
          judged.map(({ entry }) => entry.byGoal),
          expectedIds,
          context,
          sinceMs,
          nowMs,
        );
  const spread = groupSpreadOf(judged.flatMap(({ shortfall }) => (shortfall === null ? [] : [shortfall])));
  // what share of the group's growth is usual for a pupil who stood where they stood: learnt from the other pupils who visibly grow (usual-growth.ts)
  const points = judged.flatMap(({ growth, standing, riseT }, i) =>
    growth.kept && standing !== null && riseT !== null && riseT >= USUAL_GROWTH_RISING ? [{ i, standing, share: growth.kept.share }] : [],
  );
  const shortOf = ({ growth, standing }: (typeof judged)[number], i: number) =>
    growth.kept && rule.usualGrowthShortBy !== null && standing !== null
      ? shortOfUsual(growth.kept, standing, usualGrowthOf(points.filter((point) => point.i !== i)))
      : null;
  // Where enough of the group practised in the look-back to show what is usual and yet its growth cannot be told (a tool
  // whose scores stay flat whatever is learnt, or a group that stood still), a pupil's flat results are no evidence.
  const practising = judged.filter(({ growth }) => growth.practised.length > 0).length;
  const growthAloneDecides = !(rule.noGrowthAsksGroupMove && practising >= GROUP_SPREAD_MIN_PUPILS);
  const growthReasons = judged.map((pupil, i) => {
    if (!enough[i] || !growthJudged(rule, hasBefore(pupil.pupil.ref), paces?.[i], fitted, standOuts?.[i])) return [];
    // no growth only where the pupil's own results rise less than the group's do (not where they only stand lower)
    const gap = slopeGap(i);
    if (rule.slopeBelowGroupBy !== null && gap !== null && gap.below < rule.slopeBelowGroupBy) return [];
    const reasons = pupil.rises
      ? []
      : noGrowthReasons(pupil.growth, context, rule, standsOut(pupil.shortfall ?? 0, spread, rule.standOutBy), growthAloneDecides);
    // ...and short of what is usual in the group for where they stood
    const short = reasons.length > 0 ? shortOf(pupil, i) : null;
    const kept = short !== null && short < (rule.usualGrowthShortBy as number) ? [] : reasons;
    // ...or the group's course model is sure the pupil's own course broke off: far slower than the group's
    // (only for a pupil with results from before the look-back, as the growth reason asks: their own course before it)
    return kept.length === 0 && !pupil.risesOwn && hasBefore(pupil.pupil.ref) && surelySlower(i)
      ? slowerReasons(pupil.growth, paces?.[i]?.recent ?? 0, rule)
      : kept;
  });
  const listed = mostCredible(
    judged.map(({ shortfall }, i) => ((growthReasons[i] as Reason[]).length > 0 ? (shortfall ?? 0) : null)),
    rule.maxGrowthShare,
  );
  // Stuck on a goal only where the pupil does not grow on it: kept up with `keptUpBelow` of the group's
  // growth on it or, where that cannot be told, grew `noGrowthBelow` from their own results.
  const growsOn = (results: readonly Result[], goal: GoalId) => {
    const kept = shareKeptUp(keepingUpOf(results, goal, context, sinceMs, lookbackMs), context);
    if (kept && rule.keptUpBelow !== null) return kept.share >= rule.keptUpBelow;
    const [now, then] = [estimatorOf(goal)(results, context), estimatorOf(goal)(results, earlier)];
    return now !== null && then !== null && now.value - then.value >= rule.noGrowthBelow;
  };
  const entries: NeedsHelpEntry[] = [];
  for (const [i, { pupil, entry, row, levelOf, rises, growth }] of judged.entries()) {
    // ...nor keeps up with the group's growth on the practised goals together (one goal's evidence is thin)
    const keepsUp = rule.stuckAsksNoGrowth && rule.keptUpBelow !== null && growth.kept !== null && growth.kept.share >= rule.keptUpBelow;
    const reasons: Reason[] = [];
    if (entry.last === -Infinity) {
      if (neverActive) reasons.push({ kind: 'inactive', days: null, lastAt: null });
    } else {
      const days = inactiveDays(entry);
      if (days !== null) reasons.push({ kind: 'inactive', days, lastAt: new Date(entry.last).toISOString() });
    }
    if (listed.has(i)) reasons.push(...(growthReasons[i] as Reason[]));
    const ends = { level: levelOf };
    const stuck: Extract<Reason, { kind: 'stuck-while-others-master' }>[] = [];
    const learning = !rises && !keepsUp && enough[i] === true && courseAgrees(rule, paces?.[i], fitted, standOuts?.[i]);
    for (const [goal, value] of learning ? row : []) {
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
      if (rule.stuckAsksNoGrowth && growsOn(entry.byGoal.get(goal) ?? [], goal)) continue;
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
 * The pupils (by position) whose growth reason is listed: all that hold it, or, where more than `maxShare`
 * of the group would be listed, the ceil(maxShare x group) that fall furthest short of keeping up (a
 * large share of a group not growing speaks of the instruction or the data, not of one pupil).
 */
function mostCredible(shortfalls: readonly (number | null)[], maxShare: number | null): Set<number> {
  const holding = shortfalls.flatMap((value, i) => (value === null ? [] : [{ value, i }]));
  if (maxShare === null || holding.length <= Math.ceil(maxShare * shortfalls.length)) return new Set(holding.map(({ i }) => i));
  holding.sort((a, b) => b.value - a.value || a.i - b.i);
  return new Set(holding.slice(0, Math.ceil(maxShare * shortfalls.length)).map(({ i }) => i));
}

function byGoal(order: ReadonlyMap<string, number>, a: string, b: string): number {
  return (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}
