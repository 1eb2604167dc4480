/**
 * A model of each pupil's course, fitted per group from the group's own results (sixth robustness pass,
 * docs/decisions/006). On the logit scale a pupil's mastery of goal g at week t is
 *   eta = mu_g(0) + level + pace x (mu_g(min(t, t0)) - mu_g(0)) + recent x (mu_g(max(t, t0)) - mu_g(t0)),
 * where mu_g is the group's course on the goal (weekly knots, smooth), t0 the start of the look-back, `pace` the
 * share of the group's growth the pupil kept before it and `recent` within it (1: as the group). A result of
 * source s reads floor_s + (ceiling_s - floor_s) x logistic(scale_s x eta + shift_s) with noise sd_s: floor and
 * ceiling from the source's own spread in the group, scale, shift and noise learnt from the group. Level, pace and
 * recent are shrunk towards the group's distribution (empirical Bayes; recent towards the pupil's own pace), fitted
 * by a few rounds of penalised Gauss-Newton; each pupil gets a normal (Laplace) posterior for `recent`, so sparser
 * or noisier data widen it. Pure.
 */
import { solveInPlace, solveSmall } from './solve-small';

export interface CourseObservation {
  readonly pupil: number;
  readonly goal: number;
  readonly source: number;
  /** Weeks since the group's first result. */
  readonly week: number;
  /** Evidence on 0..1. */
  readonly value: number;
}

export interface CoursePace {
  /** Share of the group's growth kept in the look-back (posterior mean) and its posterior sd. */
  readonly recent: number;
  readonly recentSd: number;
  readonly results: number;
}

interface Pupil {
  level: number;
  pace: number;
  recent: number;
  recentVar: number;
}

const ROUNDS = 8;
const SMOOTH = 4;
const MU_PRIOR_VAR = 9;
const STEP = 2;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const at = (values: ArrayLike<number>, i: number): number => values[i] ?? 0;
/** `at` for the fit's typed arrays alone: one kind of array per reader keeps the hot loops' reads fast. */
const atF = (values: Float64Array, i: number): number => values[i] ?? 0;

const quantile = (sorted: readonly number[], q: number) => at(sorted, Math.round(q * (sorted.length - 1)));
const clampStep = (d: number, limit = STEP) => Math.max(-limit, Math.min(limit, d));

