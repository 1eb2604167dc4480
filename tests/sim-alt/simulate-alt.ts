/**
 * A second simulated school, designed apart from tests/sim (whose pupils follow a growth curve from a
 * low to a high level and whose suppliers add Gaussian noise on 0..1), so the needs-help rule and the
 * estimators cannot be tuned to one generative model. Each seed draws a school (altSchool):
 * - ability on a logit scale: a share of weak pupils (0..50%) with lower ability and slower learning;
 *   goals of different difficulty (spread 0.3..1.5 logits); a goal grows while it is taught (about
 *   three weeks) and a little by revision after; mastery = logistic(ability - difficulty - 2 + pace x time taught);
 * - stuck pupils (2..25%): from a week in 1..6 they learn at 0..15% of their pace on every goal;
 * - practice in sessions of several results (bursts), weeks of uneven activity (gamma, heavy-tailed),
 *   pupils missing whole weeks (ill: 10%), a holiday week in half the schools (no results, no learning),
 *   and pupils who stop using one tool (but not the others) at some week (0..40% per tool);
 * - goals taught one after another: a session practises the goal being taught (70%), the one before (20%)
 *   or any earlier one (10%);
 * - 2..5 of the six suppliers of alt-suppliers.ts, their noise x0.5..2.
 * Ground truth is the same as tests/sim's: trueMastery (through each pupil's own `mastery`) and trulyStalled.
 */
