/**
 * The probe simulator (`npm run bench:validity -- --sim probe`, decision 048): a school of probe-school.ts's pupils
 * whose tools report them through items answered right or wrong (a Rasch model: right with probability
 * logistic(pupil's logit on the goal - the item's offset), offsets +-0.7):
 * - practice A: 3 sessions a week (Poisson, times the pupil's activity) of 8 items, reported as the session's share right;
 * - practice B: 1.5 sessions a week of 6 items, reported as 0..3 stars (2, 4, 6 right);
 * - a class test every other week (weeks 1, 3, 5, ...) on Wednesday: 15 items on the goal being taught, 8% absent.
 * A session practises the goal being taught (60%), the one before (25%) or any earlier one (15%).
 * The knobs (probe-school.ts) change how the data look, one thing each.
 */
import { goalId, sourceId, type GoalId, type SourceId } from '@/domain/ids';
import { scaleScore, type Result, type WorkForm } from '@/domain/model';
import { createRandom, type Random } from '../../mocks/demo-school/prng';
import { normal, resultOf } from '../sim/sim-suppliers';
import { SIM_START, type SimPupil, type Simulation } from '../sim/simulate';
import { simConfigOf } from '../sim-alt/simulate-alt';
import { goalStart, HOLIDAY, makeProbePupil, poisson, probeLogit, schoolTime, type ProbePupilState, type ProbeSchool } from './probe-school';

export { type ProbeKnobs, type ProbeSchool } from './probe-school';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const HOUR_MS = 3_600_000;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export interface ProbeSimulation extends Simulation {
  readonly school: ProbeSchool;
  readonly difficulty: readonly number[];
}

interface Tool {
  readonly id: SourceId;
  readonly workForm: WorkForm;
  readonly items: number;
  /** The report of a session's `right` of `items` (session mode, not weekly). */
  readonly report: (right: number) => { raw: number; min: number; max: number };
}

const PRACTICE_A: Tool = { id: sourceId('probe-practice-a'), workForm: 'practice', items: 8, report: (right) => ({ raw: right, min: 0, max: 8 }) };
const PRACTICE_B: Tool = {
  id: sourceId('probe-practice-b'),
  workForm: 'practice',
  items: 6,
  report: (right) => ({ raw: right >= 6 ? 3 : right >= 4 ? 2 : right >= 2 ? 1 : 0, min: 0, max: 3 }),
};
const TEST: Tool = { id: sourceId('probe-test'), workForm: 'test', items: 15, report: (right) => ({ raw: right, min: 0, max: 15 }) };

export const DEFAULT_PROBE: Omit<ProbeSchool, 'seed' | 'knobs'> = { pupils: 150, goals: 8, weeks: 12, stalledShare: 0.12 };

export function probeSchool(seed: number, knobs: ProbeSchool['knobs'] = {}, pupils = DEFAULT_PROBE.pupils): ProbeSchool {
  return { ...DEFAULT_PROBE, seed, pupils, knobs };
}

/** The goal a session at school time `t` practises, or null before the first is taught. */
function pickGoal(random: Random, goals: number, t: number): number | null {
  let current = -1;
  for (let g = 0; g < goals; g += 1) if (goalStart(g) <= t) current = g;
  if (current < 0) return null;
  const draw = random();
  if (draw < 0.6 || current === 0) return current;
  if (draw < 0.85) return current - 1;
  return Math.floor(random() * current);
}

