/**
 * The validity benchmark: every estimator against the simulated school's ground truth after
 * 2, 6 and 12 weeks. `npm run bench:validity` prints the table, then one JSON line per row.
 * The last row per week, `oracle`, is the ceiling for calibration (tests/sim/oracle.ts), not an app
 * estimator.
 * Then the product's needs-help rule (src/domain/progress/needs-help, DEFAULT_RULE, groups of 25 pupils)
 * against the truly stalled pupils (tests/sim/evaluate-rule.ts): precision and recall only.
 * Beside it the needs-help oracle (tests/sim/needs-help-oracle.ts): the ceiling of any rule on that data.
 * Options: --seed N, --pupils N (defaults: DEFAULT_SIM); --group N: learn calibration and priors per
 * group of N pupils, as the app's views do (default: from the whole school); --seeds A,B,...: run
 * each seed and print the mean and minimum per estimator and week instead of the table; --weekly: the
 * rule and its oracle week by week (1..12; always with one seed); --stress [N]: the stress grid
 * (stress.run.ts) of N schools (default 16), --stress-seed S its seed (default 1); --sim alt: the
 * alternative simulator (alt.run.ts, tests/sim-alt), one school per seed; --sim held: its held-out
 * variation (tests/sim-alt/held-out.ts); --sim probe: the probe simulator (probe.run.ts, tests/sim-probe), per knob
 * (--knobs a,b,... of PROBE_KNOBS, default all) and with --pairs per pair, one school per seed (default 1, 2); with alt or held, the needs-help oracle of tests/sim-alt/alt-oracle.ts
 * beside the rule unless --no-oracle; --sim default: this one; --variants SET --rule '{...}' [--who]: the rule and
 * variants of it on the same schools (variant.run.ts).
 */
import { ESTIMATORS } from '@/domain/progress/estimators';
import { evaluate, jsonLineOf, tableOf, type ValidityRow } from '../../sim/evaluate';
import { evaluateRule, type RuleRow } from '../../sim/evaluate-rule';
import { evaluateOracleRule } from '../../sim/needs-help-oracle';
import { oracleEstimator } from '../../sim/oracle';
import { DEFAULT_SIM, simulate } from '../../sim/simulate';
import { summaryOf } from '../../sim/summary';
import { ALT_SEEDS, runAlt } from './alt.run';
import { PROBE_KNOBS, PROBE_SEEDS, runProbe } from './probe.run';
import { runStress } from './stress.run';
import { runVariants } from './variant.run';

