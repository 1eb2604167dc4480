/**
 * Scores estimators against the simulation's ground truth at given weeks: Spearman rank correlation
 * of estimated vs true mastery over every pupil x goal with evidence, precision and recall of the
 * benchmark's needs-help rule against the truly stalled pupils, and how often the true value lies
 * within the estimate +- 1.96 x its uncertainty (coverage95). Calibration (calibrateSources) and
 * the goal priors (goalPriors) are learnt from the results seen up to each moment; only the
 * default estimator uses the priors.
 */
import type { Result } from '@/domain/model';
import { groupContext, type Estimate, type Estimator, type EstimatorContext } from '@/domain/progress/estimators';
import { precisionOf, recallOf, spearman, type Confusion } from './metrics';
import { lookbackWeeks, trueMastery, trulyStalled, weekEnd, type Simulation } from './simulate';
import { benchmarkNeedsHelp } from './stalled-rule';

export interface ValidityRow {
  readonly estimator: string;
  readonly weeks: number;
  readonly spearman: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly coverage95: number;
  /** Pupil x goal pairs with an estimate. */
  readonly estimated: number;
  /** Pupils truly stalled at this week, and pupils flagged. */
  readonly stalled: number;
  readonly flagged: number;
}

const WEEK_MS = 7 * 86_400_000;

function cellsOf(sim: Simulation): Result[][] {
  const cells = Array.from({ length: sim.pupils.length * sim.goals.length }, () => [] as Result[]);
  const pupilIndex = new Map(sim.pupils.map((pupil, i) => [pupil.ref as string, i] as const));
  const goalIndex = new Map(sim.goals.map((goal, g) => [goal as string, g] as const));
  for (const result of sim.results) {
    const p = pupilIndex.get(result.pupil) as number;
    for (const goal of result.goals) cells[p * sim.goals.length + (goalIndex.get(goal) as number)]?.push(result);
  }
  return cells;
}

export interface EvaluateOptions {
  /** Learn calibration and goal priors (groupContext); false: every estimator gets only `now`. Default true. */
  readonly calibrate?: boolean;
  /**
   * Learn them per group of this many pupils (in simulation order), from that group's results only, as
   * the app's views do; default: from the whole simulated school.
   */
  readonly groupSize?: number;
}

interface Contexts {
  /** The current level (spearman, coverage): followGroup on, as in the app's views. */
  readonly level: EstimatorContext;
  /** Both ends of a growth comparison (the needs-help yardstick): own results only. */
  readonly now: EstimatorContext;
  readonly before: EstimatorContext;
}

function contextsOf(results: readonly Result[], nowMs: number, beforeMs: number, calibrate: boolean): Contexts {
  const now = new Date(nowMs);
  const before = new Date(beforeMs);
  if (!calibrate) return { level: { now }, now: { now }, before: { now: before } };
  // Each side learns only from the results it could see (the earlier side: up to the start of the lookback).
  return { level: groupContext(results, now, { followGroup: true }), now: groupContext(results, now), before: groupContext(results, before) };
}

export function evaluate(
  sim: Simulation,
  estimators: Readonly<Record<string, Estimator>>,
  weeks: readonly number[],
  options: EvaluateOptions = {},
): ValidityRow[] {
  const cells = cellsOf(sim);
  const goals = sim.goals.length;
  const groupSize = Math.max(1, options.groupSize ?? sim.pupils.length);
  const rows: ValidityRow[] = [];
  for (const week of weeks) {
    const nowMs = weekEnd(sim, week);
    const beforeMs = nowMs - lookbackWeeks(week) * WEEK_MS;
    const contexts: Contexts[] = [];
    for (let first = 0; first < sim.pupils.length; first += groupSize) {
      const refs = new Set(sim.pupils.slice(first, first + groupSize).map((pupil) => pupil.ref as string));
      const seen = sim.results.filter((result) => refs.has(result.pupil) && Date.parse(result.time) <= nowMs);
      contexts.push(contextsOf(seen, nowMs, beforeMs, options.calibrate ?? true));
    }
    for (const [name, estimator] of Object.entries(estimators)) {
      const estimated: number[] = [];
      const truth: number[] = [];
      let covered = 0;
      const confusion: Confusion = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
      let stalled = 0;
      let flagged = 0;
      sim.pupils.forEach((pupil, p) => {
        const now: (Estimate | null)[] = [];
        const before: (Estimate | null)[] = [];
        const context = contexts[Math.floor(p / groupSize)] as Contexts;
        for (let g = 0; g < goals; g += 1) {
          const results = cells[p * goals + g] as Result[];
          now.push(estimator(results, context.now));
          before.push(estimator(results, context.before));
          const estimate = estimator(results, context.level);
          if (!estimate) continue;
          const actual = trueMastery(pupil, g, week);
          estimated.push(estimate.value);
          truth.push(actual);
          if (Math.abs(estimate.value - actual) <= 1.96 * estimate.uncertainty) covered += 1;
        }
        const isStalled = trulyStalled(pupil, goals, week);
        const isFlagged = benchmarkNeedsHelp(now, before);
        if (isStalled) stalled += 1;
        if (isFlagged) flagged += 1;
        if (isStalled && isFlagged) confusion.truePositive += 1;
        else if (isFlagged) confusion.falsePositive += 1;
        else if (isStalled) confusion.falseNegative += 1;
      });
      rows.push({
        estimator: name,
        weeks: week,
        spearman: spearman(estimated, truth),
        precision: precisionOf(confusion),
        recall: recallOf(confusion),
        coverage95: estimated.length ? covered / estimated.length : 0,
        estimated: estimated.length,
        stalled,
        flagged,
      });
    }
  }
  return rows;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/** The JSON line of a row, as `npm run bench:validity` prints it. */
export const jsonLineOf = (
  row: Pick<ValidityRow, 'estimator' | 'weeks' | 'precision' | 'recall'> & { spearman: number | null; coverage95: number | null },
) =>
  JSON.stringify({
    estimator: row.estimator,
    weeks: row.weeks,
    spearman: round(row.spearman),
    precision: round(row.precision),
    recall: round(row.recall),
    coverage95: round(row.coverage95),
  });

/** A plain-text table of the rows. */
export function tableOf(rows: readonly ValidityRow[]): string {
  const head = ['estimator', 'weeks', 'spearman', 'precision', 'recall', 'coverage95', 'pairs', 'stalled', 'flagged'];
  const cell = (value: number | null) => (value === null ? '-' : value.toFixed(3));
  const lines = rows.map((r) => [
    r.estimator,
    String(r.weeks),
    cell(r.spearman),
    cell(r.precision),
    cell(r.recall),
    cell(r.coverage95),
    String(r.estimated),
    String(r.stalled),
    String(r.flagged),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] as string).length)));
  const format = (line: readonly string[]) => line.map((text, i) => text.padEnd(widths[i] as number)).join('  ');
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
