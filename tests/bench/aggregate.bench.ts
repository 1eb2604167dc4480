/**
 * A school year of results (about a million) aggregated to mastery per pupil x goal:
 * `masteryByPupilGoal` (dictionary-encoded pupils and goals, typed arrays) against a naive
 * baseline (a Map per pupil keyed by the 160-character pseudonym, then a Map per goal), measured
 * in the same run, for a small school (84 pupils) and a large one (1,000 pupils).
 * `npm run bench` prints vitest's table and, per size, one line "ratio: baseline / ours = N x".
 *
 * Every result carries its own copy of the pseudonym and time (as records read from IndexedDB
 * or parsed from JSON do), so neither side gets string hashes cached by a shared string object.
 */
import { bench, describe } from 'vitest';
import { goalId, pupilRef, resultIdOf, sourceId, type GoalId, type PupilRef } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { masteryByPupilGoal } from '@/domain/progress/aggregate';
import { DEFAULT_HALF_LIFE_DAYS, evidenceOf, statusOf, TEST_WEIGHT, type Mastery } from '@/domain/progress/mastery';
import { createRandom, hex } from '../../mocks/demo-school/prng';

const RESULTS = 1_000_000;
const GOALS = 60;
const NOW = '2026-07-03T14:00:00.000Z';
const DAY_MS = 86_400_000;
const fresh = (value: string): string => JSON.parse(JSON.stringify(value)) as string;

/** 1,000,000 results over a year: `pupils` pupils with 160-character refs, 60 goals, 3% unmapped, 3% with two goals. */
function schoolYear(pupils: number, seed: number): Result[] {
  const random = createRandom(seed);
  const prefix = 'https://demo.invalid/nep-eckid/201703/';
  const refs = Array.from({ length: pupils }, () => prefix + hex(random, 160 - prefix.length));
  const goals = Array.from({ length: GOALS }, (_, i) => goalId(`bench.strand-${i % 20}.level-${Math.floor(i / 20)}`));
  const source = sourceId('src-bench');
  const nowMs = Date.parse(NOW);
  const results: Result[] = new Array<Result>(RESULTS);
  for (let n = 0; n < RESULTS; n += 1) {
    const kind = random();
    const goalPick = random();
    const recordId = `rec-${n}`;
    const first = Math.floor(goalPick * GOALS);
    const one = goals[first] as GoalId;
    results[n] = {
      id: resultIdOf(source, recordId),
      source,
      recordId,
      pupil: pupilRef(fresh(refs[n % pupils] as string)),
      code: 'BENCH',
      goals: goalPick < 0.03 ? [] : goalPick < 0.06 ? [one, goals[(first + 7) % GOALS] as GoalId] : [one],
      level: null,
      workForm: kind < 0.1 ? 'test' : 'practice',
      time: new Date(nowMs - random() * 365 * DAY_MS).toISOString(),
      score: kind < 0.75 ? scaleScore(Math.floor(random() * 21), 0, 20) : null,
      success: kind >= 0.75 && kind < 0.95 ? random() < 0.6 : null,
      completion: null,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    };
  }
  return results;
}

interface Cell {
  sumW: number;
  sumWS: number;
  count: number;
  last: number;
}

/** The baseline: the same sums and the same output, grouped by the ref string in nested Maps. */
function naiveMasteryByPupilGoal(results: readonly Result[], now: string): Map<PupilRef, Map<GoalId, Mastery>> {
  const nowMs = Date.parse(now);
  const decay = Math.LN2 / (DEFAULT_HALF_LIFE_DAYS * DAY_MS);
  const sums = new Map<PupilRef, Map<GoalId, Cell>>();
  for (const result of results) {
    if (result.goals.length === 0) continue;
    const value = evidenceOf(result);
    const time = Date.parse(result.time);
    if (value === null || Number.isNaN(time) || time > nowMs) continue;
    const weight = Math.exp(-decay * (nowMs - time)) * (result.workForm === 'test' ? TEST_WEIGHT : 1);
    let byGoal = sums.get(result.pupil);
    if (!byGoal) sums.set(result.pupil, (byGoal = new Map()));
    for (const goal of result.goals) {
      let cell = byGoal.get(goal);
      if (!cell) byGoal.set(goal, (cell = { sumW: 0, sumWS: 0, count: 0, last: -Infinity }));
      cell.sumW += weight;
      cell.sumWS += weight * value;
      cell.count += 1;
      if (time > cell.last) cell.last = time;
    }
  }
  const out = new Map<PupilRef, Map<GoalId, Mastery>>();
  for (const [pupil, byGoal] of sums) {
    const masteries = new Map<GoalId, Mastery>();
    for (const [goal, cell] of byGoal) {
      const value = cell.sumWS / cell.sumW;
      masteries.set(goal, { value, evidence: cell.count, lastAt: new Date(cell.last).toISOString(), status: statusOf(value, cell.count) });
    }
    out.set(pupil, masteries);
  }
  return out;
}

/** Both sides must compute the same thing, or the ratio means nothing. */
function assertSame(results: readonly Result[], pupils: number): void {
  const ours = masteryByPupilGoal(results, { now: NOW });
  const naive = naiveMasteryByPupilGoal(results, NOW);
  if (ours.size !== pupils || naive.size !== pupils) throw new Error(`expected ${pupils} pupils in both, got ${ours.size} and ${naive.size}`);
  for (const [pupil, byGoal] of naive) {
    for (const [goal, expected] of byGoal) {
      const actual = ours.get(pupil)?.get(goal);
      if (
        !actual ||
        Math.abs(actual.value - expected.value) > 1e-9 ||
        actual.evidence !== expected.evidence ||
        actual.lastAt !== expected.lastAt ||
        actual.status !== expected.status
      ) {
        throw new Error(`masteryByPupilGoal and the baseline disagree on ${goal}`);
      }
    }
    if (ours.get(pupil)?.size !== byGoal.size) throw new Error('masteryByPupilGoal and the baseline have different goals');
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const options = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
let sink = 0;

for (const pupils of [84, 1000]) {
  const results = schoolYear(pupils, 2026 + pupils);
  assertSame(results, pupils);
  // Our own timings of the measured runs (not the warm-up), for the ratio line.
  const took = { ours: [] as number[], naive: [] as number[] };
  let measuring = false;
  const timed = (into: number[], work: () => number) => () => {
    const start = performance.now();
    sink += work();
    if (measuring) into.push(performance.now() - start);
  };
  const phase = { setup: (_task: unknown, mode?: string) => void (measuring = mode === 'run') };

  describe(`mastery of ${pupils} pupils x ${GOALS} goals from ${results.length.toLocaleString('en')} results`, () => {
    bench(
      'masteryByPupilGoal (dictionary-encoded, typed arrays)',
      timed(took.ours, () => masteryByPupilGoal(results, { now: NOW }).size),
      { ...options, ...phase },
    );
    bench(
      'baseline: nested Map<pupilRef, Map<goalId, sums>>',
      timed(took.naive, () => naiveMasteryByPupilGoal(results, NOW).size),
      {
        ...options,
        ...phase,
        // The baseline runs second: print the ratio once both are measured (vitest runs no afterAll in bench mode).
        teardown: (_task: unknown, mode?: string) => {
          if (mode !== 'run') return;
          const ours = median(took.ours);
          const naive = median(took.naive);
          console.log(
            `[aggregate, ${pupils} pupils] masteryByPupilGoal ${ours.toFixed(0)} ms, baseline ${naive.toFixed(0)} ms (medians); ratio baseline / ours = ${(naive / ours).toFixed(2)}x`,
          );
        },
      },
    );
  });
}

export { sink };
