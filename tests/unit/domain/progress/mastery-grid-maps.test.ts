import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalId, pupilKey, pupilRef, type GoalId, type LineId, type PupilRef } from '@/domain/ids';
import { scaleScore, type LearningLine, type Result } from '@/domain/model';
import type { LineMastery } from '@/domain/progress/line-mastery';
import { masteryOf, type Mastery, type MasteryOptions } from '@/domain/progress/mastery';
import { LEZEN_LINE } from '@/curriculum/lezen.line';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { asMastery, decayingGrid, lineOfGoals } from '../../../support/decaying-grid';
import { buildResult } from '../../../support/result-builder';

/** The pupils of the results, in order of first appearance, as grid pupils. */
const pupilsOf = (results: readonly Result[]) =>
  [...new Set(results.map((r) => r.pupil as string))].map((ref, index) => ({ key: pupilKey(index + 1), ref: pupilRef(ref) }));

/** The views' grid (decaying average) read as a map: every pupil with evidence, every goal they have evidence on. */
function masteryByPupilGoal(results: readonly Result[], options: MasteryOptions): Map<PupilRef, Map<GoalId, Mastery>> {
  const goals = [...new Set(results.flatMap((r) => r.goals as readonly string[]))];
  const byPupil = new Map<PupilRef, Map<GoalId, Mastery>>();
  for (const row of decayingGrid(pupilsOf(results), results, [lineOfGoals(goals)], options)) {
    const byGoal = new Map(Object.entries(row.goals).map(([goal, cell]) => [goalId(goal), asMastery(cell) as Mastery] as const));
    if (byGoal.size > 0) byPupil.set(row.ref, byGoal);
  }
  return byPupil;
}

/** The views' grid (decaying average) per line, for every pupil with a mapped result. */
function masteryByPupilLine(
  results: readonly Result[],
  lines: readonly LearningLine[],
  options: MasteryOptions,
): Map<PupilRef, Map<LineId, LineMastery>> {
  const rows = decayingGrid(pupilsOf(results.filter((r) => r.goals.length > 0)), results, lines, options);
  return new Map(rows.map((row) => [row.ref, new Map(lines.map((line) => [line.id, row.lines[line.id] as LineMastery] as const))] as const));
}

const NOW = '2026-03-02T12:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
/** Pseudonyms of the real length (160 characters) that differ only near the start. */
const ref = (n: number) => pupilRef(`${n}`.padStart(4, '0') + 'f'.repeat(156));
const ANNA = ref(1);
const BRAM = ref(2);
const GETALLEN_1F = goalId('rekenen.getallen.1f');
const VERBANDEN_1F = goalId('rekenen.verbanden.1f');
const FICTIE_1F = goalId('lezen.fictie.1f');

function result(pupil: PupilRef, goals: readonly GoalId[], overrides: Partial<Result> = {}): Result {
  // A fresh copy of the pseudonym per result, as the store gives.
  return buildResult({ pupil: pupilRef(JSON.parse(JSON.stringify(pupil)) as string), goals, time: NOW, ...overrides });
}
const score = (raw: number) => scaleScore(raw, 0, 10);

