/**
 * Where a pupil stands in the group across goals (pupil-standing.ts, decision 049): learnt from the
 * group's own results, shrunk by how much standing carries over between goals there, and used only for
 * the current level (followGroup), never for growth.
 */
import { describe, expect, it } from 'vitest';
import { goalId, pupilRef, type GoalId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { average, defaultEstimator, groupContext, type Estimator, type EstimatorContext, type GoalPrior } from '@/domain/progress/estimators';
import { encodeResults } from '@/domain/progress/encoded-results';
import { standingOf, standingShift } from '@/domain/progress/estimators/pupil-standing';
import { evaluate } from '../../../sim/evaluate';
import { altSchool, simulateAlt } from '../../../sim-alt/simulate-alt';
import { daysAgo, NOW, result } from './fixtures';

const GOALS = ['a', 'b', 'c'].map((name) => goalId(`doel.${name}`));
const [A, B, C] = GOALS as [GoalId, GoalId, GoalId];
const usual: GoalPrior = { mean: 0.5, sd: 0.1 };
const flat = (): GoalPrior => usual;
const on = (goal: GoalId, pupil: string, value: number, ago = 3): Result =>
  result(value, { pupil: pupilRef(pupil), goals: [goal], time: daysAgo(ago) });

/** The default estimator with the context's standing left out: the estimator before decision 049. */
const withoutStanding: Estimator = (results, context) => {
  const { standing: _left, ...rest } = context;
  return defaultEstimator(results, rest);
};

describe('standingOf', () => {
  // Mean residuals (against 0.5): p1 +0.2 on a, +0.1 on b; p2 -0.2 on a, -0.1 on b, 0 on c; p3 +0.1 on a only.
  const results = [on(A, 'p1', 0.6), on(A, 'p1', 0.8), on(B, 'p1', 0.6), on(A, 'p2', 0.3), on(B, 'p2', 0.4), on(C, 'p2', 0.5), on(A, 'p3', 0.6)];
  const standing = standingOf(encodeResults(results), new Map(), flat);

  it('learns how much standing carries over between goals from the products of a pupil’s mean residuals on two goals', () => {
    // pairs: p1 (a, b) 0.02; p2 (a, b) 0.02, (a, c) 0, (b, c) 0: shared = 0.04 / 4
    expect(standing.shared).toBeCloseTo(0.01, 12);
    // mean square over the six cells: (0.04 + 0.01 + 0.04 + 0.01 + 0 + 0.01) / 6, less the shared part
    expect(standing.particular).toBeCloseTo(0.11 / 6 - 0.01, 12);
  });

  it('moves a pupil’s start on a goal by their mean residual on their other goals, shrunk by tau^2 / (tau^2 + s^2 / k)', () => {
    const shift = standingShift(standing);
    const shrink = (others: number) => standing.shared / (standing.shared + standing.particular / others);
    // p1 on c (not practised yet): mean of a and b, two goals
    expect(shift(pupilRef('p1'), C)).toBeCloseTo(shrink(2) * 0.15, 12);
    // p1 on a: only b counts (a's own results are the filter's)
    expect(shift(pupilRef('p1'), A)).toBeCloseTo(shrink(1) * 0.1, 12);
    expect(shift(pupilRef('p2'), C)).toBeCloseTo(shrink(2) * -0.15, 12);
    // p3 has no other goal; an unknown pupil nothing
    expect(shift(pupilRef('p3'), A)).toBe(0);
    expect(shift(pupilRef('p9'), A)).toBe(0);
  });

  it('shifts nobody where standing does not carry over between goals in the group (tau^2 about 0)', () => {
    // p1 high on a and low on b, p2 the other way round: the products are negative
    const crossed = [on(A, 'p1', 0.7), on(B, 'p1', 0.3), on(A, 'p2', 0.3), on(B, 'p2', 0.7)];
    const learnt = standingOf(encodeResults(crossed), new Map(), flat);
    expect(learnt.shared).toBe(0);
    expect(standingShift(learnt)(pupilRef('p1'), C)).toBe(0);
  });

  it('leaves out results after `upToMs` and results on a goal without a prior', () => {
    const later = [...results, on(C, 'p1', 1, 1)];
    const asBefore = standingOf(encodeResults(later), new Map(), flat, Date.parse(daysAgo(2)));
    expect(asBefore.shared).toBeCloseTo(standing.shared, 12);
    const noPriorOnC = standingOf(encodeResults(later), new Map(), (goal) => (goal === C ? undefined : usual));
    const withoutC = standingOf(encodeResults(results.filter((r) => r.goals[0] !== C)), new Map(), flat);
    expect(noPriorOnC.shared).toBeCloseTo(withoutC.shared, 12);
    expect(noPriorOnC.particular).toBeCloseTo(withoutC.particular, 12);
    expect(noPriorOnC.shared).not.toBeCloseTo(standing.shared, 6);
  });
});

describe('the default estimator with where a pupil stands', () => {
  // Twelve pupils, each at their own level on every goal (0.2 .. 0.8), three results on goals a and b; one result on c now.
  const pupils = Array.from({ length: 12 }, (_, p) => `p${p}`);
  const level = (p: number) => 0.2 + (0.6 * p) / 11;
  const group = pupils.flatMap((pupil, p) => [A, B].flatMap((goal) => [5, 4, 3].map((ago) => on(goal, pupil, level(p), ago))));
  const newGoal = pupils.flatMap((pupil) => [on(C, pupil, 0.5, 0)]);
  const results = [...group, ...newGoal];
  const level0 = groupContext(results, NOW, { followGroup: true });
  const growth = groupContext(results, NOW);
  const estimate = (estimator: Estimator, context: EstimatorContext, p: number) =>
    estimator(
      results.filter((r) => r.pupil === pupilRef(`p${p}`) && r.goals[0] === C),
      context,
    )?.value as number;

  it('reads one result on a new goal against where the pupil stands on the others: the strong pupil higher, the weak lower', () => {
    const strong = estimate(defaultEstimator, level0, 11);
    const weak = estimate(defaultEstimator, level0, 0);
    expect(strong).toBeGreaterThan(estimate(withoutStanding, level0, 11) + 0.05);
    expect(weak).toBeLessThan(estimate(withoutStanding, level0, 0) - 0.05);
    // before: the same result, the same estimate for everyone
    expect(estimate(withoutStanding, level0, 11)).toBeCloseTo(estimate(withoutStanding, level0, 0), 12);
  });

  it('leaves growth comparisons (no followGroup) as they were: a stall is judged from the pupil’s own results', () => {
    for (const p of [0, 5, 11]) expect(estimate(defaultEstimator, growth, p)).toBe(estimate(withoutStanding, growth, p));
  });
});

describe('the default estimator on a school whose lead over a plain mean was smallest (decision 049)', () => {
  it('ranks ahead of a plain mean after 12 weeks where it reads a new goal against where a pupil stands', () => {
    // alternative school 7 (scale + stars + easy items, bursty weeks, no weak pupils) as the bench has it, 150 pupils in
    // groups of 25: measured 0.633, before 0.569, plain mean 0.560 (the bench's smallest lead, 0.009)
    const rows = evaluate(simulateAlt(altSchool(7, 150)), { default: defaultEstimator, before: withoutStanding, average }, [12], { groupSize: 25 });
    const spearman = (name: string) => rows.find((row) => row.estimator === name)?.spearman ?? 0;
    expect(spearman('default')).toBeGreaterThan(spearman('before') + 0.04);
    expect(spearman('default')).toBeGreaterThan(spearman('average') + 0.05);
  });
});
