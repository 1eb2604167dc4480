/**
 * A tool, not a test: the needs-help oracle's posterior per pupil (the probability of being truly stuck, from the
 * generative model; tests/sim/needs-help-oracle.ts, tests/sim-alt/alt-oracle.ts) beside the truth, as JSON lines keyed as
 * dump-needs-help.ts keys its rows (set, school, week, pupil = index in the simulation), so the stuck pupils the oracle
 * finds and the rule misses can be listed from the two dumps (docs/decisions/044):
 * `node tests/sim/dump-oracle.mjs default|alt|held|stress OUT.jsonl [WEEK]` (week 6 unless given).
 */
import { writeFileSync } from 'node:fs';
import { stalledPosteriors } from './needs-help-oracle';
import { DEFAULT_SIM, simulate, trulyStalled, type Simulation } from './simulate';
import { stressGrid } from './stress';
import { altStalledPosteriors } from '../sim-alt/alt-oracle';
import { heldSchool } from '../sim-alt/held-out';
import { altSchool, simulateAlt, type AltSimulation } from '../sim-alt/simulate-alt';

const SEEDS = [20260302, 1, 2, 3, 7, 11, 12, 13];
const SCHOOLS = [1, 2, 3, 4, 5, 6, 7, 8];

/** One row per pupil of `sim`, in its order (`pupil` = the index dump-needs-help.ts gives): the oracle's posterior at `week`. */
export function oracleRows(set: string, school: string, sim: Simulation, week: number, posteriors: readonly number[] = stalledPosteriors(sim, week)) {
  return sim.pupils.map((pupil, i) => ({
    set,
    school,
    week,
    pupil: i,
    truth: trulyStalled(pupil, sim.goals.length, week),
    // stopped learning in the generative sense (a stall before now), not only a mean true gain under the line
    stalled: pupil.stallWeek !== null && pupil.stallWeek < week,
    oracle: Math.round((posteriors[i] as number) * 10000) / 10000,
  }));
}

export function main([which, out, weekText]: readonly string[]): void {
  const week = Number(weekText ?? 6);
  const rows: Record<string, unknown>[] = [];
  const alt = (sim: AltSimulation, seed: number, set: string) =>
    rows.push(...oracleRows(set, String(seed), sim, week, altStalledPosteriors(sim, week)));
  if (which === 'default') for (const seed of SEEDS) rows.push(...oracleRows('default', String(seed), simulate({ ...DEFAULT_SIM, seed }), week));
  else if (which === 'alt') for (const seed of SCHOOLS) alt(simulateAlt(altSchool(seed, 150)), seed, 'alt');
  else if (which === 'held') for (const seed of SCHOOLS) alt(simulateAlt(heldSchool(altSchool(seed, 150))), seed, 'held');
  else if (which === 'stress') for (const config of stressGrid(1, 16)) rows.push(...oracleRows('stress', config.name, simulate(config.sim), week));
  else throw new Error('dump-oracle needs default, alt, held or stress, then an output file');
  if (!out) throw new Error('dump-oracle needs an output file');
  writeFileSync(out, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
}
