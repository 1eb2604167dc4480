/**
 * `npm run bench:validity -- --stress [N]`: the needs-help rule, its oracle and the default estimator
 * against a plain mean on N (default 16) simulated schools that look different from the default run
 * (tests/sim/stress.ts), at 6 weeks: per school precision, recall, F1 and the share of each group
 * flagged (mean and largest), the oracle's F1, and the rank correlation of the default and of the
 * plain average; then the averages over the grid (mean of the schools, and precision and recall over
 * all the grid's pupils together).
 */
import { average, defaultEstimator } from '@/domain/progress/estimators';
import { evaluate } from '../../sim/evaluate';
import { evaluateRule } from '../../sim/evaluate-rule';
import { evaluateOracleRule } from '../../sim/needs-help-oracle';
import { simulate } from '../../sim/simulate';
import { stressGrid } from '../../sim/stress';

const WEEK = 6;
const cell = (value: number | null | undefined) => (value === null || value === undefined ? '  -  ' : value.toFixed(3));

export interface StressRow {
  readonly name: string;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly flaggedShare: number;
  readonly maxGroupShare: number;
  readonly oracleF1: number | null;
  readonly oraclePrecision: number | null;
  readonly oracleRecall: number | null;
  readonly spearman: number;
  readonly averageSpearman: number;
  readonly stalled: number;
  readonly flagged: number;
  readonly truePositive: number;
}

export function stressRows(seed: number, count: number, withOracle = true): StressRow[] {
  return stressGrid(seed, count).map((config) => {
    const sim = simulate(config.sim);
    const [rule] = evaluateRule(sim, [WEEK], { groupSize: config.groupSize });
    const [oracle] = withOracle ? evaluateOracleRule(sim, [WEEK]) : [];
    const rows = evaluate(sim, { default: defaultEstimator, average }, [WEEK], { groupSize: config.groupSize });
    const spearmanOf = (name: string) => rows.find((row) => row.estimator === name)?.spearman ?? 0;
    const r = rule as NonNullable<typeof rule>;
    return {
      name: `${config.name}: ${config.label}`,
      precision: r.precision,
      recall: r.recall,
      f1: r.f1,
      flaggedShare: r.flaggedShare,
      maxGroupShare: r.maxGroupShare,
      oracleF1: oracle?.f1 ?? null,
      oraclePrecision: oracle?.precision ?? null,
      oracleRecall: oracle?.recall ?? null,
      spearman: spearmanOf('default'),
      averageSpearman: spearmanOf('average'),
      stalled: r.stalled,
      flagged: r.flagged,
      truePositive: Math.round((r.precision ?? 0) * r.flagged),
    };
  });
}

const mean = (values: readonly (number | null)[]) => {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? known.reduce((sum, value) => sum + value, 0) / known.length : null;
};

export function runStress(seed: number, count: number): void {
  const started = performance.now();
  const rows = stressRows(seed, count);
  console.log(`Stress grid (seed ${seed}, ${count} schools of 150 pupils, ${WEEK} weeks; ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  console.log('rule P / R / F1, flagged per group mean / max | oracle P / R / F1 | spearman default / plain average');
  for (const row of rows) {
    console.log(
      `${cell(row.precision)} / ${cell(row.recall)} / ${cell(row.f1)}  flagged ${cell(row.flaggedShare)} / ${cell(row.maxGroupShare)} | ${cell(row.oraclePrecision)} / ${cell(row.oracleRecall)} / ${cell(row.oracleF1)} | ${cell(row.spearman)} / ${cell(row.averageSpearman)}  (stalled ${row.stalled}) ${row.name}`,
    );
  }
  const pooled = rows.reduce(
    (sum, row) => ({ tp: sum.tp + row.truePositive, flagged: sum.flagged + row.flagged, stalled: sum.stalled + row.stalled }),
    {
      tp: 0,
      flagged: 0,
      stalled: 0,
    },
  );
  const pick = (key: keyof StressRow) => rows.map((row) => row[key] as number | null);
  console.log(
    `\nmean over the grid: rule P ${cell(mean(pick('precision')))} R ${cell(mean(pick('recall')))} F1 ${cell(mean(pick('f1')))} flagged ${cell(mean(pick('flaggedShare')))} (largest group ${cell(Math.max(...rows.map((row) => row.maxGroupShare)))}); ` +
      `oracle P ${cell(mean(pick('oraclePrecision')))} R ${cell(mean(pick('oracleRecall')))} F1 ${cell(mean(pick('oracleF1')))}; ` +
      `spearman default ${cell(mean(pick('spearman')))} plain average ${cell(mean(pick('averageSpearman')))} (min gap ${cell(Math.min(...rows.map((row) => row.spearman - row.averageSpearman)))})`,
  );
  console.log(
    `all the grid's pupils together: rule precision ${cell(pooled.flagged ? pooled.tp / pooled.flagged : null)} recall ${cell(pooled.stalled ? pooled.tp / pooled.stalled : null)}`,
  );
}
