/**
 * The needs-help rule's safeguards against data that look otherwise than expected (decision 006, the
 * outside check and the alternative simulator): bursty practice does not make pupils "inactive", a
 * pupil growing on a goal is not "stuck" on it, and no more than a fifth of a group is listed for
 * not growing.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { groupSpreadOf, standsOut } from '@/domain/progress/needs-help/group-spread';
import { GOAL, NOW, practice, pupil, result } from './fixtures';

const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const run = (pupils: number[], results: Result[], rule: Partial<NeedsHelpRule> = {}) =>
  needsHelp({ pupils: pupils.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule });
const listedFor = (entries: ReturnType<typeof run>, kind: string) =>
  entries.filter((entry) => entry.reasons.some((reason) => reason.kind === kind)).map((entry) => entry.key as number);
const TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('needsHelp: inactive only where a quiet spell stands out', () => {
  it('does not list half a group that went quiet for 12 school days (longer than 90% of the group is asked)', () => {
    // NOW is Friday 3 July: 16 days ago is 12 school days
    const results = TEN.map((n) => result(n, GOAL.getallen, n <= 5 ? 16 : 1, 0.6));
    expect(listedFor(run(TEN, results, { inactiveOwnRhythm: false }), 'inactive')).toEqual([]);
    expect(listedFor(run(TEN, results, { inactiveGroupShare: null, inactiveOwnRhythm: false }), 'inactive')).toEqual([1, 2, 3, 4, 5]);
    // one pupil quiet among nine active ones still stands out
    const one = TEN.map((n) => result(n, GOAL.getallen, n === 1 ? 16 : 1, 0.6));
    expect(listedFor(run(TEN, one), 'inactive')).toEqual([1]);
  });

  it('does not list a pupil whose quiet spell is no longer than one they had before (their own rhythm)', () => {
    // results 44 and 21 days ago (a quiet spell of 17 school days between them), now quiet for 12
    const bursty = [result(1, GOAL.getallen, 44, 0.6), result(1, GOAL.getallen, 21, 0.6), result(1, GOAL.getallen, 16, 0.6)];
    expect(run([1], bursty)).toEqual([]);
    expect(listedFor(run([1], bursty, { inactiveOwnRhythm: false }), 'inactive')).toEqual([1]);
    const steady = [result(1, GOAL.getallen, 20, 0.6), result(1, GOAL.getallen, 18, 0.6), result(1, GOAL.getallen, 16, 0.6)];
    expect(listedFor(run([1], steady), 'inactive')).toEqual([1]);
  });
});

describe('needsHelp: inactive only when quiet twice as long as the group’s long quiet spells', () => {
  // pupils 4..10 practised yesterday, pupils 2 and 3 last 9 days ago (7 school days): the group's long quiet spells
  const group = TEN.slice(1).flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: 40, toDaysAgo: n <= 3 ? 9 : 1, every: 1, start: 0.6 }));
  it('does not list a pupil quiet for 12 school days, a little longer than the group’s long spells of 7', () => {
    const quiet = practice(1, GOAL.getallen, { fromDaysAgo: 40, toDaysAgo: 16, every: 1, start: 0.6 });
    expect(listedFor(run(TEN, [...group, ...quiet]), 'inactive')).toEqual([]);
    expect(listedFor(run(TEN, [...group, ...quiet], { inactiveGroupMargin: 1 }), 'inactive')).toEqual([1]);
  });
  it('lists a pupil quiet for 14 school days or more, twice the group’s long spells', () => {
    const quieter = practice(1, GOAL.getallen, { fromDaysAgo: 40, toDaysAgo: 18, every: 1, start: 0.6 });
    expect(listedFor(run(TEN, [...group, ...quieter]), 'inactive')).toEqual([1]);
  });
});

describe('needsHelp: stuck on a goal only without growth on it', () => {
  const masters = [1, 2, 3].flatMap((n) => practice(n, GOAL.verhoudingen, { fromDaysAgo: 10, every: 2, start: 0.9 }));
  it('does not list a pupil who climbs fast on the goal others master, but does list one who stays put', () => {
    const climbing = practice(9, GOAL.verhoudingen, { fromDaysAgo: 30, every: 2, start: 0.1, end: 0.6 });
    expect(listedFor(run([1, 2, 3, 9], [...masters, ...climbing]), 'stuck-while-others-master')).toEqual([]);
    expect(
      listedFor(run([1, 2, 3, 9], [...masters, ...climbing], { stuckAsksNoGrowth: false, ownRiseCredible: null }), 'stuck-while-others-master'),
    ).toEqual([9]);
    // either safeguard alone keeps the climbing pupil off the list
    expect(listedFor(run([1, 2, 3, 9], [...masters, ...climbing], { stuckAsksNoGrowth: false }), 'stuck-while-others-master')).toEqual([]);
    expect(listedFor(run([1, 2, 3, 9], [...masters, ...climbing], { ownRiseCredible: null }), 'stuck-while-others-master')).toEqual([]);
    const flat = practice(9, GOAL.verhoudingen, { fromDaysAgo: 30, every: 2, start: 0.5 });
    expect(listedFor(run([1, 2, 3, 9], [...masters, ...flat]), 'stuck-while-others-master')).toEqual([9]);
  });
});

describe('needsHelp: at most a fifth of a group listed for not growing', () => {
  it('lists the pupils furthest short of keeping up when more would be listed', () => {
    // pupils 5..10 grow from 0.2 to 0.7; pupils 1..4 stall, 1 and 2 from the start, 3 and 4 halfway
    const results = TEN.flatMap((n) =>
      n > 4
        ? practice(n, GOAL.getallen, { fromDaysAgo: 60, every: 2, start: 0.2 + 0.01 * n, end: 0.7 })
        : n <= 2
          ? practice(n, GOAL.getallen, { fromDaysAgo: 60, every: 2, start: 0.2 })
          : [
              ...practice(n, GOAL.getallen, { fromDaysAgo: 60, toDaysAgo: 30, every: 2, start: 0.2, end: 0.3 }),
              ...practice(n, GOAL.getallen, { fromDaysAgo: 28, every: 2, start: 0.3 }),
            ],
    );
    const unlimited = listedFor(run(TEN, results, { maxGrowthShare: null }), 'below-target-no-growth');
    expect(unlimited).toEqual([1, 2, 3, 4]);
    expect(listedFor(run(TEN, results), 'below-target-no-growth')).toEqual([1, 2]);
  });
});

describe("the group's spread of shortfalls (standOutBy)", () => {
  it('is robust to a few outliers and at least one standard error; a pupil stands out only beyond it', () => {
    const spread = groupSpreadOf([0, 0.5, -0.5, 1, -1, 0.2, -0.2, 9, 10]);
    expect(spread?.center).toBe(0.2);
    expect(spread?.spread).toBeGreaterThanOrEqual(1);
    expect(spread?.spread).toBeLessThan(1.3);
    expect(standsOut(9, spread, 3)).toBe(true);
    expect(standsOut(2, spread, 3)).toBe(false);
    expect(groupSpreadOf([1, 2, 3])).toBeNull();
    expect(standsOut(2, null, 3)).toBe(true);
  });
});
