/**
 * A school year of results (about a million) aggregated to mastery per pupil x goal:
 * MasteryMatrix (dictionary-encoded pupils and goals, typed arrays) against a naive
 * baseline (a Map per pupil keyed by the 160-character pseudonym), measured in the same run.
 * `npm run bench` prints the ratio ("x times faster than").
 */
import { bench, describe } from 'vitest';
import { goalId, pupilRef, resultIdOf, sourceId, type GoalId } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { DEFAULT_HALF_LIFE_DAYS, evidenceOf, TEST_WEIGHT } from '@/domain/progress/mastery';
import { MasteryMatrix } from '@/domain/progress/matrix';
import { createRandom, hex } from '../../mocks/demo-school/prng';

const PUPILS = 1000;
const RESULTS_PER_PUPIL = 1000;
const GOALS = 60;
const NOW = '2026-07-03T14:00:00.000Z';
const DAY_MS = 86_400_000;

/** 1,000,000 results: 1,000 pupils with 160-character refs, 60 goals, times over a year. */
function schoolYear(): Result[] {
  const random = createRandom(2026);
  const prefix = 'https://demo.invalid/nep-eckid/201703/';
  const tails = Array.from({ length: PUPILS }, () => hex(random, 160 - prefix.length));
  const goals = Array.from({ length: GOALS }, (_, i) => [goalId(`bench.strand-${i % 20}.level-${Math.floor(i / 20)}`)] as readonly GoalId[]);
  const source = sourceId('src-bench');
  const nowMs = Date.parse(NOW);
  const results: Result[] = [];
  for (let n = 0; n < PUPILS * RESULTS_PER_PUPIL; n += 1) {
    const pupil = n % PUPILS;
    const kind = random();
    const goalPick = random();
    const recordId = `rec-${n}`;
    results.push({
      id: resultIdOf(source, recordId),
      source,
      recordId,
      // a new string per result, as parsed JSON would give
      pupil: pupilRef(prefix + (tails[pupil] as string)),
      code: 'BENCH',
      goals: goalPick < 0.03 ? [] : goalPick < 0.06 ? [...(goals[n % GOALS] ?? []), ...(goals[(n + 7) % GOALS] ?? [])] : (goals[Math.floor(goalPick * GOALS)] ?? []),
      level: null,
      workForm: kind < 0.1 ? 'test' : 'practice',
      time: new Date(nowMs - random() * 365 * DAY_MS).toISOString(),
      score: kind < 0.75 ? scaleScore(Math.floor(random() * 21), 0, 20) : null,
      success: kind >= 0.75 && kind < 0.95 ? random() < 0.6 : null,
      completion: null,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    });
  }
  return results;
}

interface Cell {
  sumW: number;
  sumWS: number;
  count: number;
  last: number;
}

/** The baseline: the same sums, grouped in a Map per pupil (keyed by the ref string), then per goal. */
function naiveAggregate(results: readonly Result[], now: string): Map<string, Map<string, Cell>> {
  const nowMs = Date.parse(now);
  const decay = Math.LN2 / (DEFAULT_HALF_LIFE_DAYS * DAY_MS);
  const byPupil = new Map<string, Map<string, Cell>>();
  for (const result of results) {
    if (result.goals.length === 0) continue;
    const value = evidenceOf(result);
    const time = Date.parse(result.time);
    if (value === null || Number.isNaN(time) || time > nowMs) continue;
    const weight = Math.exp(-decay * (nowMs - time)) * (result.workForm === 'test' ? TEST_WEIGHT : 1);
    let byGoal = byPupil.get(result.pupil);
    if (!byGoal) byPupil.set(result.pupil, (byGoal = new Map()));
    for (const goal of result.goals) {
      let cell = byGoal.get(goal);
      if (!cell) byGoal.set(goal, (cell = { sumW: 0, sumWS: 0, count: 0, last: -Infinity }));
      cell.sumW += weight;
      cell.sumWS += weight * value;
      cell.count += 1;
      if (time > cell.last) cell.last = time;
    }
  }
  return byPupil;
}

const results = schoolYear();

// Both sides must compute the same thing, or the ratio means nothing.
{
  const matrix = new MasteryMatrix(results, { now: NOW });
  const naive = naiveAggregate(results, NOW);
  for (const pupil of matrix.pupils.slice(0, 25)) {
    for (const goal of matrix.goals) {
      const cell = naive.get(pupil)?.get(goal);
      const mastery = matrix.get(pupil, goal);
      const same = cell && mastery ? Math.abs(cell.sumWS / cell.sumW - mastery.value) < 1e-9 && cell.count === mastery.evidence : !cell && !mastery;
      if (!same) throw new Error(`baseline and MasteryMatrix disagree on ${goal}`);
    }
  }
  if (naive.size !== PUPILS || matrix.pupils.length !== PUPILS) throw new Error('expected every pupil in both aggregates');
}

const options = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
let sink = 0;

describe(`mastery of ${PUPILS} pupils x ${GOALS} goals from ${results.length.toLocaleString('en')} results`, () => {
  bench(
    'MasteryMatrix (dictionary-encoded, typed arrays)',
    () => {
      sink += new MasteryMatrix(results, { now: NOW }).pupils.length;
    },
    options,
  );

  bench(
    'baseline: nested Map<pupilRef, Map<goalId, sums>>',
    () => {
      sink += naiveAggregate(results, NOW).size;
    },
    options,
  );
});

export { sink };
