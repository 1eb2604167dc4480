/**
 * `npm run bench:validity -- --variants SET [--seeds A,B,...] --rule '{"knob":value}' [--rule ...] [--who]`: the
 * needs-help rule at 6 weeks as it stands (DEFAULT_RULE) and each variant (DEFAULT_RULE with the knobs given) on the
 * same schools, built once: SET is default (tests/sim, default seeds 20260302,1,2,3,7,11,12,13), alt or held
 * (tests/sim-alt, seeds 1..8), stress (the stress grid of 16 schools, seed 1; --seeds is ignored) or probe (tests/sim-probe:
 * the base school and each knob alone, seeds 1, 2). Per rule the mean over the schools of precision, recall, F1, the
 * share of a group listed and truly stuck (as the other sets print them), the pupils listed, truly stuck among them and
 * missed over all schools, and the false alarms per reason. With --who, per school every pupil listed by any of the rules:
 * truly stuck or not, their true level and true gain over the look-back, which rules list them, and their own slope
 * against the group's (own-slope.ts, logits a week, the slope's distance below the group's in standard errors), so
 * which pupils a variant drops or adds can be read one by one (decision 051).
 */
import { pupilKey } from '@/domain/ids';
import { groupContext } from '@/domain/progress/estimators/group-context';
import { DEFAULT_RULE, isDataMatter, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { indexResults } from '@/domain/progress/needs-help/results-index';
import { slopeBelowGroup, slopeSumsByGoal } from '@/domain/progress/needs-help/own-slope';
import { WEEK_MS } from '@/domain/time-units';
import { evaluateRule, SIM_LEVEL, simLine, type RuleRow } from '../../sim/evaluate-rule';
import { DEFAULT_SIM, lookbackWeeks, simulate, trueMastery, trulyStalled, weekEnd, type Simulation } from '../../sim/simulate';
import { stressGrid } from '../../sim/stress';
import { heldSchool } from '../../sim-alt/held-out';
import { altSchool, simulateAlt } from '../../sim-alt/simulate-alt';
import { probeSchool, simulateProbe } from '../../sim-probe/simulate-probe';
import { ALT_SEEDS } from './alt.run';
import { PROBE_KNOBS, PROBE_SEEDS } from './probe.run';

const WEEK = 6;
export const VARIANT_SETS = ['default', 'alt', 'held', 'stress', 'probe'] as const;
const DEFAULT_SEEDS = [20260302, 1, 2, 3, 7, 11, 12, 13];

interface School {
  readonly name: string;
  readonly sim: Simulation;
  readonly groupSize: number;
}

export function variantSchools(set: string, seeds: readonly number[] | undefined): School[] {
  if (set === 'default')
    return (seeds ?? DEFAULT_SEEDS).map((seed) => ({ name: `seed ${seed}`, sim: simulate({ ...DEFAULT_SIM, seed }), groupSize: 25 }));
  if (set === 'alt' || set === 'held')
    return (seeds ?? ALT_SEEDS).map((seed) => {
      const school = set === 'held' ? heldSchool(altSchool(seed, 150)) : altSchool(seed, 150);
      return { name: `seed ${seed}`, sim: simulateAlt(school), groupSize: 25 };
    });
  if (set === 'stress') return stressGrid(1, 16).map((config) => ({ name: config.name, sim: simulate(config.sim), groupSize: config.groupSize }));
  if (set === 'probe')
    return ['base', ...Object.keys(PROBE_KNOBS)].flatMap((setting) =>
      (seeds ?? PROBE_SEEDS).map((seed) => {
        const knob = setting === 'base' ? { knobs: {} } : (PROBE_KNOBS[setting] as (typeof PROBE_KNOBS)[string]);
        return { name: `${setting} seed ${seed}`, sim: simulateProbe(probeSchool(seed, knob.knobs, 150)), groupSize: knob.groupSize ?? 25 };
      }),
    );
  throw new Error(`--variants needs one of ${VARIANT_SETS.join(', ')}`);
}

/** A variant: DEFAULT_RULE with the knobs of a JSON object; a knob the rule does not have, or a value of another type, is an error. */
export function variantRule(json: string): NeedsHelpRule {
  let knobs: unknown;
  try {
    knobs = JSON.parse(json);
  } catch (error) {
    throw new Error(`--rule needs a JSON object of rule knobs: ${(error as Error).message}`);
  }
  if (typeof knobs !== 'object' || knobs === null || Array.isArray(knobs)) throw new Error(`--rule needs a JSON object of rule knobs, got ${json}`);
  for (const [name, value] of Object.entries(knobs)) {
    if (!(name in DEFAULT_RULE)) throw new Error(`--rule: the rule has no knob called ${name}`);
    const current = DEFAULT_RULE[name as keyof NeedsHelpRule];
    if (value !== null && current !== null && typeof value !== typeof current)
      throw new Error(`--rule: ${name} is a ${typeof current}, got ${JSON.stringify(value)}`);
  }
  return { ...DEFAULT_RULE, ...(knobs as Partial<NeedsHelpRule>) };
}

const mean = (values: readonly (number | null)[]) => {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? (known.reduce((sum, value) => sum + value, 0) / known.length).toFixed(3) : '-';
};

export function runVariants(set: string, seeds: readonly number[] | undefined, rules: readonly string[], who: boolean): void {
  const started = performance.now();
  const variants = [{ name: 'DEFAULT_RULE', rule: DEFAULT_RULE }, ...rules.map((json) => ({ name: json, rule: variantRule(json) }))];
  const schools = variantSchools(set, seeds);
  console.log(
    `Needs-help rule variants at ${WEEK} weeks on ${set} (${schools.length} schools, built in ${((performance.now() - started) / 1000).toFixed(1)} s):`,
  );
  for (const { name, rule } of variants) {
    const rows: RuleRow[] = schools.map((school) => evaluateRule(school.sim, [WEEK], { groupSize: school.groupSize, rule })[0] as RuleRow);
    const falseAlarms: Record<string, number> = {};
    for (const row of rows)
      for (const [kind, n] of Object.entries(row.byReason))
        if (n > (row.byReasonStuck[kind] ?? 0)) falseAlarms[kind] = (falseAlarms[kind] ?? 0) + n - (row.byReasonStuck[kind] ?? 0);
    const listed = rows.reduce((sum, row) => sum + row.flagged, 0);
    const hit = rows.reduce((sum, row) => sum + Math.round((row.precision ?? 0) * row.flagged), 0);
    const stuck = rows.reduce((sum, row) => sum + row.stalled, 0);
    console.log(
      `${name.padEnd(44)} P ${mean(rows.map((r) => r.precision))} R ${mean(rows.map((r) => r.recall))} F1 ${mean(rows.map((r) => r.f1))} listed ${mean(rows.map((r) => r.flaggedShare))} truly stuck ${mean(rows.map((r) => r.stalledShare))} | listed ${listed}, truly stuck ${hit}, missed ${stuck - hit} | false alarms ${JSON.stringify(falseAlarms)}`,
    );
  }
  if (who) for (const school of schools) for (const line of whoLines(school, variants)) console.log(line);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** Per group of the school, every pupil listed by any of the rules (data matters, shown apart, left out). */
function whoLines(school: School, variants: readonly { name: string; rule: NeedsHelpRule }[]): string[] {
  const { sim, groupSize } = school;
  const line = simLine(sim);
  const nowMs = weekEnd(sim, WEEK);
  const before = WEEK - lookbackWeeks(WEEK);
  const sinceMs = nowMs - DEFAULT_RULE.weeksOfPractice * WEEK_MS;
  const out: string[] = [];
  for (let first = 0; first < sim.pupils.length; first += groupSize) {
    const group = sim.pupils.slice(first, first + groupSize);
    const refs = new Set(group.map((pupil) => pupil.ref as string));
    const results = sim.results.filter((result) => refs.has(result.pupil) && Date.parse(result.time) <= nowMs);
    const pupils = group.map((pupil, i) => ({ key: pupilKey(first + i), ref: pupil.ref }));
    const listedBy = variants.map(({ rule }) => {
      const entries = needsHelp({ pupils, results, lines: [line], targetLevel: () => SIM_LEVEL, now: new Date(nowMs) }, rule);
      return new Map(entries.filter((entry) => !isDataMatter(entry)).map((entry) => [entry.key as number, entry]));
    });
    const context = groupContext(results, new Date(nowMs));
    const index = indexResults(
      group.map((pupil) => pupil.ref),
      results,
      nowMs,
    );
    const sums = group.map((pupil) => slopeSumsByGoal(index.get(pupil.ref)?.byGoal ?? new Map(), sim.goals, context, sinceMs, nowMs));
    group.forEach((pupil, i) => {
      const by = listedBy.map((listed) => listed.get(first + i));
      if (by.every((entry) => entry === undefined)) return;
      const goals = sim.goals.length;
      let level = 0;
      let gain = 0;
      for (let g = 0; g < goals; g += 1) {
        level += trueMastery(pupil, g, WEEK) / goals;
        gain += (trueMastery(pupil, g, WEEK) - trueMastery(pupil, g, before)) / goals;
      }
      const gap = slopeBelowGroup(
        sums[i] as ReturnType<typeof slopeSumsByGoal>,
        sums.filter((_, j) => j !== i),
        context,
      );
      const slope = gap
        ? `own ${gap.own.slope.toFixed(2)} +-${gap.own.standardError.toFixed(2)} group ${gap.group.slope.toFixed(2)} below ${gap.below.toFixed(1)} SE`
        : 'slope not known';
      const marks = by.map((entry, v) => (entry ? `[${v}: ${[...new Set(entry.reasons.map((r) => r.kind))].join(',')}]` : '')).join(' ');
      out.push(
        `  ${school.name.padEnd(18)} group ${first / groupSize} pupil ${String(i).padStart(2)} ${trulyStalled(pupil, goals, WEEK) ? 'STUCK' : 'grows'} true level ${level.toFixed(2)} gain ${gain.toFixed(2)} | ${slope} | listed by ${marks}`,
      );
    });
  }
  return out;
}
