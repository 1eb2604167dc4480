/**
 * The validity benchmark: every estimator against the simulated school's ground truth after
 * 2, 6 and 12 weeks. `npm run bench:validity` prints the table, then one JSON line per row.
 * The last row per week, `oracle`, is the ceiling (tests/sim/oracle.ts), not an app estimator.
 * Options: --seed N, --pupils N (defaults: DEFAULT_SIM).
 */
import { ESTIMATORS } from '@/domain/progress/estimators';
import { evaluate, jsonLineOf, tableOf } from '../../sim/evaluate';
import { oracleEstimator } from '../../sim/oracle';
import { DEFAULT_SIM, simulate } from '../../sim/simulate';

function option(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

export function main(args: readonly string[] = []): void {
  const started = performance.now();
  const sim = simulate({ ...DEFAULT_SIM, seed: option(args, 'seed', DEFAULT_SIM.seed), pupils: option(args, 'pupils', DEFAULT_SIM.pupils) });
  // The oracle row is the ceiling (it knows each supplier's true scale, bias and noise), not an app estimator.
  const rows = evaluate(sim, { ...ESTIMATORS, oracle: oracleEstimator }, [2, 6, 12]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Validity benchmark: ${sim.pupils.length} pupils x ${sim.goals.length} goals, ${sim.config.suppliers.length} suppliers, ${sim.results.length} results (seed ${sim.config.seed}, ${seconds} s)\n`);
  console.log(tableOf(rows));
  console.log('');
  for (const row of rows) console.log(jsonLineOf(row));
}
