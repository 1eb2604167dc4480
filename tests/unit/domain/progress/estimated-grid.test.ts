import { describe, expect, it } from 'vitest';
import { lineById } from '@/curriculum';
import { goalId, pupilKey, pupilRef } from '@/domain/ids';
import { estimatedClassGrid } from '@/domain/progress/estimated-grid';
import { estimatedTrend } from '@/domain/progress/estimated-trend';
import { lineMasteryOf } from '@/domain/progress/line-mastery';
import { masteryOf } from '@/domain/progress/mastery';
import { ESTIMATORS, estimatorFor } from '@/domain/progress/estimators/registry';
import type { LineEstimatorChoices } from '@/domain/progress/estimators/registry';
import { buildResult } from '../../../support/result-builder';

const now = '2026-07-03T12:00:00.000Z';
const rekenen = lineById('rekenen')!;
const programmeren = lineById('programmeren')!;
const anna = { key: pupilKey(1), ref: pupilRef('anna') };
const bram = { key: pupilKey(2), ref: pupilRef('bram') };
const score = (scaled: number) => ({ raw: scaled * 20, min: 0, max: 20, scaled });
const goal = rekenen.goals[0]!.id;
const codeGoal = programmeren.goals[0]!.id;
// Anna: one great result long ago, then weak ones; highest and latest disagree.
const results = [
  buildResult({ pupil: anna.ref, goals: [goal], time: '2026-04-01T10:00:00Z', score: score(0.95) }),
  buildResult({ pupil: anna.ref, goals: [goal], time: '2026-06-20T10:00:00Z', score: score(0.4) }),
  buildResult({ pupil: anna.ref, goals: [goal], time: '2026-07-01T10:00:00Z', score: score(0.45) }),
  buildResult({ pupil: anna.ref, goals: [codeGoal, codeGoal], time: '2026-07-01T10:00:00Z', score: score(0.8) }),
  buildResult({ pupil: bram.ref, goals: [], time: '2026-07-01T10:00:00Z', score: score(1) }),
];
const grid = (choices: LineEstimatorChoices) =>
  estimatedClassGrid([anna, bram], results, [rekenen, programmeren], { now }, (line) => estimatorFor(line.id, choices));

describe('estimatedClassGrid', () => {
  it('uses the method chosen for each line', () => {
    const highest = grid({ [rekenen.id]: 'highest' })[0]!;
    expect(highest.goals[goal]).toMatchObject({ value: 0.95, status: 'mastered', evidence: 3 });
    expect(highest.lines[rekenen.id]).toMatchObject({ status: 'mastered', goalsMastered: 1 });
    expect(highest.lines[rekenen.id]!.value).toBeCloseTo(0.95, 12);
    const latest = grid({ [rekenen.id]: 'latest' })[0]!;
    expect(latest.goals[goal]).toMatchObject({ value: 0.45, status: 'working' });
    // The other line keeps its own method: a goal listed twice on a result counts once.
    expect(latest.goals[codeGoal]).toMatchObject({ value: 0.8, evidence: 1 });
  });

  it('gives masteryOf’s numbers for the decaying average', () => {
    const mine = grid({ [rekenen.id]: 'decayingAverage', [programmeren.id]: 'decayingAverage' });
    const cell = (id: string) =>
      masteryOf(
        results.filter((r) => r.pupil === anna.ref && r.goals.includes(goalId(id))),
        { now },
      );
    expect(mine[0]!.goals[goal]!.value).toBeCloseTo(cell(goal)!.value, 12);
    expect(mine[0]!.lines[rekenen.id]!.status).toBe(lineMasteryOf(rekenen.goals, (g) => cell(g.id)).status);
  });

  it('leaves pupils without mapped evidence not started, and ignores results after now', () => {
    const rows = estimatedClassGrid([anna, bram], results, [rekenen], { now: '2026-05-01T00:00:00Z' }, () => ESTIMATORS.latest);
    expect(rows[0]!.goals[goal]).toMatchObject({ value: 0.95, evidence: 1 });
    expect(rows[1]!.lines[rekenen.id]).toMatchObject({ value: null, status: 'not-started', goalsWithEvidence: 0 });
    expect(rows[1]!.goals[goalId('x')]).toBeUndefined();
  });
});

describe('estimatedTrend', () => {
  it('gives the line’s weekly mastery as the chosen method saw it at the end of each week', () => {
    const latest = estimatedTrend(results, rekenen, ESTIMATORS.latest, { now });
    expect(latest.map((point) => [point.weekStart, point.value])).toEqual([
      ['2026-03-30T00:00:00.000Z', 0.95],
      ['2026-06-15T00:00:00.000Z', 0.4],
      ['2026-06-29T00:00:00.000Z', 0.45],
    ]);
    const highest = estimatedTrend(results, rekenen, ESTIMATORS.highest, { now });
    expect(highest).toHaveLength(3);
    for (const point of highest) expect(point.value).toBeCloseTo(0.95, 12);
    expect(estimatedTrend(results, rekenen, ESTIMATORS.latest, { now: '2026-03-01T00:00:00Z' })).toEqual([]);
  });
});
