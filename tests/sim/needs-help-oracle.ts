/**
 * The needs-help ceiling, NOT an app rule: it knows the simulator's generative model (the stall share
 * and weeks, the pace range, the growth curve, each supplier's scale, noise and bias: tests/sim/simulate.ts,
 * sim-suppliers.ts) and computes for every pupil the posterior probability of being truly stalled
 * (trulyStalled) given the same results the app sees. A pupil is flagged when that probability passes
 * the threshold that maximises F1 against the truth (chosen on the truth itself, so the ceiling is
 * optimistic): what no rule working from the results could beat by much on that data.
 *
 * The posterior is computed by quadrature over the pupil's hidden state: pace on PACE_POINTS points,
 * not stalled or stalled at STALL_POINTS weeks, and per goal SAMPLES draws of (lo, hi, the week it is
 * taught), shared by all pupils. Given pace and stall the goals are independent, so the likelihood is a
 * product over goals of each goal's average likelihood over its draws. Being stalled (mean true gain
 * over the look-back below TRUE_STALL_GAIN, not mastered) is judged per hidden state with a normal
 * approximation of the mean over goals. The choice of goal a pupil practises (which hints at when a
 * goal is taught) is not used.
 */
import { MASTERED_FROM } from '@/domain/progress/mastery';
import { createRandom } from '../../mocks/demo-school/prng';
import { f1Of, precisionOf, recallOf, type Confusion } from './metrics';
import { normalCdf } from './normal';
import { normal } from './sim-suppliers';
import { growthShare, lookbackWeeks, TRUE_STALL_GAIN, trulyStalled, weekEnd, type Simulation } from './simulate';

const PACE_POINTS = 6;
const STALL_POINTS = 5;
const SAMPLES = 48;
/** Each supplier's log-likelihood is tabulated on this many true values over 0..1 (linear in between). */
const TABLE_POINTS = 257;
const WEEK_MS = 7 * 86_400_000;

interface Draw {
  readonly lo: number;
  readonly hi: number;
  readonly shift: number;
}

interface Observation {
  readonly week: number;
  /** log P(this score | true mastery) on TABLE_POINTS true values. */
  readonly table: Float64Array;
}

/** log P(raw | truth) tabulated per supplier and raw score, on TABLE_POINTS true values. */
function likelihoodTables(sim: Simulation): (supplier: number, raw: number) => Float64Array {
  const tables = new Map<string, Float64Array>();
  return (supplier, raw) => {
    const key = `${supplier}:${raw}`;
    let table = tables.get(key);
    if (!table) {
      const model = sim.config.suppliers[supplier] as Simulation['config']['suppliers'][number];
      table = Float64Array.from({ length: TABLE_POINTS }, (_, i) => model.logLikelihood(raw, i / (TABLE_POINTS - 1)));
      tables.set(key, table);
    }
    return table;
  };
}

function lookup(table: Float64Array, truth: number): number {
  const x = Math.min(1, Math.max(0, truth)) * (TABLE_POINTS - 1);
  const i = Math.min(TABLE_POINTS - 2, Math.floor(x));
  const f = x - i;
  return (table[i] as number) * (1 - f) + (table[i + 1] as number) * f;
}