import { goalId, pupilRef, type GoalId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { createRandom, type Random } from '../../mocks/demo-school/prng';
import { normal } from '../sim/sim-suppliers';
import { SIM_START, type SimPupil, type Simulation } from '../sim/simulate';
import { ALT_SUPPLIER_KINDS, altResult, altSupplier, type AltSupplier } from './alt-suppliers';
import { heldDraws, type HeldDraws, type HeldKnobs } from './held-out';

export interface AltSchool {
  readonly seed: number;
  readonly pupils: number;
  readonly goals: number;
  readonly weeks: number;
  readonly stalledShare: number;
  readonly weakShare: number;
  readonly difficultySpread: number;
  /** Shape of the gamma distribution of a pupil-week's activity (small: bursty). */
  readonly weekShape: number;
  readonly holidayWeek: number | null;
  readonly toolDropShare: number;
  readonly suppliers: readonly AltSupplier[];
  readonly label: string;
  /** The held-out variation's settings (held-out.ts); absent: the alternative simulator as designed. */
  readonly held?: HeldKnobs;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const between = (random: Random, lo: number, hi: number) => lo + (hi - lo) * random();
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** A gamma(shape, 1/shape) draw (mean 1), Marsaglia-Tsang. */
function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(random);
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(1 - random()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / shape;
  }
}

function poisson(random: Random, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const u = random();
  while (u > sum && k < 50) {
    k += 1;
    p *= mean / k;
    sum += p;
  }
  return k;
}

/** The school of `seed`: every setting drawn from the ranges above. */
export function altSchool(seed: number, pupils = 150): AltSchool {
  const random = createRandom(seed * 7919 + 17);
  const stalledShare = between(random, 0.02, 0.25);
  const weakShare = random() < 0.3 ? 0 : between(random, 0.1, 0.5);
  const difficultySpread = between(random, 0.3, 1.5);
  const weekShape = Math.exp(between(random, Math.log(0.5), Math.log(4)));
  const holidayWeek = random() < 0.5 ? 3 + Math.floor(random() * 5) : null;
  const toolDropShare = between(random, 0, 0.4);
  const noise = Math.exp(between(random, Math.log(0.5), Math.log(2)));
  const count = 2 + Math.floor(random() * 4);
  const kinds = [...ALT_SUPPLIER_KINDS].sort(() => random() - 0.5).slice(0, count);
  const suppliers = kinds.map((kind) => altSupplier(kind, noise));
  const f = (x: number) => x.toFixed(2);
  const label = `alt ${seed}: stuck ${Math.round(stalledShare * 100)}%, weak ${Math.round(weakShare * 100)}%, ${kinds.join('+')} noise x${f(noise)}, difficulty sd ${f(difficultySpread)}, weeks gamma ${f(weekShape)}${holidayWeek === null ? '' : `, holiday wk ${holidayWeek}`}, tool drop ${Math.round(toolDropShare * 100)}%`;
  return { seed, pupils, goals: 8, weeks: 12, stalledShare, weakShare, difficultySpread, weekShape, holidayWeek, toolDropShare, suppliers, label };
}

/** Weeks of school time by week `t` (the holiday week does not count). */
const schoolTime = (school: AltSchool, t: number) => (school.holidayWeek === null ? t : t - Math.min(1, Math.max(0, t - school.holidayWeek)));
/** Weeks a goal taught from `start` has been learnt by school time `t`: up to 3 while taught, then a fifth as fast. */
const taught = (start: number, t: number) => Math.min(3, Math.max(0, t - start)) + 0.2 * Math.max(0, t - start - 3);
const startOf = (goal: number, goals: number, paired = false) =>
  paired ? 0.2 + (9.5 * Math.floor(goal / 2)) / Math.max(1, Math.ceil(goals / 2) - 1) : 0.2 + (9.5 * goal) / Math.max(1, goals - 1);

/** A pupil's hidden state: what makePupil draws and their mastery follows from (the oracle integrates over it). */
export interface AltPupilState {
  readonly ability: number;
  readonly pace: number;
  /** The week they got stuck, or null. */
  readonly stallWeek: number | null;
  /** The share of their pace kept after the stall (below 0: they forget). */
  readonly after: number;
}

/** True mastery of a pupil in `state` on `goal` at calendar week `week` (0 = start), in `school` with these goal difficulties. */
export function altMastery(school: AltSchool, difficulty: readonly number[], state: AltPupilState) {
  return (goal: number, week: number) => {
    const t = schoolTime(school, week);
    const start = startOf(goal, school.goals, school.held?.pairedGoals);
    const stall = state.stallWeek === null ? t : Math.min(t, schoolTime(school, state.stallWeek));
    const learnt = state.pace * (taught(start, stall) + state.after * (taught(start, t) - taught(start, stall)));
    return logistic(state.ability - (difficulty[goal] as number) - 2 + learnt);
  };
}

function makePupil(random: Random, index: number, school: AltSchool, difficulty: readonly number[], fading = 0): SimPupil {
  const weak = random() < school.weakShare;
  const ability = weak ? -0.9 + 0.5 * normal(random) : 0.4 + 0.8 * normal(random);
  const pace = (weak ? 0.8 : 1.3) * Math.exp(0.3 * normal(random));
  const stallWeek = random() < school.stalledShare ? between(random, 1, 6) : null;
  const after = stallWeek === null ? 1 : 0.15 * random() - fading;
  const activity = Math.exp(0.5 * normal(random) - 0.125);
  const mastery = altMastery(school, difficulty, { ability, pace, stallWeek, after });
  return { ref: pupilRef(`alt-pupil-${index}`), stallWeek, activity, trajectories: [], mastery };
}

function pickGoal(random: Random, school: AltSchool, week: number): number | null {
  const t = schoolTime(school, week);
  const started = Array.from({ length: school.goals }, (_, g) => g).filter((g) => startOf(g, school.goals, school.held?.pairedGoals) <= t);
  const current = started.at(-1);
  if (current === undefined) return null;
  const revision = school.held?.revisionShare ?? 0.3;
  const draw = random();
  if (draw < 1 - revision || current === 0) return current;
  if (draw < 1 - revision / 3) return current - 1;
  return Math.floor(random() * current);
}

/** A simulated alternative school with the generative truth the needs-help oracle knows (alt-oracle.ts). */
export interface AltSimulation extends Simulation {
  readonly school: AltSchool;
  readonly difficulty: readonly number[];
  readonly held: HeldDraws;
}

export function simulateAlt(school: AltSchool): AltSimulation {
  const random = createRandom(school.seed);
  const startMs = Date.parse(SIM_START);
  const goals = Array.from({ length: school.goals }, (_, g) => goalId(`sim.goal-${g}`));
  const difficulty = goals.map(() => school.difficultySpread * normal(random));
  const held = heldDraws(school, goals.length);
  const pupils = Array.from({ length: school.pupils }, (_, i) => makePupil(random, i, school, difficulty, held.fading(i)));
  const results: Result[] = [];
  let serial = 0;
  for (const [p, pupil] of pupils.entries()) {
    const droppedFrom = school.suppliers.map(() => (random() < school.toolDropShare ? between(random, 1, 10) : Infinity));
    for (let week = 0; week < school.weeks; week += 1) {
      const ill = random() < 0.1;
      const busy = gamma(random, school.weekShape);
      if (ill || week === school.holidayWeek || week < held.joinWeek(p)) continue;
      school.suppliers.forEach((supplier, s) => {
        if (week >= (droppedFrom[s] as number)) return;
        const sessions = poisson(random, supplier.perWeek * pupil.activity * busy);
        for (let k = 0; k < sessions; k += 1) {
          const sessionMs = startMs + week * WEEK_MS + held.day(Math.floor(random() * 5)) * DAY_MS + (9 + 6 * random()) * 3_600_000;
          const goal = pickGoal(random, school, (sessionMs - startMs) / WEEK_MS);
          if (goal === null) continue;
          const items = 1 + poisson(random, supplier.burst - 1);
          for (let i = 0; i < items; i += 1) {
            const time = sessionMs + i * 120_000;
            const truth = held.asSeenBy(s, goal, pupil.mastery?.(goal, (time - startMs) / WEEK_MS) ?? 0);
            serial += 1;
            results.push(altResult(supplier, pupil.ref, goals[goal] as GoalId, time, truth, random, serial));
          }
        }
      });
    }
  }
  results.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const config = simConfigOf(school);
  return { config, startMs, goals, pupils, results, school, difficulty, held };
}

/** The tests/sim config a school of another simulator reports itself as (its suppliers are its own, not tests/sim's). */
export function simConfigOf(school: {
  readonly seed: number;
  readonly pupils: number;
  readonly goals: number;
  readonly weeks: number;
  readonly stalledShare: number;
}) {
  return { seed: school.seed, pupils: school.pupils, goals: school.goals, weeks: school.weeks, stalledShare: school.stalledShare, suppliers: [] };
}
