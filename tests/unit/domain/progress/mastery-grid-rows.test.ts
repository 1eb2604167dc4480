import { describe, expect, it } from 'vitest';
import { goalId, pupilKey, pupilRef, type GoalId, type PupilRef } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { LEZEN_LINE } from '@/curriculum/lezen.line';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { asMastery, decayingGrid } from '../../../support/decaying-grid';
import { buildResult } from '../../../support/result-builder';

const NOW = '2026-03-02T12:00:00.000Z';
const ANNA = pupilRef('ref-anna');
const BRAM = pupilRef('ref-bram');
const STRANGER = pupilRef('ref-not-in-group');

function result(pupil: PupilRef, goals: readonly GoalId[], raw: number, overrides: Partial<Result> = {}): Result {
  return buildResult({ pupil, goals, time: NOW, score: scaleScore(raw, 0, 10), ...overrides });
}

const GETALLEN_1F = goalId('rekenen.getallen.1f');
const VERBANDEN_1F = goalId('rekenen.verbanden.1f');

describe('masteryGrid rows (decaying average)', () => {
  const pupils = [
    { key: pupilKey(1), ref: ANNA },
    { key: pupilKey(2), ref: BRAM },
  ];
  const results = [
    result(ANNA, [GETALLEN_1F], 8),
    result(ANNA, [GETALLEN_1F], 6, { workForm: 'test' }),
    result(ANNA, [VERBANDEN_1F], 3),
    result(ANNA, [], 10),
    result(STRANGER, [GETALLEN_1F], 10),
  ];
  const grid = decayingGrid(pupils, results, [REKENEN_LINE, LEZEN_LINE], { now: NOW });

  it('has one row per pupil, in the given order, with key and ref', () => {
    expect(grid.map((row) => [row.key, row.ref])).toEqual([
      [1, ANNA],
      [2, BRAM],
    ]);
  });

  it('gives per goal the mastery of the pupil with evidence', () => {
    const anna = grid[0];
    // getallen.1f: 0.8 (w 1) and 0.6 as a test (w 2): 2.0 / 3
    expect(asMastery(anna?.goals[GETALLEN_1F])).toEqual({ value: expect.closeTo(2 / 3, 12), evidence: 2, lastAt: NOW, status: 'nearly' });
    expect(anna?.goals[VERBANDEN_1F]).toMatchObject({ value: expect.closeTo(0.3, 12), evidence: 1, status: 'working' });
    expect(Object.keys(anna?.goals ?? {}).sort()).toEqual([GETALLEN_1F, VERBANDEN_1F].sort());
  });

  it('gives per line the evidence-weighted mean of the goals', () => {
    // (2 * 2/3 + 1 * 0.3) / 3 = 0.544: just below 'nearly'
    expect(grid[0]?.lines['rekenen']).toEqual({
      value: expect.closeTo((4 / 3 + 0.3) / 3, 12),
      status: 'working',
      evidence: 3,
      goalsWithEvidence: 2,
      goalsMastered: 0,
    });
    expect(grid[0]?.lines['lezen']).toEqual({ value: null, status: 'not-started', evidence: 0, goalsWithEvidence: 0, goalsMastered: 0 });
  });

  it('gives a pupil without results value null / not-started on every line, and no goals', () => {
    const bram = grid[1];
    expect(bram?.goals).toEqual({});
    for (const line of ['rekenen', 'lezen']) {
      expect(bram?.lines[line]).toEqual({ value: null, status: 'not-started', evidence: 0, goalsWithEvidence: 0, goalsMastered: 0 });
    }
  });

  it('is empty without pupils, and all not-started without results', () => {
    expect(decayingGrid([], results, [REKENEN_LINE], { now: NOW })).toEqual([]);
    const [row] = decayingGrid([{ key: pupilKey(1), ref: ANNA }], [], [REKENEN_LINE], { now: NOW });
    expect(row?.lines['rekenen']?.status).toBe('not-started');
    expect(row?.lines['rekenen']?.value).toBeNull();
  });
});