/** Posterior probability that each pupil is truly stalled at `week`, from their results up to then. */
export function stalledPosteriors(sim: Simulation, week: number): number[] {
  const { config } = sim;
  const goals = sim.goals.length;
  const random = createRandom(7919);
  const draws: Draw[] = Array.from({ length: SAMPLES }, () => ({ lo: 0.05 + 0.2 * random(), hi: 0.6 + 0.4 * random(), shift: normal(random) }));
  const shape = config.shape ?? 'logistic';
  const pace = config.pace ?? 1;
  const [from, to] = config.stallWeeks ?? [0.5, 3];
  const before = week - lookbackWeeks(week);
  const rates = Array.from({ length: PACE_POINTS }, (_, k) => (0.6 + (0.9 * (k + 0.5)) / PACE_POINTS) * pace);
  const stalls: (number | null)[] = [null, ...Array.from({ length: STALL_POINTS }, (_, j) => from + ((to - from) * (j + 0.5)) / STALL_POINTS)];
  const stallPrior = (stall: number | null) => (stall === null ? 1 - config.stalledShare : config.stalledShare / STALL_POINTS);
  const supplierIndex = new Map(config.suppliers.map((supplier, i) => [supplier.id as string, i]));
  const goalIndex = new Map(sim.goals.map((goal, g) => [goal as string, g]));
  const pupilIndex = new Map(sim.pupils.map((pupil, p) => [pupil.ref as string, p]));
  const endMs = weekEnd(sim, week);
  const tableOf = likelihoodTables(sim);
  const byPupil = sim.pupils.map(() => Array.from({ length: goals }, () => [] as Observation[]));
  for (const result of sim.results) {
    const timeMs = Date.parse(result.time);
    if (timeMs > endMs) continue;
    const g = goalIndex.get(result.goals[0] as string) as number;
    byPupil[pupilIndex.get(result.pupil) as number]?.[g]?.push({
      week: (timeMs - sim.startMs) / WEEK_MS,
      table: tableOf(supplierIndex.get(result.source) as number, result.score?.raw ?? 0),
    });
  }
  const midOf = (g: number) => 1 + (10 * g) / Math.max(1, goals - 1);
  return byPupil.map((observed) => {
    let evidence = -Infinity;
    const states: { logWeight: number; stalled: number }[] = [];
    for (const rate of rates) {
      for (const stall of stalls) {
        const at = (draw: Draw, g: number, t: number) =>
          draw.lo + (draw.hi - draw.lo) * growthShare(shape, rate, (stall === null ? t : Math.min(t, stall)) - midOf(g) - draw.shift);
        let logLikelihood = Math.log(stallPrior(stall) / PACE_POINTS);
        let gainMean = 0;
        let gainVar = 0;
        let levelMean = 0;
        let levelVar = 0;
        for (let g = 0; g < goals; g += 1) {
          const results = observed[g] as Observation[];
          const logs = draws.map((draw) => {
            let sum = 0;
            for (const o of results) sum += lookup(o.table, at(draw, g, o.week));
            return sum;
          });
          const top = Math.max(...logs);
          const weights = logs.map((value) => Math.exp(value - top));
          const total = weights.reduce((sum, w) => sum + w, 0);
          logLikelihood += top + Math.log(total / SAMPLES);
          let g1 = 0;
          let g2 = 0;
          let l1 = 0;
          let l2 = 0;
          draws.forEach((draw, m) => {
            const w = (weights[m] as number) / total;
            const level = at(draw, g, week);
            const gain = level - at(draw, g, before);
            g1 += w * gain;
            g2 += w * gain * gain;
            l1 += w * level;
            l2 += w * level * level;
          });
          gainMean += g1 / goals;
          gainVar += Math.max(0, g2 - g1 * g1) / goals ** 2;
          levelMean += l1 / goals;
          levelVar += Math.max(0, l2 - l1 * l1) / goals ** 2;
        }
        const below = (limit: number, mean: number, variance: number) =>
          variance < 1e-12 ? (mean < limit ? 1 : 0) : normalCdf((limit - mean) / Math.sqrt(variance));
        const stalled = below(TRUE_STALL_GAIN, gainMean, gainVar) * below(MASTERED_FROM, levelMean, levelVar);
        states.push({ logWeight: logLikelihood, stalled });
        evidence = Math.max(evidence, logLikelihood);
      }
    }
    let total = 0;
    let stalledWeight = 0;
    for (const state of states) {
      const w = Math.exp(state.logWeight - evidence);
      total += w;
      stalledWeight += w * state.stalled;
    }
    return stalledWeight / total;
  });
}

export interface OracleRuleRow {
  readonly estimator: 'needs-help oracle';
  readonly weeks: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly threshold: number;
  readonly stalled: number;
  readonly flagged: number;
}

/** The best F1 over thresholds on the posteriors, given the truth. */
export function bestF1(posteriors: readonly number[], truth: readonly boolean[]): { confusion: Confusion; threshold: number } {
  const order = posteriors.map((p, i) => ({ p, stalled: truth[i] as boolean })).sort((a, b) => b.p - a.p);
  const positives = truth.filter(Boolean).length;
  let best = { confusion: { truePositive: 0, falsePositive: 0, falseNegative: positives } as Confusion, threshold: 1, f1: 0 };
  let tp = 0;
  let fp = 0;
  order.forEach((item, i) => {
    if (item.stalled) tp += 1;
    else fp += 1;
    // only cut between different posteriors
    if (i + 1 < order.length && (order[i + 1] as { p: number }).p === item.p) return;
    const confusion = { truePositive: tp, falsePositive: fp, falseNegative: positives - tp };
    const f1 = f1Of(confusion) ?? 0;
    if (f1 > best.f1) best = { confusion, threshold: item.p, f1 };
  });
  return best;
}

export function evaluateOracleRule(sim: Simulation, weeks: readonly number[]): OracleRuleRow[] {
  return weeks.map((week) => {
    const posteriors = stalledPosteriors(sim, week);
    const truth = sim.pupils.map((pupil) => trulyStalled(pupil, sim.goals.length, week));
    const { confusion, threshold } = bestF1(posteriors, truth);
    return {
      estimator: 'needs-help oracle',
      weeks: week,
      precision: precisionOf(confusion),
      recall: recallOf(confusion),
      f1: f1Of(confusion),
      threshold,
      stalled: truth.filter(Boolean).length,
      flagged: confusion.truePositive + confusion.falsePositive,
    };
  });
}