function option(args: readonly string[], name: string): number | undefined {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

function seedsOption(args: readonly string[]): number[] | undefined {
  const index = args.indexOf('--seeds');
  if (index < 0) return undefined;
  const seeds = (args[index + 1] ?? '').split(',').map(Number);
  if (seeds.length === 0 || seeds.some((seed) => !Number.isInteger(seed) || seed <= 0))
    throw new Error('--seeds needs positive whole numbers, comma-separated');
  return seeds;
}

const WEEKS = [2, 6, 12];
const ALL_WEEKS = Array.from({ length: 12 }, (_, i) => i + 1);

export function main(args: readonly string[] = []): void {
  const started = performance.now();
  const stress = args.indexOf('--stress');
  if (stress >= 0) {
    const count = Number(args[stress + 1]);
    runStress(option(args, 'stress-seed') ?? 1, Number.isInteger(count) && count > 0 ? count : 16);
    return;
  }
  const variants = args.indexOf('--variants');
  if (variants >= 0) {
    const rules = args.flatMap((arg, i) => (arg === '--rule' ? [args[i + 1] ?? ''] : []));
    runVariants(args[variants + 1] ?? '', seedsOption(args), rules, args.includes('--who'));
    return;
  }
  const simArg = args.indexOf('--sim');
  if (simArg >= 0 && args[simArg + 1] === 'probe') {
    const knobsArg = args.indexOf('--knobs');
    const names = knobsArg >= 0 ? (args[knobsArg + 1] ?? '').split(',') : Object.keys(PROBE_KNOBS);
    runProbe(seedsOption(args) ?? PROBE_SEEDS, names, args.includes('--pairs'), option(args, 'pupils') ?? 150);
    return;
  }
  if (simArg >= 0 && args[simArg + 1] !== 'default') {
    if (args[simArg + 1] !== 'alt' && args[simArg + 1] !== 'held') throw new Error('--sim needs default, alt, held or probe');
    runAlt(
      seedsOption(args) ?? ALT_SEEDS,
      option(args, 'group') ?? 25,
      option(args, 'pupils') ?? 150,
      args[simArg + 1] === 'held',
      !args.includes('--no-oracle'),
    );
    return;
  }
  const weekly = args.includes('--weekly');
  const groupSize = option(args, 'group');
  const pupils = option(args, 'pupils') ?? DEFAULT_SIM.pupils;
  const run = (seed: number, ruleWeeks: readonly number[]) => {
    const sim = simulate({ ...DEFAULT_SIM, seed, pupils });
    // The oracle row is the ceiling for calibration (it knows each supplier's true scale, bias and noise), not an app estimator.
    return {
      sim,
      rows: evaluate(sim, { ...ESTIMATORS, oracle: oracleEstimator }, WEEKS, groupSize ? { groupSize } : {}),
      rule: [...evaluateRule(sim, ruleWeeks), ...evaluateOracleRule(sim, ruleWeeks)],
    };
  };
  const where = `${pupils} pupils${groupSize ? `, calibration and priors per group of ${groupSize}` : ''}`;
  const seeds = seedsOption(args);
  if (seeds) {
    const runs = seeds.map((seed) => run(seed, weekly ? ALL_WEEKS : WEEKS));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Validity benchmark over seeds ${seeds.join(', ')}: ${where} (${seconds} s); mean (min) per estimator and week\n`);
    for (const line of summaryOf(runs.map((r) => r.rows))) console.log(line);
    for (const line of gapLines(runs.map((r) => r.rows))) console.log(line);
    console.log('\nNeeds-help rule (DEFAULT_RULE, groups of 25) and its oracle (the best F1 any rule could reach):');
    for (const line of summaryOf(runs.map((r) => r.rule)).sort(byWeek)) console.log(line);
    return;
  }
  const { sim, rows, rule } = run(option(args, 'seed') ?? DEFAULT_SIM.seed, ALL_WEEKS);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Validity benchmark: ${sim.pupils.length} pupils x ${sim.goals.length} goals, ${sim.config.suppliers.length} suppliers, ${sim.results.length} results (seed ${sim.config.seed}, ${where}, ${seconds} s)\n`,
  );
  console.log(tableOf(rows));
  console.log('\nNeeds-help rule (DEFAULT_RULE, groups of 25) and its oracle (the best F1 any rule could reach), week by week:');
  console.log(ruleTableOf([...rule].sort((a, b) => a.weeks - b.weeks)));
  console.log('');
  for (const row of rows) console.log(jsonLineOf(row));
  for (const row of rule) console.log(jsonLineOf({ ...row, spearman: null, coverage95: null }));
}

/** Per week the default's rank correlation minus the plain average's: mean, min and per seed (in the seeds' order). */
function gapLines(runs: readonly (readonly ValidityRow[])[]): string[] {
  return WEEKS.map((week) => {
    const gaps = runs.map((rows) => {
      const of = (name: string) => rows.find((row) => row.estimator === name && row.weeks === week)?.spearman ?? 0;
      return of('default') - of('average');
    });
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    return `default - average ${String(week).padStart(2)} wk  spearman gap ${mean.toFixed(3)} (min ${Math.min(...gaps).toFixed(3)})  per seed ${gaps.map((gap) => gap.toFixed(3)).join(' ')}`;
  });
}

const byWeek = (a: string, b: string) => weekOf(a) - weekOf(b);
const weekOf = (line: string) => Number(/ (\d+) wk/.exec(line)?.[1] ?? 0);

type AnyRuleRow = Pick<RuleRow, 'estimator' | 'weeks' | 'precision' | 'recall' | 'f1' | 'stalled' | 'flagged'> &
  Partial<Pick<RuleRow, 'flaggedShare' | 'byReason'>>;

function ruleTableOf(rows: readonly AnyRuleRow[]): string {
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? '-' : value.toFixed(3));
  return rows
    .map(
      (row) =>
        `${row.estimator.padEnd(17)}  ${String(row.weeks).padStart(2)} wk  precision ${cell(row.precision)}  recall ${cell(row.recall)}  F1 ${cell(row.f1)}  stalled ${row.stalled}  flagged ${row.flagged}${row.flaggedShare === undefined ? '' : ` (${cell(row.flaggedShare)} per group)`}  ${row.byReason ? JSON.stringify(row.byReason) : ''}`,
    )
    .join('\n');
}
