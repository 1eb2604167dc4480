/**
 * `npm run bench:validity -- --sim alt [--seeds A,B,...] [--group N] [--pupils N]`: the default
 * estimator against a plain mean (rank correlation with true mastery) and the needs-help rule
 * (precision, recall, F1, share of each group flagged against the share truly stuck) after 2, 6 and 12
 * weeks on schools of the alternative simulator (tests/sim-alt), designed apart from tests/sim:
 * one school per seed (default seeds 1..8), calibration, priors and the rule per group of N (25).
 * `--sim held`: the same on its held-out variation (tests/sim-alt/held-out.ts).
 * Beside the rule its oracle (tests/sim-alt/alt-oracle.ts): the best F1 any rule could reach on that data,
 * and the oracle's precision when it lists as many pupils as the rule ("at the rule's count");
 * `--no-oracle` leaves it out (it takes about 10..40 s a school).
 */
import { average, defaultEstimator } from '@/domain/progress/estimators';
import { evaluate } from '../../sim/evaluate';
import { evaluateRule } from '../../sim/evaluate-rule';
import { evaluateAltOracle } from '../../sim-alt/alt-oracle';
import { summaryOf } from '../../sim/summary';
import { heldSchool } from '../../sim-alt/held-out';
import { altSchool, simulateAlt } from '../../sim-alt/simulate-alt';

const WEEKS = [2, 6, 12];
export const ALT_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

export function altRuns(seeds: readonly number[], groupSize: number, pupils: number, held = false, oracle = false) {
  return seeds.map((seed) => {
    const school = held ? heldSchool(altSchool(seed, pupils)) : altSchool(seed, pupils);
    const sim = simulateAlt(school);
    const rule = evaluateRule(sim, WEEKS, { groupSize });
    const ruleCount = (week: number) => rule.find((row) => row.weeks === week)?.flagged ?? null;
    return {
      school,
      rows: evaluate(sim, { default: defaultEstimator, average }, WEEKS, { groupSize }),
      rule,
      oracle: oracle ? evaluateAltOracle(sim, WEEKS, ruleCount) : [],
    };
  });
}

export function runAlt(seeds: readonly number[] = ALT_SEEDS, groupSize = 25, pupils = 150, held = false, oracle = true): void {
  const started = performance.now();
  const runs = altRuns(seeds, groupSize, pupils, held, oracle);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what = held ? 'Held-out variation of the alternative simulator (tests/sim-alt/held-out.ts)' : 'Alternative simulator (tests/sim-alt)';
  console.log(`${what}, ${runs.length} schools of ${pupils} pupils, groups of ${groupSize} (${seconds} s):`);
  for (const { school, rule, oracle } of runs) {
    const six = rule.find((row) => row.weeks === 6);
    const sixOracle = oracle.find((row) => row.weeks === 6);
    const cell = (value: number | null | undefined) => (value === null || value === undefined ? '-' : value.toFixed(2));
    console.log(
      `  ${school.label} | 6 wk rule P ${cell(six?.precision)} R ${cell(six?.recall)} flagged ${cell(six?.flaggedShare)} (max ${cell(six?.maxGroupShare)}) stuck ${cell(six?.stalledShare)} ${JSON.stringify(six?.byReason ?? {})}${sixOracle ? ` | oracle P ${cell(sixOracle.precision)} R ${cell(sixOracle.recall)}, P at the rule's count ${cell(sixOracle.precisionAtBudget)}` : ''}`,
    );
  }
  console.log('\nmean (min) over the schools per estimator and week:');
  for (const line of summaryOf(runs.map((r) => r.rows))) console.log(line);
  for (const week of WEEKS) {
    const gaps = runs.map((r) => {
      const of = (name: string) => r.rows.find((row) => row.estimator === name && row.weeks === week)?.spearman ?? 0;
      return of('default') - of('average');
    });
    console.log(
      `default - average ${String(week).padStart(2)} wk  spearman gap ${(gaps.reduce((a, b) => a + b, 0) / gaps.length).toFixed(3)} (min ${Math.min(...gaps).toFixed(3)})  per school ${gaps.map((gap) => gap.toFixed(3)).join(' ')}`,
    );
  }
  console.log('\nNeeds-help rule (DEFAULT_RULE) and its oracle (the best F1 any rule could reach), mean (min) over the schools:');
  for (const line of summaryOf(runs.map((r) => [...r.rule, ...r.oracle])).sort(byWeek)) console.log(line);
  if (runs.some((r) => r.oracle.length > 0))
    for (const week of WEEKS) {
      const rows = runs.flatMap((r) => r.oracle.filter((row) => row.weeks === week));
      const mean = (values: (number | null)[]) => {
        const known = values.filter((value): value is number => value !== null);
        return known.length === 0 ? '-' : `${(known.reduce((a, b) => a + b, 0) / known.length).toFixed(3)} (min ${Math.min(...known).toFixed(3)})`;
      };
      console.log(
        `oracle ${String(week).padStart(2)} wk  at the rule's count: precision ${mean(rows.map((row) => row.precisionAtBudget))}; at posterior 0.5: precision ${mean(rows.map((row) => row.atHalf.precision))}  recall ${mean(rows.map((row) => row.atHalf.recall))}  flagged ${mean(rows.map((row) => row.atHalf.flaggedShare))}`,
      );
    }
}

const byWeek = (a: string, b: string) => weekOf(a) - weekOf(b);
const weekOf = (line: string) => Number(/ (\d+) wk/.exec(line)?.[1] ?? 0);
