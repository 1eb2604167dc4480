import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { lineId } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { ESTIMATORS, estimatorFor, type EstimatorName, type LineEstimatorChoices } from '@/domain/progress/estimators/registry';
import { DEFAULT_RULE, goalEstimators, instructionGroups, needsHelp } from '@/domain/progress/needs-help';
import { GOAL, NOW, practice, pupil, result } from './fixtures';

const choose = (line: string, name: EstimatorName): LineEstimatorChoices => ({ [lineId(line)]: name });
const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const run = (pupils: number[], results: Result[], choices?: LineEstimatorChoices) =>
  needsHelp(
    {
      pupils: pupils.map(pupil),
      results,
      lines: BUILT_IN_LINES,
      targetLevel: groep5,
      now: NOW,
      ...(choices ? { estimatorOf: (line: LearningLine) => estimatorFor(line.id, choices) } : {}),
    },
    DEFAULT_RULE,
  );
const flagged = (entries: ReturnType<typeof run>) => entries.map((entry) => [entry.key, entry.reasons.map((reason) => reason.kind)]);

describe('needsHelp with the method chosen per line', () => {
  // Three pupils master verhoudingen; pupil 9 scored 90% once between four attempts at 50%.
  const masters = [1, 2, 3].flatMap((n) => practice(n, GOAL.verhoudingen, { fromDaysAgo: 10, every: 2, start: 0.9 }));
  const lucky = [
    result(9, GOAL.verhoudingen, 9, 0.5),
    result(9, GOAL.verhoudingen, 7, 0.9),
    result(9, GOAL.verhoudingen, 5, 0.5),
    result(9, GOAL.verhoudingen, 3, 0.5),
    result(9, GOAL.verhoudingen, 1, 0.5),
  ];

  it('flags a different pupil when the line counts the highest score instead of the default', () => {
    expect(flagged(run([1, 2, 3, 9], [...masters, ...lucky]))).toEqual([[9, ['stuck-while-others-master']]]);
    expect(flagged(run([1, 2, 3, 9], [...masters, ...lucky], choose('rekenen', 'highest')))).toEqual([]);
    // A choice for another line changes nothing here.
    expect(flagged(run([1, 2, 3, 9], [...masters, ...lucky], choose('programmeren', 'highest')))).toEqual([[9, ['stuck-while-others-master']]]);
  });

  it('measures growth with the chosen method: by the latest result a recent jump is growth, by the plain average it is not', () => {
    // Five weeks at 30%, then 50% in the last days.
    const results = [
      ...practice(1, GOAL.getallen, { fromDaysAgo: 50, toDaysAgo: 5, start: 0.3 }),
      result(1, GOAL.getallen, 3, 0.5),
      result(1, GOAL.getallen, 1, 0.5),
    ];
    expect(flagged(run([1], results, choose('rekenen', 'latest')))).toEqual([]);
    const byAverage = run([1], results, choose('rekenen', 'average'));
    expect(flagged(byAverage)).toEqual([[1, ['below-target-no-growth']]]);
    const [reason] = byAverage[0]?.reasons ?? [];
    if (reason?.kind !== 'below-target-no-growth') throw new Error('expected a growth reason');
    expect(reason.growth).toBeGreaterThan(0);
    expect(reason.growth).toBeLessThan(DEFAULT_RULE.noGrowthBelow);
  });

  it('the decaying average gives the needs-help numbers of before (masteryOf, 28-day half-life)', () => {
    const stalled = practice(1, GOAL.getallen, { fromDaysAgo: 50, start: 0.4, end: 0.44 });
    const [reason] = run([1], stalled, choose('rekenen', 'decayingAverage'))[0]?.reasons ?? [];
    if (reason?.kind !== 'below-target-no-growth') throw new Error('expected a growth reason');
    const decaying = ESTIMATORS.decayingAverage;
    const now = decaying(stalled, { now: NOW });
    const before = decaying(stalled, { now: new Date(NOW.getTime() - DEFAULT_RULE.weeksOfPractice * 7 * 86_400_000) });
    expect(reason.value).toBe(now?.value);
    expect(reason.growth).toBe((now?.value ?? 0) - (before?.value ?? 0));
  });
});

describe('instructionGroups with the method chosen per line', () => {
  it('groups by the weakest goal as the chosen method sees it', () => {
    const goals1f = REKENEN_LINE.goals.filter((goal) => goal.level === '1f');
    // Pupils 1 and 2: getallen once 80% then 40% twice; verhoudingen steady at 50%.
    const results = [1, 2].flatMap((n) => [
      result(n, GOAL.getallen, 5, 0.8),
      result(n, GOAL.getallen, 3, 0.4),
      result(n, GOAL.getallen, 1, 0.4),
      result(n, GOAL.verhoudingen, 5, 0.5),
      result(n, GOAL.verhoudingen, 3, 0.5),
      result(n, GOAL.verhoudingen, 1, 0.5),
    ]);
    const groupsWith = (choices: LineEstimatorChoices) =>
      instructionGroups([1, 2].map(pupil), results, goals1f, {
        now: NOW,
        weakest: 1,
        estimatorOf: goalEstimators(BUILT_IN_LINES, (line) => estimatorFor(line.id, choices)),
      }).groups;
    expect(groupsWith(choose('rekenen', 'latest'))).toEqual([{ goal: GOAL.getallen, pupils: [1, 2] }]);
    expect(groupsWith(choose('rekenen', 'highest'))).toEqual([{ goal: GOAL.verhoudingen, pupils: [1, 2] }]);
  });
});
