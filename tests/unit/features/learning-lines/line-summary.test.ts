import { describe, expect, it } from 'vitest';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { goalId, pupilKey, pupilRef, resultIdOf, sourceId, type GoalId, type PupilRef } from '@/domain/ids';
import { scaleScore, type LearningLine, type Result } from '@/domain/model';
import { goalsByLevel, positionOnLine, resultsBehindGoal } from '@/features/learning-lines/line-summary';
import { decayingGrid } from '../../../support/decaying-grid';

const NOW = '2026-03-02T12:00:00.000Z';
const ANNA = pupilRef('ref-anna');
const BRAM = pupilRef('ref-bram');
const CEM = pupilRef('ref-cem');
const PUPILS = [
  { key: pupilKey(1), ref: ANNA },
  { key: pupilKey(2), ref: BRAM },
  { key: pupilKey(3), ref: CEM },
];

let next = 0;
function result(pupil: PupilRef, goal: GoalId, raw: number, time = NOW): Result {
  next += 1;
  return {
    id: resultIdOf(sourceId('src-a'), `r${String(next).padStart(3, '0')}`),
    source: sourceId('src-a'),
    recordId: `r${next}`,
    pupil,
    code: 'X',
    goals: [goal],
    level: null,
    workForm: 'practice',
    time,
    score: scaleScore(raw, 0, 10),
    success: null,
    completion: null,
    durationSeconds: null,
    attempt: null,
    normBand: null,
  };
}

const g = (id: string) => goalId(`rekenen.${id}`);
const grid = (results: readonly Result[], line: LearningLine = REKENEN_LINE) => decayingGrid(PUPILS, results, [line], { now: NOW });

describe('goalsByLevel', () => {
  it('groups the goals by level in level order, each level in goal order', () => {
    const levels = goalsByLevel(REKENEN_LINE, grid([]));
    expect(levels.map((entry) => entry.level.id)).toEqual(['1f', '2f', '1s']);
    expect(levels[0]?.goals.map((entry) => entry.goal.id)).toEqual([
      g('getallen.1f'),
      g('verhoudingen.1f'),
      g('meten-meetkunde.1f'),
      g('verbanden.1f'),
    ]);
    expect(levels.flatMap((entry) => entry.goals)).toHaveLength(REKENEN_LINE.goals.length);
  });

  it('follows the level order of the line, not the order the levels are listed in', () => {
    const reversed: LearningLine = { ...REKENEN_LINE, levels: [...REKENEN_LINE.levels].reverse() };
    expect(goalsByLevel(reversed, grid([])).map((entry) => entry.level.id)).toEqual(['1f', '2f', '1s']);
  });

  it('counts the pupils who master each goal, and those with any result', () => {
    const rows = grid([
      result(ANNA, g('getallen.1f'), 9),
      result(BRAM, g('getallen.1f'), 8),
      result(CEM, g('getallen.1f'), 3),
      result(ANNA, g('getallen.2f'), 6),
    ]);
    const counts = goalsByLevel(REKENEN_LINE, rows).flatMap((entry) => entry.goals);
    const of = (id: GoalId) => counts.find((entry) => entry.goal.id === id);
    expect(of(g('getallen.1f'))).toMatchObject({ masters: 2, withEvidence: 3, pupils: 3 });
    expect(of(g('getallen.2f'))).toMatchObject({ masters: 0, withEvidence: 1, pupils: 3 });
    expect(of(g('verbanden.1f'))).toMatchObject({ masters: 0, withEvidence: 0, pupils: 3 });
  });

  it('leaves out a level without goals', () => {
    const line: LearningLine = { ...REKENEN_LINE, goals: REKENEN_LINE.goals.filter((goal) => goal.level !== '2f') };
    expect(goalsByLevel(line, grid([], line)).map((entry) => entry.level.id)).toEqual(['1f', '1s']);
  });
});

describe('positionOnLine', () => {
  const at = (results: readonly Result[], pupil = 0) => positionOnLine(REKENEN_LINE, grid(results)[pupil]!);

  it('tallies mastered goals per level', () => {
    const position = at([result(ANNA, g('getallen.1f'), 9), result(ANNA, g('verbanden.1f'), 4), result(ANNA, g('getallen.2f'), 10)]);
    expect(position.levels).toEqual([
      { level: '1f', mastered: 1, total: 4 },
      { level: '2f', mastered: 1, total: 4 },
      { level: '1s', mastered: 0, total: 4 },
    ]);
  });

  it('has no position while no level is more than half mastered (half is not enough)', () => {
    expect(at([]).furthest).toBeNull();
    expect(at([result(ANNA, g('getallen.1f'), 9), result(ANNA, g('verhoudingen.1f'), 9)]).furthest).toBeNull();
  });

  it('is the highest level with more than half of its goals mastered', () => {
    const oneF = ['getallen.1f', 'verhoudingen.1f', 'meten-meetkunde.1f'].map((id) => result(ANNA, g(id), 9));
    expect(at(oneF).furthest).toBe('1f');
    const twoF = ['getallen.2f', 'verhoudingen.2f', 'verbanden.2f'].map((id) => result(ANNA, g(id), 9));
    expect(at([...oneF, ...twoF]).furthest).toBe('2f');
    // Ahead on one level without the one below: the position is still the furthest level mostly mastered.
    expect(at(twoF).furthest).toBe('2f');
  });
});

describe('resultsBehindGoal', () => {
  it('keeps the group pupils’ results on the goal, newest first', () => {
    const old = result(ANNA, g('getallen.1f'), 5, '2026-02-01T10:00:00.000Z');
    const recent = result(BRAM, g('getallen.1f'), 7, '2026-02-20T10:00:00.000Z');
    const otherGoal = result(ANNA, g('getallen.2f'), 7);
    const outsider = result(pupilRef('ref-other-group'), g('getallen.1f'), 7);
    const behind = resultsBehindGoal([old, otherGoal, recent, outsider], g('getallen.1f'), new Set([ANNA, BRAM]));
    expect(behind).toEqual([recent, old]);
  });

  it('finds a result that maps to several goals', () => {
    const both = { ...result(CEM, g('getallen.1f'), 5), goals: [g('verbanden.1f'), g('getallen.1f')] };
    expect(resultsBehindGoal([both], g('getallen.1f'), new Set([CEM]))).toEqual([both]);
  });
});