/** Fits the group's courses and returns each pupil's recent pace (index = pupil). */
export function fitCourses(
  observations: readonly CourseObservation[],
  pupils: number,
  goals: number,
  sources: number,
  nowWeek: number,
  lookbackWeeks: number,
): CoursePace[] {
  const t0 = Math.max(0, nowWeek - lookbackWeeks);
  const knots = Math.ceil(nowWeek) + 1;
  const mu = Array.from({ length: goals }, () => new Array<number>(knots).fill(0));
  // a time's knot and its share of the way to the next, kept in `placed` (no pair per call: the fit reads
  // the course millions of times)
  let placedAt = 0;
  let placedShare = 0;
  const place = (t: number): void => {
    const x = Math.max(0, Math.min(knots - 1 - 1e-9, t));
    placedAt = Math.floor(x);
    placedShare = x - placedAt;
  };
  // a goal's course starts at the group's first result on it: no curve is read before that
  const starts = new Array<number>(goals).fill(Infinity);
  for (const o of observations) if (o.week < at(starts, o.goal)) starts[o.goal] = o.week;
  const startOf = (g: number) => Math.min(at(starts, g), nowWeek);
  const muAt = (g: number, t: number) => {
    place(Math.max(t, startOf(g)));
    const k = placedAt;
    const u = placedShare;
    const m = mu[g] ?? [];
    return at(m, k) * (1 - u) + at(m, Math.min(knots - 1, k + 1)) * u;
  };
  const byPupil = Array.from({ length: pupils }, () => [] as CourseObservation[]);
  const byGoal = Array.from({ length: goals }, () => [] as CourseObservation[]);
  const bySource = Array.from({ length: sources }, () => [] as CourseObservation[]);
  for (const o of observations) {
    byPupil[o.pupil]?.push(o);
    byGoal[o.goal]?.push(o);
    bySource[o.source]?.push(o);
  }
  // each source's floor and ceiling: its own spread in the group, widened by a tenth
  const link = bySource.map((list) => {
    const sorted = list.map((o) => o.value).sort((x, y) => x - y);
    if (sorted.length === 0) return { floor: 0, span: 1, scale: 1, shift: 0, sd: 0.15 };
    const [low, high] = [quantile(sorted, 0.02), quantile(sorted, 0.98)];
    const margin = 0.1 * Math.max(0.2, high - low);
    const floor = Math.max(0, low - margin);
    return { floor, span: Math.min(1, high + margin) - floor, scale: 1, shift: 0, sd: 0.15 };
  });
  const state: Pupil[] = Array.from({ length: pupils }, () => ({ level: 0, pace: 1, recent: 1, recentVar: 1 }));
  const covs: number[][][] = state.map(() => []);
  // fitGoal's scratch: one observation's weights on the knots, the knots they touch, the goal's system, its solution
  const coef = new Float64Array(knots);
  const touched: number[] = [];
  const system = new Float64Array(knots * (knots + 1));
  const rows = new Int32Array(knots);
  const step = new Float64Array(knots);
  // fitPupil's: the 3 x 3 system of level, pace and recent, its right-hand side, one result's design row
  const pupilA = new Float64Array(9);
  const pupilB = new Float64Array(3);
  const pupilE = new Float64Array(3);
  const pupilX = new Float64Array(3);
  const pupilSystem = new Float64Array(12);
  const pupilRows = new Int32Array(3);
  const pupilStep = new Float64Array(3);
  const prior = { level: 1, pace: 0.5, recent: 0.5 };
  const etaOf = (o: CourseObservation) => {
    const p = state[o.pupil] as Pupil;
    const m0 = muAt(o.goal, startOf(o.goal));
    return m0 + p.level + p.pace * (muAt(o.goal, Math.min(o.week, t0)) - m0) + p.recent * (muAt(o.goal, Math.max(o.week, t0)) - muAt(o.goal, t0));
  };
  // residual and slope of the expected reading with respect to eta, and the weight; one object, filled again
  // by each call (every caller reads it before the next)
  const read = { eta: 0, residual: 0, slope: 0, weight: 0, q: 0 };
  const reading = (o: CourseObservation) => {
    const s = link[o.source] ?? { floor: 0, span: 1, scale: 1, shift: 0, sd: 0.15 };
    const eta = etaOf(o);
    const q = logistic(s.scale * eta + s.shift);
    read.eta = eta;
    read.residual = o.value - s.floor - s.span * q;
    read.slope = s.scale * s.span * q * (1 - q);
    read.weight = 1 / (s.sd * s.sd);
    read.q = q;
    return read;
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let g = 0; g < goals; g += 1) fitGoal(g);
    for (let i = 0; i < pupils; i += 1) fitPupil(i);
    updatePriors();
    fitSources();
  }
  return state.map((p, i) => ({ recent: p.recent, recentSd: Math.sqrt(Math.max(0, p.recentVar)), results: byPupil[i]?.length ?? 0 }));

  function fitGoal(g: number) {
    const m = mu[g] ?? [];
    const width = knots + 1;
    const add = (t: number, w: number) => {
      place(t);
      const k = placedAt;
      const u = placedShare;
      if (!touched.includes(k)) touched.push(k);
      coef[k] = atF(coef, k) + w * (1 - u);
      if (k + 1 < knots) {
        if (!touched.includes(k + 1)) touched.push(k + 1);
        coef[k + 1] = atF(coef, k + 1) + w * u;
      }
    };
    for (let iteration = 0; iteration < 2; iteration += 1) {
      // the normal equations, row k = [a_k0 .. a_k(knots-1) | b_k], solved in place
      system.fill(0);
      for (const o of byGoal[g] ?? []) {
        const p = state[o.pupil] as Pupil;
        // an observation's weights on the knots: at most eight of them are not zero
        touched.length = 0;
        add(startOf(g), 1 - p.pace);
        add(Math.max(Math.min(o.week, t0), startOf(g)), p.pace);
        add(Math.max(o.week, t0, startOf(g)), p.recent);
        add(Math.max(t0, startOf(g)), -p.recent);
        const r = reading(o);
        const ws = r.weight * r.slope;
        const wss = ws * r.slope;
        // a knot whose weight is zero adds exactly zero: only the touched ones are summed (same sums, same order)
        for (const x of touched) {
          const cx = atF(coef, x);
          if (cx === 0) continue;
          system[x * width + knots] = atF(system, x * width + knots) + ws * cx * r.residual;
          const f = wss * cx;
          for (const y of touched) system[x * width + y] = atF(system, x * width + y) + f * atF(coef, y);
        }
        for (const x of touched) coef[x] = 0;
      }
      for (let k = 0; k < knots; k += 1) {
        system[k * width + k] = atF(system, k * width + k) + 1 / MU_PRIOR_VAR;
        system[k * width + knots] = atF(system, k * width + knots) - at(m, k) / MU_PRIOR_VAR;
      }
      for (let k = 1; k + 1 < knots; k += 1) {
        const idx = [k - 1, k, k + 1];
        const w = [1, -2, 1];
        const d2 = at(m, k - 1) - 2 * at(m, k) + at(m, k + 1);
        for (let x = 0; x < 3; x += 1) {
          const ix = at(idx, x);
          system[ix * width + knots] = atF(system, ix * width + knots) - SMOOTH * at(w, x) * d2;
          for (let y = 0; y < 3; y += 1) system[ix * width + at(idx, y)] = atF(system, ix * width + at(idx, y)) + SMOOTH * at(w, x) * at(w, y);
        }
      }
      solveInPlace(system, knots, rows, step);
      for (let k = 0; k < knots; k += 1) m[k] = at(m, k) + clampStep(atF(step, k));
    }
  }

  function fitPupil(i: number) {
    const p = state[i] as Pupil;
    const [vl, vp, vr] = [prior.level ** 2, prior.pace ** 2, prior.recent ** 2];
    for (let iteration = 0; iteration < 4; iteration += 1) {
      // prior: level ~ N(0, vl), pace ~ N(1, vp), recent - pace ~ N(0, vr)
      pupilA.fill(0);
      pupilA[0] = 1 / vl;
      pupilA[4] = 1 / vp + 1 / vr;
      pupilA[5] = -1 / vr;
      pupilA[7] = -1 / vr;
      pupilA[8] = 1 / vr;
      pupilB[0] = -p.level / vl;
      pupilB[1] = -(p.pace - 1) / vp + (p.recent - p.pace) / vr;
      pupilB[2] = -(p.recent - p.pace) / vr;
      for (const o of byPupil[i] ?? []) {
        const m0 = muAt(o.goal, startOf(o.goal));
        pupilX[0] = 1;
        pupilX[1] = muAt(o.goal, Math.min(o.week, t0)) - m0;
        pupilX[2] = muAt(o.goal, Math.max(o.week, t0)) - muAt(o.goal, t0);
        const r = reading(o);
        for (let u = 0; u < 3; u += 1) {
          pupilB[u] = atF(pupilB, u) + r.weight * r.slope * atF(pupilX, u) * r.residual;
          for (let v = 0; v < 3; v += 1) pupilA[u * 3 + v] = atF(pupilA, u * 3 + v) + r.weight * r.slope * r.slope * atF(pupilX, u) * atF(pupilX, v);
        }
      }
      solvePupil(pupilB);
      p.level += clampStep(atF(pupilStep, 0));
      p.pace += clampStep(atF(pupilStep, 1));
      p.recent += clampStep(atF(pupilStep, 2));
    }
    // the posterior covariance: the last system's inverse, a column at a time
    const cov = [0, 1, 2].map((k) => {
      pupilE.fill(0);
      pupilE[k] = 1;
      solvePupil(pupilE);
      return Array.from(pupilStep);
    });
    covs[i] = cov;
    p.recentVar = at(cov[2] ?? [], 2);
  }

  /** Solves pupilA x = b into pupilStep (pupilA is kept). */
  function solvePupil(b: Float64Array) {
    for (let u = 0; u < 3; u += 1) {
      for (let v = 0; v < 3; v += 1) pupilSystem[u * 4 + v] = atF(pupilA, u * 3 + v);
      pupilSystem[u * 4 + 3] = atF(b, u);
    }
    solveInPlace(pupilSystem, 3, pupilRows, pupilStep);
  }

  function updatePriors() {
    const active = state.flatMap((p, i) => ((byPupil[i]?.length ?? 0) > 0 ? [{ p, c: covs[i] ?? [] }] : []));
    if (active.length < 5) return;
    const mean = (f: (x: (typeof active)[number]) => number) => Math.sqrt(active.reduce((s, x) => s + f(x), 0) / active.length);
    const v = (c: number[][], u: number, w: number) => at(c[u] ?? [], w);
    prior.level = Math.max(
      0.2,
      mean(({ p, c }) => p.level ** 2 + v(c, 0, 0)),
    );
    prior.pace = Math.max(
      0.1,
      mean(({ p, c }) => (p.pace - 1) ** 2 + v(c, 1, 1)),
    );
    prior.recent = Math.max(
      0.1,
      mean(({ p, c }) => (p.recent - p.pace) ** 2 + v(c, 1, 1) + v(c, 2, 2) - 2 * v(c, 1, 2)),
    );
  }

  function fitSources() {
    bySource.forEach((list, s) => {
      const l = link[s];
      if (!l || list.length === 0) return;
      let squares = 0;
      for (const o of list) squares += reading(o).residual ** 2;
      if (list.length > 5) l.sd = Math.max(0.03, Math.sqrt(squares / list.length));
      // shift ~ N(0, 2^2), scale ~ N(1, 1)
      const a = [
        [1 / 4, 0],
        [0, 1],
      ];
      const b = [-l.shift / 4, -(l.scale - 1)];
      for (const o of list) {
        const r = reading(o);
        const slope = l.span * r.q * (1 - r.q);
        const x = [1, r.eta];
        for (let u = 0; u < 2; u += 1) {
          b[u] = at(b, u) + r.weight * slope * at(x, u) * r.residual;
          for (let w = 0; w < 2; w += 1) (a[u] as number[])[w] = at(a[u] ?? [], w) + r.weight * slope * slope * at(x, u) * at(x, w);
        }
      }
      const d = solveSmall(a, b);
      l.shift += clampStep(at(d, 0), 1);
      l.scale = Math.max(0.25, Math.min(4, l.scale + clampStep(at(d, 1), 0.5)));
    });
  }
}