export function simulateProbe(school: ProbeSchool): ProbeSimulation {
  const { knobs } = school;
  const random = createRandom(school.seed * 6_700_417 + 29);
  const startMs = Date.parse(SIM_START);
  const goals = Array.from({ length: school.goals }, (_, g) => goalId(`sim.goal-${g}`));
  const difficulty = goals.map(() => 0.5 * normal(random));
  const pupils = Array.from({ length: school.pupils }, (_, i) => makeProbePupil(random, i, school, difficulty));
  const results: Result[] = [];
  let serial = 0;
  const recorded = (time: number) =>
    time >= startMs + (knobs.startWeek ?? 0) * WEEK_MS &&
    !((knobs.holiday || knobs.pause) && time >= startMs + HOLIDAY[0] * WEEK_MS && time < startMs + HOLIDAY[1] * WEEK_MS) &&
    time < startMs + school.weeks * WEEK_MS;
  const push = (tool: Tool, pupil: SimPupil, goal: number, time: number, raw: number, min: number, max: number) => {
    if (!recorded(time)) return;
    serial += 1;
    const at = knobs.dateOnly ? Math.floor(time / DAY_MS) * DAY_MS : time;
    const result = resultOf(tool, pupil.ref, goals[goal] as GoalId, at, serial, { score: scaleScore(raw, min, max), success: null, normBand: null });
    // multi: a practice result tagged with the goal before it as well (a tool's exercise set spans two goals)
    results.push(
      knobs.multi && goal > 0 && tool.workForm === 'practice' ? { ...result, goals: [goals[goal] as GoalId, goals[goal - 1] as GoalId] } : result,
    );
  };
  const logitOf = (state: ProbePupilState, goal: number, time: number) => probeLogit(knobs, difficulty, state, goal, (time - startMs) / WEEK_MS);
  /** Items answered right, one by one, by a pupil at `theta`, each item's offset drawn (or, adaptive, near the pupil's level). */
  const answer = (theta: number, items: number, harder: number, adaptive: boolean) =>
    Array.from({ length: items }, () => {
      const offset = adaptive ? theta - Math.log(0.7 / 0.3) + 0.4 * normal(random) : 0.7 * normal(random) + harder;
      return random() < logistic(theta - offset);
    });

  for (const pupil of pupils) {
    const { state } = pupil;
    // per tool x goal x week, the items of a week (knobs.weekly)
    const week = new Map<string, { tool: Tool; goal: number; right: number; items: number; at: number }>();
    const practise = (tool: Tool, perWeek: number, w: number, harder: number, adaptive: boolean) => {
      const sessions = poisson(random, perWeek * state.activity);
      for (let k = 0; k < sessions; k += 1) {
        const time = startMs + w * WEEK_MS + Math.floor(random() * 5) * DAY_MS + (7 + 6.5 * random()) * HOUR_MS;
        const goal = pickGoal(random, school.goals, schoolTime(knobs, (time - startMs) / WEEK_MS));
        if (goal === null) continue;
        const answers = answer(logitOf(state, goal, time), tool.items, harder, adaptive);
        const right = answers.filter(Boolean).length;
        if (knobs.weekly) {
          const key = `${tool.id}|${goal}`;
          const sum = week.get(key) ?? { tool, goal, right: 0, items: 0, at: startMs + w * WEEK_MS + 4 * DAY_MS + 14 * HOUR_MS };
          week.set(key, { ...sum, right: sum.right + right, items: sum.items + tool.items });
        } else if (knobs.report === 'item') answers.forEach((ok, i) => push(tool, pupil, goal, time + i * 60_000, ok ? 1 : 0, 0, 1));
        else {
          const { raw, min, max } = tool.report(right);
          push(tool, pupil, goal, time, raw, min, max);
        }
      }
    };
    for (let w = 0; w < school.weeks; w += 1) {
      if (!knobs.sparse) {
        const [a, b] = knobs.rotation ? (w % 2 === 0 ? [2, 0] : [0, 2]) : [1, 1];
        // split: the weaker half on practice A with easier items (a remedial tool), the stronger half on practice B, each twice as often
        const split = knobs.split === true;
        const weaker = state.ability < 0;
        if (!split || weaker) practise(PRACTICE_A, 3 * a * (split ? 1.5 : 1), w, split ? -1 : 0, knobs.adaptive === true);
        if (!split || !weaker) practise(PRACTICE_B, 1.5 * b * (split ? 3 : 1), w, knobs.harsh ? 1.5 : 0, false);
        for (const sum of week.values()) push(sum.tool, pupil, sum.goal, sum.at, sum.right, 0, sum.items);
        week.clear();
      }
    }
    // class tests: every other week on the goal being taught, or (sparse) each goal when first taught and three weeks on
    const tests = knobs.sparse
      ? goals.flatMap((_, g) => [goalStart(g) + 0.3, goalStart(g) + 3].map((at) => ({ at, goal: g })))
      : Array.from({ length: Math.floor(school.weeks / 2) }, (_, k) => ({ at: 2 * k + 1 + 2 / 7, goal: -1 }));
    for (const test of tests) {
      if (random() < 0.08) continue;
      const day = Math.round(test.at * 7);
      const weekday = day % 7 >= 5 ? day + (7 - (day % 7)) : day; // a weekend test moves to Monday
      const time = startMs + weekday * DAY_MS + 8 * HOUR_MS;
      const goal = test.goal >= 0 ? test.goal : pickTaught(school.goals, schoolTime(knobs, (time - startMs) / WEEK_MS));
      if (goal === null) continue;
      const right = answer(logitOf(state, goal, time), TEST.items, 0, false).filter(Boolean).length;
      push(TEST, pupil, goal, time, right, 0, TEST.items);
    }
  }
  results.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const config = simConfigOf(school);
  return { config, startMs, goals, pupils, results, school, difficulty };
}

/** The goal being taught at school time `t`. */
function pickTaught(goals: number, t: number): number | null {
  let current: number | null = null;
  for (let g = 0; g < goals; g += 1) if (goalStart(g) <= t) current = g;
  return current;
}
