/**
 * The needs-help ceiling on the alternative simulators (simulate-alt.ts, held-out.ts), NOT an app rule,
 * like tests/sim/needs-help-oracle.ts for tests/sim: it knows the school's generative truth (each goal's
 * difficulty and teaching weeks, the holiday, the weak share and the prior of ability and pace, the
 * stuck share and weeks, how much a stuck pupil still learns or forgets, each supplier's scale and
 * noise, the held-out supplier x goal offsets) and computes for every pupil the posterior probability
 * of being truly stuck (trulyStalled) from the same results the app sees. Flagged above the threshold
 * that maximises F1 against the truth (chosen on the truth, so the ceiling is optimistic).
 *
 * Quadrature over the pupil's hidden state: ability on a grid of ABILITY_STEP, pace on PACE_POINTS
 * (the weak and other pupils' priors mixed), not stuck or stuck at STALL_POINTS weeks in 1..6 with
 * AFTER_POINTS shares of pace kept (and, held out, forgetting or not). Given the state every mastery is
 * known, so the likelihood is exact (results of one session, supplier and goal pooled; which results
 * exist, i.e. activity, is not used).
 */
import { f1Of, precisionOf, recallOf, type Confusion } from '../sim/metrics';
import { bestF1 } from '../sim/needs-help-oracle';
import { trulyStalled, weekEnd, type SimPupil } from '../sim/simulate';
import { altLikelihoodTables, LOGIT_MIN, LOGIT_POINTS, LOGIT_STEP } from './alt-likelihood';
import { altMastery, type AltSimulation } from './simulate-alt';

const ABILITY = { from: -3, to: 3.4, step: 0.08 };
const PACE_POINTS = 9;
const STALL_POINTS = 8;
const AFTER_POINTS = 3;
const WEEK_MS = 7 * 86_400_000;
const SESSION_MS = 30 * 60_000;
const logit = (p: number) => Math.log(p / (1 - p));
const normalDensity = (x: number, mean: number, sd: number) => Math.exp(-0.5 * ((x - mean) / sd) ** 2) / sd;

interface Observation {
  readonly goal: number;
  readonly week: number;
  /** The supplier x goal offset on the logit (held out), or null: the supplier sees the mastery as it is. */
  readonly offset: number | null;
  readonly table: Float64Array;
}

function observationsOf(sim: AltSimulation, endMs: number): Observation[][] {
  const tableOf = altLikelihoodTables();
  const goalIndex = new Map(sim.goals.map((goal, g) => [goal as string, g]));
  const pupilIndex = new Map(sim.pupils.map((pupil, p) => [pupil.ref as string, p]));
  const supplierIndex = new Map(sim.school.suppliers.map((supplier, s) => [supplier.id as string, s]));
  const sessions = sim.pupils.map(() => new Map<string, { goal: number; week: number; offset: number | null; table: Float64Array }>());
  for (const result of sim.results) {
    const timeMs = Date.parse(result.time);
    if (timeMs > endMs) continue;
    const s = supplierIndex.get(result.source) as number;
    const g = goalIndex.get(result.goals[0] as string) as number;
    const key = `${s}:${g}:${Math.floor(timeMs / SESSION_MS)}`;
    const own = sessions[pupilIndex.get(result.pupil) as number] as Map<string, Observation>;
    const table = tableOf(sim.school.suppliers[s] as AltSimulation['school']['suppliers'][number], result);
    const found = own.get(key);
    if (found) for (let i = 0; i < LOGIT_POINTS; i += 1) found.table[i] = (found.table[i] as number) + (table[i] as number);
    else {
      const offset = sim.school.held ? logit(sim.held.asSeenBy(s, g, 0.5)) : null;
      own.set(key, { goal: g, week: (timeMs - sim.startMs) / WEEK_MS, offset, table: Float64Array.from(table) });
    }
  }
  return sessions.map((own) => [...own.values()]);
}

interface Shape {
  readonly pace: number;
  readonly stallWeek: number | null;
  readonly after: number;
  readonly logPrior: number;
}

/** The pace x stall x after points with their prior weight (ability apart); stalls from `week` on are no stall yet. */
function shapesOf(sim: AltSimulation, week: number): Shape[] {
  const { school } = sim;
  const logPaces = Array.from(
    { length: PACE_POINTS },
    (_, k) => Math.log(0.8) - 0.9 + ((Math.log(1.3) - Math.log(0.8) + 1.8) * k) / (PACE_POINTS - 1),
  );
  const pacePrior = (lp: number) =>
    school.weakShare * normalDensity(lp, Math.log(0.8), 0.3) + (1 - school.weakShare) * normalDensity(lp, Math.log(1.3), 0.3);
  const fadings = school.held ? [0, 0.1] : [0];
  const shapes: Shape[] = [];
  for (const lp of logPaces) {
    const pace = Math.exp(lp);
    let none = 1 - school.stalledShare;
    for (let k = 0; k < STALL_POINTS; k += 1) {
      const stallWeek = 1 + (5 * (k + 0.5)) / STALL_POINTS;
      if (stallWeek >= week) {
        none += school.stalledShare / STALL_POINTS;
        continue;
      }
      for (const fading of fadings)
        for (let a = 0; a < AFTER_POINTS; a += 1) {
          const weight = school.stalledShare / STALL_POINTS / fadings.length / AFTER_POINTS;
          shapes.push({ pace, stallWeek, after: (0.15 * (a + 0.5)) / AFTER_POINTS - fading, logPrior: Math.log(pacePrior(lp) * weight) });
        }
    }
    shapes.push({ pace, stallWeek: null, after: 1, logPrior: Math.log(pacePrior(lp) * none) });
  }
  return shapes;
}

