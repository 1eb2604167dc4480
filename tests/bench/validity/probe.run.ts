/**
 * `npm run bench:validity -- --sim probe [--seeds A,B,...] [--knobs a,b,...] [--pairs] [--pupils N]`: the needs-help
 * rule at 6 weeks on the probe simulator (tests/sim-probe, decision 048), one school per seed and knob setting: the
 * base school, each knob alone and, with --pairs, every pair of the knobs chosen (default: all). Per setting the share
 * of a group listed (mean and largest group) against the share truly stuck, precision and recall, and which reason
 * lists the false alarms; then the means over the settings (summaryOf, as the other simulators print them).
 */
import { DEFAULT_RULE, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { evaluateRule, type RuleRow } from '../../sim/evaluate-rule';
import { summaryOf } from '../../sim/summary';
import { probeSchool, simulateProbe, type ProbeKnobs } from '../../sim-probe/simulate-probe';

export const PROBE_SEEDS = [1, 2];
const WEEK = 6;

/** The knobs by name: each one way a school's data may differ (probe-school.ts), and the group size it is judged in. */
export const PROBE_KNOBS: Readonly<Record<string, { readonly knobs: ProbeKnobs; readonly groupSize?: number }>> = {
  item: { knobs: { report: 'item' } },
  adaptive: { knobs: { adaptive: true } },
  sparse: { knobs: { sparse: true } },
  recent: { knobs: { startWeek: 4.5 } },
  holiday: { knobs: { holiday: true } },
  pause: { knobs: { pause: true } },
  slow: { knobs: { slowClass: true } },
  ceiling: { knobs: { ceiling: true } },
  dates: { knobs: { dateOnly: true } },
  weekly: { knobs: { weekly: true } },
  rotation: { knobs: { rotation: true } },
  harsh: { knobs: { harsh: true } },
  split: { knobs: { split: true } },
  multi: { knobs: { multi: true } },
  group15: { knobs: {}, groupSize: 15 },
  group30: { knobs: {}, groupSize: 30 },
};

export interface ProbeRow {
  readonly setting: string;
  readonly seed: number;
  readonly rule: RuleRow;
  /** False alarms per reason kind (listed and not truly stuck). */
  readonly falseByReason: Readonly<Record<string, number>>;
}

/** The settings: 'base', each knob alone, and with `pairs` each pair of them ('a+b'). */
export function probeSettings(names: readonly string[], pairs: boolean): string[] {
  const out = ['base', ...names];
  if (pairs) for (let i = 0; i < names.length; i += 1) for (let j = i + 1; j < names.length; j += 1) out.push(`${names[i]}+${names[j]}`);
  return out;
}

export function probeRow(setting: string, seed: number, pupils: number, rule: NeedsHelpRule = DEFAULT_RULE): ProbeRow {
  const parts = setting === 'base' ? [] : setting.split('+');
  let knobs: ProbeKnobs = {};
  let groupSize = 25;
  for (const part of parts) {
    const knob = PROBE_KNOBS[part];
    if (!knob) throw new Error(`--knobs: no knob called ${part} (${Object.keys(PROBE_KNOBS).join(', ')})`);
    knobs = { ...knobs, ...knob.knobs };
    groupSize = knob.groupSize ?? groupSize;
  }
  const sim = simulateProbe(probeSchool(seed, knobs, pupils));
  const [first] = evaluateRule(sim, [WEEK], { groupSize, rule });
  const row = first as RuleRow;
  const falseByReason = Object.fromEntries(
    Object.entries(row.byReason)
      .map(([kind, n]) => [kind, n - (row.byReasonStuck[kind] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
  return { setting, seed, rule: { ...row, estimator: setting }, falseByReason };
}

const cell = (value: number | null | undefined) => (value === null || value === undefined ? '-' : value.toFixed(2));

export function runProbe(seeds: readonly number[], names: readonly string[], pairs: boolean, pupils = 150): void {
  const started = performance.now();
  const settings = probeSettings(names, pairs);
  console.log(`Probe simulator (tests/sim-probe), ${seeds.length} school(s) of ${pupils} pupils per setting, ${WEEK} weeks:`);
  const rows: ProbeRow[] = [];
  for (const setting of settings)
    for (const seed of seeds) {
      const row = probeRow(setting, seed, pupils);
      rows.push(row);
      const r = row.rule;
      console.log(
        `  ${setting.padEnd(20)} seed ${seed} | ${WEEK} wk rule P ${cell(r.precision)} R ${cell(r.recall)} flagged ${cell(r.flaggedShare)} (max ${cell(r.maxGroupShare)}) stuck ${cell(r.stalledShare)} false alarms ${JSON.stringify(row.falseByReason)} all ${JSON.stringify(r.byReason)}`,
      );
    }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nmean (min) over the seeds per setting (${seconds} s):`);
  for (const line of summaryOf(seeds.map((seed) => rows.filter((row) => row.seed === seed).map((row) => row.rule)))) console.log(line);
  const all = rows.map((row) => row.rule);
  const mean = (pick: (r: RuleRow) => number | null) => {
    const known = all.map(pick).filter((v): v is number => v !== null);
    return known.length ? (known.reduce((a, b) => a + b, 0) / known.length).toFixed(3) : '-';
  };
  console.log(
    `\nover the grid (${all.length} schools): precision ${mean((r) => r.precision)} recall ${mean((r) => r.recall)} F1 ${mean((r) => r.f1)} flagged ${mean((r) => r.flaggedShare)} truly stuck ${mean((r) => r.stalledShare)}`,
  );
}
