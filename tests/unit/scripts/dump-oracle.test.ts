/**
 * The oracle dump (tests/sim/dump-oracle.ts) is joined to the needs-help dump by (school, pupil) to list the truly stuck
 * pupils the oracle finds and the rule misses (docs/decisions/044): its rows must name the same pupils in the same order,
 * with the same truth, and carry the oracle's posterior for each.
 */
import { describe, expect, it } from 'vitest';
import { stalledPosteriors } from '../../sim/needs-help-oracle';
import { DEFAULT_SIM, simulate } from '../../sim/simulate';
import type * as Dump from '../../sim/dump-needs-help';
import type * as OracleDump from '../../sim/dump-oracle';

// the modules by their .ts names: without it the runners beside them (*.mjs) resolve first
const { dumpRows } = (await import(`../../sim/dump-needs-help${'.ts'}`)) as typeof Dump;
const { oracleRows } = (await import(`../../sim/dump-oracle${'.ts'}`)) as typeof OracleDump;

describe('dump-oracle', () => {
  const sim = simulate({ ...DEFAULT_SIM, seed: 7, pupils: 50 });
  const rows = oracleRows('default', '7', sim, 6);

  it('keys its rows as the needs-help dump does, with the same truth', () => {
    const dumped = dumpRows('default', '7', sim, [6], 25) as unknown as { school: string; pupil: number; truth: boolean }[];
    expect(rows).toHaveLength(dumped.length);
    rows.forEach((row, i) => {
      expect([row.school, row.pupil, row.truth]).toEqual([dumped[i]?.school, dumped[i]?.pupil, dumped[i]?.truth]);
    });
    expect(rows.filter((row) => row.truth).length).toBeGreaterThan(2);
  });

  it("carries each pupil's posterior", () => {
    const posteriors = stalledPosteriors(sim, 6);
    rows.forEach((row, i) => expect(row.oracle).toBeCloseTo(posteriors[i] as number, 4));
    // on the default simulator every truly stuck pupil stalled
    for (const row of rows.filter((r) => r.truth)) expect(row.stalled).toBe(true);
  });

  it('marks a pupil stalled only once their stall week has passed', () => {
    // stalls fall in weeks 0.5..3: at week 2 some have stalled and some will later
    const early = oracleRows('default', '7', sim, 2);
    const later = sim.pupils.filter((pupil) => pupil.stallWeek !== null && pupil.stallWeek >= 2).length;
    expect(later).toBeGreaterThan(0);
    early.forEach((row, i) => {
      const stallWeek = sim.pupils[i]?.stallWeek ?? null;
      expect(row.stalled).toBe(stallWeek !== null && stallWeek < 2);
    });
    expect(early.filter((row) => row.stalled).length).toBeGreaterThan(0);
  });
});