/** Posterior probability that each pupil is truly stuck at `week`, from their results up to then. */
export function altStalledPosteriors(sim: AltSimulation, week: number): number[] {
  const { school } = sim;
  const abilities = Array.from({ length: Math.round((ABILITY.to - ABILITY.from) / ABILITY.step) + 1 }, (_, j) => ABILITY.from + j * ABILITY.step);
  const abilityPrior = abilities.map((a) =>
    Math.log(school.weakShare * normalDensity(a, -0.9, 0.5) + (1 - school.weakShare) * normalDensity(a, 0.4, 0.8)),
  );
  const shapes = shapesOf(sim, week);
  const zero = sim.difficulty.map(() => 0);
  // truth per state: is a pupil of this shape and ability truly stuck?
  const stuck = shapes.map((shape) =>
    abilities.map((ability) => {
      const pupil: SimPupil = {
        ref: sim.pupils[0]?.ref as SimPupil['ref'],
        stallWeek: shape.stallWeek,
        activity: 1,
        trajectories: [],
        mastery: altMastery(school, sim.difficulty, { ...shape, ability }),
      };
      return trulyStalled(pupil, sim.goals.length, week);
    }),
  );
  const learntOf = shapes.map((shape) => altMastery(school, zero, { ...shape, ability: 0 }));
  const observed = observationsOf(sim, weekEnd(sim, week));
  const maxClamp = logit(0.995);
  const logLik = new Float64Array(abilities.length);
  return observed.map((observations) => {
    const logPost: number[] = [];
    const truth: boolean[] = [];
    shapes.forEach((shape, k) => {
      logLik.fill(0);
      for (const o of observations) {
        const base =
          logit(Math.min(1 - 1e-12, Math.max(1e-12, (learntOf[k] as (g: number, w: number) => number)(o.goal, o.week)))) -
          (sim.difficulty[o.goal] as number);
        const table = o.table;
        const first = (base + (abilities[0] as number) - LOGIT_MIN) / LOGIT_STEP;
        const last = (base + (abilities[abilities.length - 1] as number) - LOGIT_MIN) / LOGIT_STEP;
        if (o.offset === null && first >= 0 && last <= LOGIT_POINTS - 1.000001) {
          // the whole ability grid falls inside the table: no clamping needed (same values, fewer operations)
          for (let j = 0; j < abilities.length; j += 1) {
            const at = (base + (abilities[j] as number) - LOGIT_MIN) / LOGIT_STEP;
            const i = Math.floor(at);
            const f = at - i;
            logLik[j] = (logLik[j] as number) + (table[i] as number) * (1 - f) + (table[i + 1] as number) * f;
          }
          continue;
        }
        for (let j = 0; j < abilities.length; j += 1) {
          let x = base + (abilities[j] as number);
          if (o.offset !== null) x = Math.min(maxClamp, Math.max(-maxClamp, x)) + o.offset;
          const at = Math.min(LOGIT_POINTS - 1.000001, Math.max(0, (x - LOGIT_MIN) / LOGIT_STEP));
          const i = Math.floor(at);
          const f = at - i;
          logLik[j] = (logLik[j] as number) + (table[i] as number) * (1 - f) + (table[i + 1] as number) * f;
        }
      }
      for (let j = 0; j < abilities.length; j += 1) {
        logPost.push(shape.logPrior + (abilityPrior[j] as number) + (logLik[j] as number));
        truth.push((stuck[k] as boolean[])[j] as boolean);
      }
    });
    const top = Math.max(...logPost);
    let total = 0;
    let stuckWeight = 0;
    logPost.forEach((value, i) => {
      const w = Math.exp(value - top);
      total += w;
      if (truth[i]) stuckWeight += w;
    });
    return stuckWeight / total;
  });
}

export interface AltOracleRow {
  readonly estimator: 'needs-help oracle';
  readonly weeks: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly flaggedShare: number;
  readonly stalledShare: number;
  /** The oracle's precision when it lists as many pupils as `budget(week)` (the rule's count), or null. */
  readonly precisionAtBudget: number | null;
  /** Flagging every pupil whose posterior is at least 0.5 (a threshold not chosen on the truth). */
  readonly atHalf: { readonly precision: number | null; readonly recall: number | null; readonly flaggedShare: number };
}

export function evaluateAltOracle(
  sim: AltSimulation,
  weeks: readonly number[],
  budget: (week: number) => number | null = () => null,
): AltOracleRow[] {
  return weeks.map((week) => {
    const posteriors = altStalledPosteriors(sim, week);
    const truth = sim.pupils.map((pupil) => trulyStalled(pupil, sim.goals.length, week));
    const { confusion } = bestF1(posteriors, truth);
    const count = budget(week);
    const ranked = posteriors.map((p, i) => ({ p, stuck: truth[i] as boolean })).sort((a, b) => b.p - a.p);
    const half: Confusion = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
    posteriors.forEach((p, i) => {
      if (p >= 0.5 && truth[i]) half.truePositive += 1;
      else if (p >= 0.5) half.falsePositive += 1;
      else if (truth[i]) half.falseNegative += 1;
    });
    const top = count === null || count === 0 ? null : ranked.slice(0, count).filter((x) => x.stuck).length / count;
    return {
      estimator: 'needs-help oracle',
      weeks: week,
      precision: precisionOf(confusion),
      recall: recallOf(confusion),
      f1: f1Of(confusion),
      flaggedShare: (confusion.truePositive + confusion.falsePositive) / sim.pupils.length,
      stalledShare: truth.filter(Boolean).length / sim.pupils.length,
      precisionAtBudget: top,
      atHalf: { precision: precisionOf(half), recall: recallOf(half), flaggedShare: (half.truePositive + half.falsePositive) / sim.pupils.length },
    };
  });
}
