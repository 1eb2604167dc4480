import { describe, expect, it } from 'vitest';
import { goalId, pupilKey, pupilRef, sourceId, type GoalId } from '@/domain/ids';
import { scaleScore, WORK_FORMS, type LearningLine, type Result, type WorkForm } from '@/domain/model';
import { encodeResults } from '@/domain/progress/encoded-results';
import { masteryGrid, type ClassGridRow } from '@/domain/progress/estimated-grid';
import { defaultEstimator } from '@/domain/progress/estimators/default-estimator';
import { estimatorOver, marginInterval, type Estimator, type EstimatorContext } from '@/domain/progress/estimators/estimate';
import { groupContextEncoded } from '@/domain/progress/estimators/group-context';
import { createRandom, pick, type Random } from '../../../../mocks/demo-school/prng';
import { buildResult } from '../../../support/result-builder';

/**
 * The default estimator over the grid's columns (overColumns: no Observation per result) gives every
 * cell the numbers its method over observations gives, to the bit.
 */
const NOW = '2026-06-01T12:00:00.000Z';
const DAY = 86_400_000;
const GOALS = Array.from({ length: 7 }, (_, g) => goalId(`doel.${g}`));
const SOURCES = ['src-a', 'src-b', 'src-c', 'src-d'].map(sourceId);
const BIAS = [0, 0.08, -0.06, 0.03];
const PUPILS = Array.from({ length: 9 }, (_, p) => ({ key: pupilKey(p + 1), ref: pupilRef(`leerling-${p}`) }));
const LINES = [
  { id: 'lijn-a', goals: GOALS.slice(0, 4).map((id) => ({ id })) },
  { id: 'lijn-b', goals: GOALS.slice(3).map((id) => ({ id })) },
] as unknown as LearningLine[];

/** A group's results: every work form, scores and success, ties in time, results after now, two goals on some, a few unknown work forms. */
function randomGroup(random: Random, count: number, oddForms: boolean): Result[] {
  const moments = Array.from({ length: 40 }, () => new Date(Date.parse(NOW) - (random() * 60 - 3) * DAY).toISOString());
  return Array.from({ length: count }, () => {
    const pupil = Math.floor(random() * PUPILS.length);
    const s = Math.floor(random() * SOURCES.length);
    const goal = pick(random, GOALS);
    const level = Math.min(1, Math.max(0, 0.3 + pupil / 20 + (BIAS[s] as number) + (random() - 0.5) * 0.3));
    const kind = random();
    return buildResult({
      pupil: PUPILS[pupil]!.ref,
      source: SOURCES[s],
      goals: random() < 0.1 ? [goal, pick(random, GOALS)] : [goal],
      // Many results share a moment: their order in a cell is the results' order.
      time: random() < 0.4 ? pick(random, moments) : new Date(Date.parse(NOW) - (random() * 60 - 3) * DAY).toISOString(),
      workForm: oddForms && random() < 0.02 ? ('exam' as WorkForm) : pick(random, WORK_FORMS),
      score: kind < 0.7 ? scaleScore(Math.round(level * 40), 0, 40) : null,
      success: kind >= 0.7 && kind < 0.93 ? random() < level : null,
      normBand: random() < 0.05 ? { label: 'III', colour: '#ffcc00' } : null,
    } as Partial<Result> & Pick<Result, 'time'>);
  });
}

/** The same method without overColumns: each cell over its observations (the path before). */
const overObservations: Estimator = estimatorOver(defaultEstimator.fromObservations!);

/** Every cell's numbers as the grid shows them, and the lines'. */
function cellsOf(rows: readonly ClassGridRow[]) {
  return rows.flatMap((row) => [
    ...Object.entries(row.goals).map(([goal, cell]) => ({
      at: `${row.ref}|${goal}`,
      numbers: [cell.value, cell.uncertainty, ...Object.values(marginInterval(cell.value, cell.uncertainty ?? 0)), cell.evidence],
      status: cell.status,
      lastAt: cell.lastAt,
    })),
    ...Object.entries(row.lines).map(([line, cell]) => ({
      at: `${row.ref}|${line}`,
      numbers: [cell.value, cell.evidence, cell.goalsMastered],
      status: cell.status,
    })),
  ]);
}

function expectSameBits(columns: ReturnType<typeof cellsOf>, observations: ReturnType<typeof cellsOf>) {
  expect(columns.map((cell) => cell.at)).toEqual(observations.map((cell) => cell.at));
  columns.forEach((cell, n) => {
    const other = observations[n]!;
    expect({ ...cell, numbers: undefined }).toEqual({ ...other, numbers: undefined });
    cell.numbers.forEach((number, k) => {
      if (!Object.is(number, other.numbers[k])) expect.fail(`${cell.at}: ${number} against ${other.numbers[k]} (number ${k})`);
    });
  });
}

describe('the default estimator over the grid’s columns', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives every cell the bits its observations give (random group %i)', (seed) => {
    const random = createRandom(20261207 + seed);
    const results = randomGroup(random, 500 + Math.floor(random() * 700), seed % 2 === 0);
    const encoded = encodeResults(results);
    const contexts: EstimatorContext[] = [
      { ...groupContextEncoded(encoded, NOW), followGroup: true },
      groupContextEncoded(encoded, NOW, { halfLifeDays: 4 }),
      { now: NOW },
    ];
    for (const context of contexts) {
      const columns = cellsOf(masteryGrid(encoded, PUPILS, LINES, context, () => defaultEstimator));
      const observations = cellsOf(masteryGrid(encoded, PUPILS, LINES, context, () => overObservations));
      expectSameBits(columns, observations);
      // Not vacuous: most cells have evidence, several results each, on scales that differ.
      expect(columns.length).toBeGreaterThan(50);
      expect(new Set(columns.map((cell) => cell.numbers[0])).size).toBeGreaterThan(40);
    }
    // The calibration tells the sources apart: bias and reliability are at work.
    const calibrated = groupContextEncoded(encoded, NOW);
    expect(SOURCES.some((source) => calibrated.bias?.(source) !== 0)).toBe(true);
  });

  it('reads a cell with many results sharing moments in the results’ order (more than one run of the sort)', () => {
    const random = createRandom(7);
    const goal: GoalId = GOALS[0]!;
    const moments = Array.from({ length: 5 }, (_, k) => new Date(Date.parse(NOW) - k * 3 * DAY).toISOString());
    const results = Array.from({ length: 200 }, () =>
      buildResult({
        pupil: PUPILS[0]!.ref,
        source: pick(random, SOURCES),
        goals: [goal],
        time: pick(random, moments),
        workForm: pick(random, WORK_FORMS),
        score: scaleScore(Math.floor(random() * 11), 0, 10),
      }),
    );
    const encoded = encodeResults(results);
    const context = { ...groupContextEncoded(encoded, NOW), followGroup: true };
    const columns = cellsOf(masteryGrid(encoded, PUPILS, LINES, context, () => defaultEstimator));
    expectSameBits(columns, cellsOf(masteryGrid(encoded, PUPILS, LINES, context, () => overObservations)));
    expect(columns.find((cell) => cell.at.endsWith(goal))?.numbers[4]).toBe(200);
  });
});
