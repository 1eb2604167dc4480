import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalId, pupilRef, type GoalId, type PupilRef } from '@/domain/ids';
import { scaleScore, WORK_FORMS, type Result } from '@/domain/model';
import { masteryOf } from '@/domain/progress/mastery';
import { createRandom, pick } from '../../../../mocks/demo-school/prng';
import { gridCells } from '../../../support/decaying-grid';
import { buildResult } from '../../../support/result-builder';

const NOW = '2026-03-02T12:00:00.000Z';
const DAY = 86_400_000;
const PUPILS = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'].map(pupilRef);
const GOALS = ['rekenen.getallen.1f', 'rekenen.getallen.2f', 'lezen.fictie.1f', 'programmeren.herhaling.mb', 'x.y.z', 'q.r.s'].map(goalId);

function result(pupil: PupilRef, goals: readonly GoalId[], overrides: Partial<Result> = {}): Result {
  return buildResult({ pupil, goals, time: NOW, ...overrides });
}

/** A few hundred varied results: 0-2 goals, tests and practice, scores, success only, nothing, future times. */
function randomResults(seed: number, count: number): Result[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const goalCount = pick(random, [0, 1, 1, 1, 2]);
    const goals = [...new Set(Array.from({ length: goalCount }, () => pick(random, GOALS)))];
    const kind = random();
    const time = new Date(Date.parse(NOW) - (random() * 200 - 10) * DAY).toISOString();
    return result(pick(random, PUPILS), goals, {
      workForm: pick(random, WORK_FORMS),
      time,
      score: kind < 0.6 ? scaleScore(Math.round(random() * 20), 0, 20) : null,
      success: kind >= 0.6 && kind < 0.9 ? random() < 0.5 : null,
    });
  });
}

type Cells = ReturnType<typeof gridCells>;
const cellsOf = (results: readonly Result[], options: { now: string; halfLifeDays?: number } = { now: NOW }, pupils: readonly PupilRef[] = PUPILS) =>
  gridCells(results, pupils, GOALS, options);

const expectSameMastery = (grid: Cells, results: readonly Result[], pupil: PupilRef, goal: GoalId) => {
  const expected = masteryOf(
    results.filter((r) => r.pupil === pupil && r.goals.includes(goal)),
    { now: NOW },
  );
  const actual = grid.get(pupil, goal);
  if (expected === null) {
    expect(actual).toBeNull();
    return 0;
  }
  expect(actual).not.toBeNull();
  expect(actual?.value).toBeCloseTo(expected.value, 10);
  expect(actual?.evidence).toBe(expected.evidence);
  expect(actual?.lastAt).toBe(expected.lastAt);
  expect(actual?.status).toBe(expected.status);
  return 1;
};

describe('masteryGrid with the decaying average, cell by cell', () => {
  it('gives the same mastery as masteryOf for every pupil x goal (400 seeded random results)', () => {
    const results = randomResults(20260302, 400);
    const grid = cellsOf(results);
    let cellsWithEvidence = 0;
    for (const pupil of PUPILS) for (const goal of GOALS) cellsWithEvidence += expectSameMastery(grid, results, pupil, goal);
    // the comparison is not vacuous: most cells carry evidence
    expect(cellsWithEvidence).toBeGreaterThan(20);
  });

  it('agrees with masteryOf on arbitrary seeds (property, fixed fast-check seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 300 }), (seed, count) => {
        const results = randomResults(seed, count);
        const grid = cellsOf(results);
        for (const pupil of PUPILS) for (const goal of GOALS) expectSameMastery(grid, results, pupil, goal);
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('ignores results with goals []', () => {
    const unmapped = result(pupilRef('p-only-unmapped'), [], { score: scaleScore(1, 0, 1) });
    const grid = cellsOf([unmapped, result(PUPILS[0] as PupilRef, [GOALS[0] as GoalId], { score: scaleScore(3, 0, 4) })], { now: NOW }, [
      PUPILS[0] as PupilRef,
      pupilRef('p-only-unmapped'),
    ]);
    // only the mapped pupil has a cell, on the one goal it has evidence for
    expect(grid.rows.filter((row) => Object.keys(row.goals).length > 0).map((row) => row.ref)).toEqual([PUPILS[0]]);
    expect(grid.rows.flatMap((row) => Object.keys(row.goals))).toEqual([GOALS[0]]);
    expect(grid.get(pupilRef('p-only-unmapped'), GOALS[0] as GoalId)).toBeNull();
    expect(grid.get(PUPILS[0] as PupilRef, GOALS[0] as GoalId)).toMatchObject({ value: 0.75, evidence: 1, status: 'mastered' });
  });

  it('counts a result with two goals for both', () => {
    const [g1, g2, g3] = GOALS as [GoalId, GoalId, GoalId];
    const pupil = PUPILS[0] as PupilRef;
    const grid = cellsOf(
      [
        result(pupil, [g1, g2], { score: scaleScore(2, 0, 10) }),
        result(pupil, [g2], { score: scaleScore(6, 0, 10), time: '2026-03-01T12:00:00.000Z' }),
      ],
      { now: NOW },
    );
    expect(grid.get(pupil, g1)).toEqual({ value: expect.closeTo(0.2, 12), evidence: 1, lastAt: NOW, status: 'working' });
    // g2: 0.2 today (w 1) and 0.6 a day ago (w 2^(-1/28))
    const w = 0.5 ** (1 / 28);
    expect(grid.get(pupil, g2)).toEqual({ value: expect.closeTo((0.2 + 0.6 * w) / (1 + w), 12), evidence: 2, lastAt: NOW, status: 'working' });
    expect(grid.get(pupil, g3)).toBeNull();
  });

  it('returns null for an unknown pupil or goal, and for a cell whose results carry no evidence', () => {
    const pupil = PUPILS[0] as PupilRef;
    const grid = cellsOf([result(pupil, [GOALS[0] as GoalId], { success: true }), result(pupil, [GOALS[1] as GoalId], { completion: true })]);
    expect(grid.get(pupil, GOALS[0] as GoalId)?.value).toBe(1);
    expect(grid.get(pupil, GOALS[1] as GoalId)).toBeNull();
    expect(grid.get(pupilRef('nobody'), GOALS[0] as GoalId)).toBeNull();
    expect(grid.get(pupil, goalId('no.such.goal'))).toBeNull();
  });

  it('leaves out future results and honours halfLifeDays', () => {
    const pupil = PUPILS[0] as PupilRef;
    const goal = GOALS[0] as GoalId;
    const results = [
      result(pupil, [goal], { score: scaleScore(1, 0, 1) }),
      result(pupil, [goal], { score: scaleScore(0, 0, 1), time: '2026-03-01T12:00:00.000Z' }),
      result(pupil, [goal], { score: scaleScore(0, 0, 1), time: '2026-04-01T00:00:00.000Z' }),
    ];
    expect(cellsOf(results, { now: NOW, halfLifeDays: 1 }).get(pupil, goal)).toEqual({
      value: expect.closeTo(2 / 3, 12),
      evidence: 2,
      lastAt: NOW,
      status: 'nearly',
    });
  });
});