describe('masteryByPupilGoal', () => {
  it('is empty for no results', () => {
    expect(masteryByPupilGoal([], { now: NOW })).toEqual(new Map());
  });

  it('computes the decaying, test-weighted average per pupil x goal (hand-computed)', () => {
    const byPupil = masteryByPupilGoal(
      [
        result(ANNA, [GETALLEN_1F], { score: score(8) }), // weight 1
        result(ANNA, [GETALLEN_1F], { score: score(5), workForm: 'test', time: daysAgo(28) }), // 2 x 0.5 = 1
        result(BRAM, [GETALLEN_1F], { success: false, time: daysAgo(56) }), // counts as 0
        result(BRAM, [GETALLEN_1F], { success: true, time: daysAgo(28) }), // counts as 1
      ],
      { now: NOW },
    );
    expect([...byPupil.keys()]).toEqual([ANNA, BRAM]);
    expect(byPupil.get(ANNA)?.get(GETALLEN_1F)).toEqual({ value: expect.closeTo(0.65, 12), evidence: 2, lastAt: NOW, status: 'nearly' });
    // Bram: 0 with weight 0.25, 1 with weight 0.5 -> 0.5 / 0.75
    expect(byPupil.get(BRAM)?.get(GETALLEN_1F)).toEqual({ value: expect.closeTo(2 / 3, 12), evidence: 2, lastAt: daysAgo(28), status: 'nearly' });
  });

  it('ignores unmapped results and counts a result with several goals for each goal', () => {
    const byPupil = masteryByPupilGoal(
      [
        result(ANNA, [GETALLEN_1F, VERBANDEN_1F], { score: score(9) }),
        result(ANNA, [VERBANDEN_1F], { score: score(3) }),
        result(BRAM, [], { score: score(10) }),
      ],
      { now: NOW },
    );
    expect(byPupil.has(BRAM)).toBe(false);
    expect(byPupil.get(ANNA)?.get(GETALLEN_1F)).toMatchObject({ value: expect.closeTo(0.9, 12), evidence: 1, status: 'mastered' });
    expect(byPupil.get(ANNA)?.get(VERBANDEN_1F)).toMatchObject({ value: expect.closeTo(0.6, 12), evidence: 2, status: 'nearly' });
    expect(byPupil.get(ANNA)?.size).toBe(2);
  });

  it('leaves out results without evidence or in the future of now', () => {
    const byPupil = masteryByPupilGoal(
      [result(ANNA, [GETALLEN_1F], { completion: true }), result(BRAM, [GETALLEN_1F], { score: score(10), time: '2026-03-03T00:00:00.000Z' })],
      { now: NOW },
    );
    expect(byPupil.size).toBe(0);
  });

  it('equals masteryOf on every cell for random results (property)', () => {
    const goals = [GETALLEN_1F, VERBANDEN_1F, FICTIE_1F];
    const arbitraryResult = fc.record({
      pupil: fc.integer({ min: 0, max: 6 }),
      goals: fc.subarray(goals),
      raw: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      success: fc.option(fc.boolean(), { nil: null }),
      test: fc.boolean(),
      ageHours: fc.integer({ min: -48, max: 24 * 200 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryResult, { maxLength: 120 }), fc.integer({ min: 1, max: 60 }), (specs, halfLifeDays) => {
        const results = specs.map((spec) =>
          result(ref(spec.pupil), spec.goals, {
            score: spec.raw === null ? null : score(spec.raw),
            success: spec.success,
            workForm: spec.test ? 'test' : 'practice',
            time: new Date(Date.parse(NOW) - spec.ageHours * 3_600_000).toISOString(),
          }),
        );
        const byPupil = masteryByPupilGoal(results, { now: NOW, halfLifeDays });
        for (let pupil = 0; pupil <= 6; pupil += 1) {
          for (const goal of goals) {
            const expected = masteryOf(
              results.filter((r) => r.pupil === ref(pupil) && r.goals.includes(goal)),
              { now: NOW, halfLifeDays },
            );
            const actual = byPupil.get(ref(pupil))?.get(goal) ?? null;
            if (expected === null) expect(actual).toBeNull();
            else expect(actual).toEqual({ ...expected, value: expect.closeTo(expected.value, 10) });
          }
        }
      }),
      { seed: 2026, numRuns: 60 },
    );
  });
  it('stays right while the matrix grows: 150 pupils and 40 goals arriving interleaved', () => {
    const goals = Array.from({ length: 40 }, (_, g) => goalId(`groei.doel-${g}.1`));
    const results = Array.from({ length: 6000 }, (_, n) =>
      result(ref(n % 150), [goals[(n * 7 + Math.floor(n / 150)) % 40] as GoalId], {
        score: score(n % 11),
        time: daysAgo((n % 90) / 3),
        workForm: n % 5 === 0 ? 'test' : 'practice',
      }),
    );
    const byPupil = masteryByPupilGoal(results, { now: NOW });
    expect(byPupil.size).toBe(150);
    let cells = 0;
    for (const pupil of [0, 1, 63, 64, 65, 127, 128, 149]) {
      for (const goal of goals) {
        const expected = masteryOf(
          results.filter((r) => r.pupil === ref(pupil) && r.goals.includes(goal)),
          { now: NOW },
        );
        const actual = byPupil.get(ref(pupil))?.get(goal) ?? null;
        if (expected === null) expect(actual).toBeNull();
        else {
          cells += 1;
          expect(actual).toEqual({ ...expected, value: expect.closeTo(expected.value, 10) });
        }
      }
    }
    expect(cells).toBe(8 * 40); // each pupil meets every goal once
  });
});

describe('masteryByPupilLine', () => {
  it("weighs each goal's mastery by its evidence and counts goals with evidence and mastered", () => {
    const results = [
      result(ANNA, [GETALLEN_1F], { score: score(9) }),
      result(ANNA, [GETALLEN_1F], { score: score(9) }),
      result(ANNA, [VERBANDEN_1F], { score: score(3) }),
      result(BRAM, [FICTIE_1F], { success: true }),
    ];
    const byPupil = masteryByPupilLine(results, [REKENEN_LINE, LEZEN_LINE], { now: NOW });
    // (2 x 0.9 + 1 x 0.3) / 3 = 0.7
    expect(byPupil.get(ANNA)?.get(REKENEN_LINE.id)).toEqual({
      value: expect.closeTo(0.7, 12),
      status: 'nearly',
      evidence: 3,
      goalsWithEvidence: 2,
      goalsMastered: 1,
    });
    expect(byPupil.get(ANNA)?.get(LEZEN_LINE.id)).toEqual({
      value: null,
      status: 'not-started',
      evidence: 0,
      goalsWithEvidence: 0,
      goalsMastered: 0,
    });
    expect(byPupil.get(BRAM)?.get(LEZEN_LINE.id)).toEqual({ value: 1, status: 'mastered', evidence: 1, goalsWithEvidence: 1, goalsMastered: 1 });
    expect(byPupil.get(BRAM)?.get(REKENEN_LINE.id)?.value).toBeNull();
  });

  it('ignores goals that are on no given line', () => {
    const byPupil = masteryByPupilLine([result(ANNA, [goalId('elders.iets.1')], { score: score(10) })], [REKENEN_LINE], { now: NOW });
    expect(byPupil.get(ANNA)?.get(REKENEN_LINE.id)?.value).toBeNull();
    expect(masteryByPupilLine([], [REKENEN_LINE], { now: NOW }).size).toBe(0);
  });
});
