/**
 * The probe simulator's school and pupils (tests/sim-probe), designed apart from tests/sim and tests/sim-alt to find
 * which way a real school's data may differ trips the needs-help rule (decision 048). Its own generative model:
 * - a pupil's ability on a goal is a logit: ability - difficulty - 1 at the start, then rising linearly by the pupil's
 *   pace (0.35 logit a week, x0.74..1.35) from the week the goal is first taught (goals start 1.4 weeks apart) and on;
 *   true mastery is the logistic of it, the share right of the goal's average item (items sit +-0.7 logit around it);
 * - a stuck pupil (12%) stops growing on every goal at a week in 1..5;
 * - the knobs (ProbeKnobs) change one thing each that a school's data may show; none is on by default.
 * Ground truth is tests/sim's: trueMastery (through the pupil's own `mastery`) and trulyStalled.
 */
import { pupilRef } from '@/domain/ids';
import type { Random } from '../../mocks/demo-school/prng';
import { normal } from '../sim/sim-suppliers';
import type { SimPupil } from '../sim/simulate';

export interface ProbeKnobs {
  /** How the practice tools report: a session's share right ('session', the default), or every item as 0/1 ('item'). */
  readonly report?: 'session' | 'item';
  /** The main practice tool is adaptive: it serves items near the pupil's level, so about 70% are right whatever the ability. */
  readonly adaptive?: boolean;
  /** No practice tools: each goal is measured by a class test when it is first taught and one three weeks later. */
  readonly sparse?: boolean;
  /** The school started using the tools recently: no results before this week (4.5 at 6 weeks: 1.5 weeks of history). */
  readonly startWeek?: number;
  /** A two-week holiday (weeks 3.5..5.5): no results, no learning. */
  readonly holiday?: boolean;
  /** The tools paused for two weeks (weeks 3.5..5.5: no results) while teaching goes on (tests on paper, a tool outage). */
  readonly pause?: boolean;
  /** A slow class: 60% of the pupils grow at a quarter of the usual pace, slowly but steadily. */
  readonly slowClass?: boolean;
  /** Pupils at the ceiling already (3 logits above the others): a quarter with true, or this share. */
  readonly ceiling?: boolean | number;
  /** Timestamps with dates only: every result at 00:00 UTC of its day. */
  readonly dateOnly?: boolean;
  /** One result per week per tool and goal: the share right of the week's items, on Friday afternoon. */
  readonly weekly?: boolean;
  /** The two practice tools used in rotation: one in even weeks, the other in odd weeks (twice as much then). */
  readonly rotation?: boolean;
  /** One practice tool far harsher than the other: its items 1.5 logits harder. */
  readonly harsh?: boolean;
  /** Differentiated tools: the weaker half (ability below 0) on practice A with easier items (1 logit), the others on B. */
  readonly split?: boolean;
  /** A practice result tagged with two goals: the one practised and the one before it. */
  readonly multi?: boolean;
}

export interface ProbeSchool {
  readonly seed: number;
  readonly pupils: number;
  readonly goals: number;
  readonly weeks: number;
  readonly stalledShare: number;
  readonly knobs: ProbeKnobs;
}

/** The hidden state of a probe pupil. */
export interface ProbePupilState {
  readonly ability: number;
  /** Logits a school week. */
  readonly pace: number;
  readonly stallWeek: number | null;
  readonly activity: number;
}

export const PROBE_PACE = 0.35;
export const HOLIDAY: readonly [number, number] = [3.5, 5.5];
/** Week goal `goal` is first taught. */
export const goalStart = (goal: number) => 1.4 * goal;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** School weeks by calendar week `t` (a holiday does not count). */
export function schoolTime(knobs: ProbeKnobs, t: number): number {
  if (!knobs.holiday) return t;
  const [from, to] = HOLIDAY;
  return t - Math.min(to - from, Math.max(0, t - from));
}

/** The pupil's logit on goal `goal` at calendar week `week`. */
export function probeLogit(knobs: ProbeKnobs, difficulty: readonly number[], state: ProbePupilState, goal: number, week: number): number {
  const t = schoolTime(knobs, week);
  const until = state.stallWeek === null ? t : Math.min(t, schoolTime(knobs, state.stallWeek));
  return state.ability - (difficulty[goal] as number) - 1 + state.pace * Math.max(0, until - goalStart(goal));
}

export function makeProbePupil(
  random: Random,
  index: number,
  school: ProbeSchool,
  difficulty: readonly number[],
): SimPupil & { state: ProbePupilState } {
  const { knobs } = school;
  const atCeiling = knobs.ceiling !== undefined && knobs.ceiling !== false && random() < (knobs.ceiling === true ? 0.25 : knobs.ceiling);
  const slow = knobs.slowClass === true && random() < 0.6;
  const ability = normal(random) + (atCeiling ? 3 : 0);
  const pace = PROBE_PACE * Math.exp(0.3 * normal(random)) * (slow ? 0.25 : 1);
  const stallWeek = random() < school.stalledShare ? 1 + 4 * random() : null;
  const activity = Math.exp(0.4 * normal(random) - 0.08);
  const state = { ability, pace, stallWeek, activity };
  return {
    ref: pupilRef(`probe-pupil-${index}`),
    stallWeek,
    activity,
    trajectories: [],
    state,
    mastery: (goal, week) => logistic(probeLogit(knobs, difficulty, state, goal, week)),
  };
}

export function poisson(random: Random, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const u = random();
  while (u > sum && k < 60) {
    k += 1;
    p *= mean / k;
    sum += p;
  }
  return k;
}
