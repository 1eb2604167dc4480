/**
 * The needs-help dump (tests/sim/dump-needs-help.ts) carries each pupil's results one by one (`obs`), so a model over
 * the raw results can be tried on a dump (docs/decisions/042): they must be the results the rule's standing counts,
 * in and before the look-back, with sources and goals by index; and a pupil shown apart is never listed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIM, simulate } from '../../sim/simulate';
import type * as Dump from '../../sim/dump-needs-help';

type Obs = [number, number, number, number, 0 | 1];
interface Row {
  readonly flag: boolean;
  readonly apart: boolean;
  readonly obs: Obs[];
  readonly st: { withinCount: number; beforeCount: number };
  readonly sources: unknown[];
}

// the module by its .ts name: without it the runner beside it (dump-needs-help.mjs) resolves first
const { dumpRows } = (await import(`../../sim/dump-needs-help${'.ts'}`)) as typeof Dump;

describe('dump-needs-help obs', () => {
  const sim = simulate({ ...DEFAULT_SIM, seed: 7, pupils: 50 });
  const rows = dumpRows('default', '7', sim, [6], 25) as unknown as Row[];

  it('holds every result the standing counts, in the look-back (21 days) and before it', () => {
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      expect(row.obs.filter(([, , days]) => days <= 21)).toHaveLength(row.st.withinCount);
      expect(row.obs.filter(([, , days]) => days > 21)).toHaveLength(row.st.beforeCount);
    }
    expect(rows.reduce((sum, row) => sum + row.obs.length, 0)).toBeGreaterThan(500);
  });

  it('names sources and goals by index and keeps evidence on 0..1', () => {
    for (const row of rows)
      for (const [source, goal, days, value, test] of row.obs) {
        expect(source).toBeGreaterThanOrEqual(0);
        expect(source).toBeLessThan(row.sources.length);
        expect(goal).toBeGreaterThanOrEqual(0);
        expect(goal).toBeLessThan(sim.goals.length);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect([0, 1]).toContain(test);
      }
  });

  it('never lists a pupil shown apart', () => {
    for (const row of rows) expect(row.flag && row.apart).toBe(false);
  });
});
