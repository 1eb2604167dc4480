/**
 * Enough results in the look-back to be judged on learning, against the group's own median (enough-results.ts,
 * docs/decisions/033).
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { enoughResults } from '@/domain/progress/needs-help/enough-results';
import type { PupilResults } from '@/domain/progress/needs-help/results-index';
import { GOAL, NOW, practice, pupil } from './fixtures';

const DAY = 86_400_000;
/** A pupil with `count` results in the look-back (after day 0) and two before it. */
const withResults = (count: number): PupilResults => ({
  byGoal: new Map(),
  last: count,
  times: [-2 * DAY, -DAY, ...Array.from({ length: count }, (_, i) => (i + 1) * DAY)],
});

describe('enoughResults', () => {
  it('asks a share of the group’s median number of results in the look-back, not a fixed number', () => {
    expect(enoughResults([10, 12, 8, 2, 3].map(withResults), 0, 0.3)).toEqual([true, true, true, false, true]);
    // a school whose tools report little asks little
    expect(enoughResults([3, 2, 4, 1].map(withResults), 0, 0.3)).toEqual([true, true, true, true]);
    expect(
      enoughResults(
        [10, 12, 0, undefined].map((n) => (n === undefined ? undefined : withResults(n))),
        0,
        0.3,
      ),
    ).toEqual([true, true, false, false]);
  });

  it('asks nothing where the rule does not', () => {
    expect(enoughResults([10, 0].map(withResults), 0, null)).toEqual([true, true]);
  });
});

describe('needsHelp: a handful of results is not a stall', () => {
  const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
  const GROUP = [1, 2, 3, 4, 5, 6, 7, 8];
  // pupils 2..8 grow from about 0.2 to 0.7 over 60 days, a result every other day
  const others = GROUP.slice(1).flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: 60, every: 2, start: 0.2 + 0.01 * n, end: 0.7 }));
  const before = practice(1, GOAL.getallen, { fromDaysAgo: 60, toDaysAgo: 30, every: 2, start: 0.2, end: 0.4 });
  const run = (own: Result[], rule: Partial<NeedsHelpRule> = {}) =>
    needsHelp(
      { pupils: GROUP.map(pupil), results: [...others, ...before, ...own], lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW },
      { ...DEFAULT_RULE, ...rule },
    ).map((entry) => entry.key as number);

  it('lists a pupil who stalled with as many results as the group, and not one with two where the group has ten', () => {
    expect(run(practice(1, GOAL.getallen, { fromDaysAgo: 20, every: 2, start: 0.4 }))).toEqual([1]);
    const handful = practice(1, GOAL.getallen, { fromDaysAgo: 20, every: 15, start: 0.4 });
    expect(run(handful)).toEqual([]);
    expect(run(handful, { resultsShareToList: null })).toEqual([1]);
  });
});
