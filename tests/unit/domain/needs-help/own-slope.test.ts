/**
 * Growth as a change in a pupil's own results against the group's on the same goals and weeks (rule slopeBelowGroupBy,
 * own-slope.ts, decision 051): a weak pupil who grows as the group does is not listed for not growing, however far below
 * the group they stand; a pupil who stalls still is. The option is off in DEFAULT_RULE (decision 051: it cost the
 * alternative simulator a true stall); these tests switch it on.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { GoalId } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { slopeBelowGroup, slopeSumsByGoal } from '@/domain/progress/needs-help/own-slope';
import { WEEK_MS } from '@/domain/time-units';
import { GOAL, NOW, practice, pupil, result } from './fixtures';

const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const ON: Partial<NeedsHelpRule> = { slopeBelowGroupBy: 0 };
/** The growth condition without the other excuses (own rise, usual growth, course model, standing), so this one shows. */
const ALONE: Partial<NeedsHelpRule> = {
  ownRiseCredible: null,
  usualGrowthShortBy: null,
  courseSureKeptPace: null,
  courseSureSlower: null,
  courseSureSlowerToList: null,
  credibleBy: null,
};
const run = (pupils: number[], results: Result[], rule: Partial<NeedsHelpRule> = {}) =>
  needsHelp({ pupils: pupils.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule });
const listedForGrowth = (entries: ReturnType<typeof run>) =>
  entries.filter((entry) => entry.reasons.some((reason) => reason.kind === 'below-target-no-growth')).map((entry) => entry.key as number);
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const since = NOW.getTime() - 3 * WEEK_MS;

/** Results every 2 days over the last 20 on one goal, rising on the logit scale from `from` to `to`. */
const climb = (n: number, goal: GoalId, from: number, to: number) =>
  Array.from({ length: 11 }, (_, i) => result(n, goal, 20 - 2 * i, logistic(from + ((to - from) * i) / 10)));

// Before the look-back every pupil practised getallen (so their growth is judged); in it, verhoudingen is taught.
// Pupils 2..10 climb from -0.5 to 1.5 logits on it; pupil 1 climbs as much from -2.5 (far below the group, the same
// growth); pupil 11 stands where pupil 1 starts and stays there.
const before = (n: number, at: number) => practice(n, GOAL.getallen, { fromDaysAgo: 50, toDaysAgo: 22, every: 3, start: at });
const group = [2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((n) => [...before(n, 0.8), ...climb(n, GOAL.verhoudingen, -0.5 + 0.01 * n, 1.5)]);
const weakGrower = [...before(1, 0.5), ...climb(1, GOAL.verhoudingen, -2.5, -0.5)];
const stalled = [...before(11, 0.5), ...climb(11, GOAL.verhoudingen, -2.5, -2.5).map((r, i) => withScore(r, logistic(-2.5 + 0.05 * Math.sin(i))))];
const PUPILS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

function withScore(r: Result, scaled: number): Result {
  return { ...r, score: { raw: scaled * 100, min: 0, max: 100, scaled } };
}

const byGoal = (results: Result[]) => {
  const map = new Map<GoalId, Result[]>();
  for (const r of results) map.set(r.goals[0] as GoalId, [...(map.get(r.goals[0] as GoalId) ?? []), r]);
  return map;
};
const sumsOf = (results: Result[]) => slopeSumsByGoal(byGoal(results), Object.values(GOAL), { now: NOW }, since, NOW.getTime());
const groupSums = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => sumsOf(group.filter((r) => r.pupil === pupil(n).ref)));

describe('slopeBelowGroup: the pupil’s own slope against the group’s on the same goals', () => {
  it('finds a weak pupil who grows as the group does on the group’s slope, and a stalled one far below it', () => {
    const grower = slopeBelowGroup(sumsOf(weakGrower), groupSums, { now: NOW });
    // the pupil's level cancels: the same climb in logits (2 in 18 days) from far below
    expect(grower?.own.slope).toBeCloseTo(grower?.group.slope ?? 0, 1);
    expect(Math.abs(grower?.below ?? 9)).toBeLessThan(1);
    const flat = slopeBelowGroup(sumsOf(stalled), groupSums, { now: NOW });
    expect(Math.abs(flat?.own.slope ?? 9)).toBeLessThan(0.1);
    expect(flat?.below).toBeGreaterThan(2);
  });

  it('compares on the goals the pupil practised only, and says nothing without time between results', () => {
    // the group's results on another goal do not count
    const elsewhere = groupSums.map((sums) => new Map([...sums].map(([, value]) => [GOAL.meten, value])));
    expect(slopeBelowGroup(sumsOf(stalled), elsewhere, { now: NOW })).toBeNull();
    expect(slopeBelowGroup(sumsOf([result(1, GOAL.verhoudingen, 3, 0.4)]), groupSums, { now: NOW })).toBeNull();
  });
});

describe('needsHelp with slopeBelowGroupBy: low is not the same as not growing', () => {
  it('does not list a weak pupil who grows as the group does; still lists one who stalls', () => {
    const results = [...group, ...weakGrower, ...stalled];
    expect(listedForGrowth(run(PUPILS, results, { ...ALONE, ...ON }))).toEqual([11]);
    // without it the weak grower's distance below the group reads as missing growth
    expect(listedForGrowth(run(PUPILS, results, { ...ALONE }))).toEqual([1, 11]);
  });

  it('is off in DEFAULT_RULE', () => {
    expect(DEFAULT_RULE.slopeBelowGroupBy).toBeNull();
  });
});
