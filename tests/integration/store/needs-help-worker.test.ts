/**
 * Wie heeft hulp nodig runs in the compute worker (issue 12 goal 4), which reads the group's results
 * itself: its functions behind comlink on a MessageChannel, reading the database by its name as the
 * worker does (the input and the outcome go through a structured clone), give exactly what the rule
 * gives over the same results on this thread, on a simulated group of 25 (tests/sim) stored as a
 * sync stores them, with the group's course model at work.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE, needsHelp, needsHelpView, viewContext } from '@/domain/progress/needs-help';
import { deduplicate } from '@/domain/quality/duplicates';
import type { NeedsHelpInput } from '@/store/class-grid.api';
import { readableResults } from '@/store/readable-results';
import { resultsForPupils } from '@/store/results.repo';
import { SIM_LEVEL, simLine } from '../../sim/evaluate-rule';
import { DEFAULT_SIM, simulate, weekEnd } from '../../sim/simulate';
import { computeOverChannel } from '../../support/compute-channel';
import { storedSimGroup } from '../../support/sim-group';

// Seed 1 at week 6: the group's course model lists a pupil the other conditions do not (a reason with `pace`).
const sim = simulate({ ...DEFAULT_SIM, seed: 1, pupils: 25, weeks: 8 });
const line = simLine(sim);
const now = new Date(weekEnd(sim, 6)).toISOString();
const results = sim.results.filter((result) => result.time <= now);

/** The simulated group in a fresh database: its roster (one group) and its results up to week 6. */
async function stored(filter: NeedsHelpInput['filter'] = {}) {
  const { db, group, pupils } = await storedSimGroup(sim, results);
  const input: NeedsHelpInput = {
    dbName: db.name,
    group,
    version: 'v1',
    links: new Map(),
    pupils,
    filter,
    lines: [line],
    targetLevels: { [line.id]: SIM_LEVEL },
    choices: {},
    rule: DEFAULT_RULE,
    now,
    judgements: [],
  };
  return { db, input };
}

describe('needs-help in the compute worker, from the results it reads itself', () => {
  it('lists the same pupils for the same reasons as the rule over the same results on this thread, the course model’s among them', async () => {
    const { db, input } = await stored();
    // The page's path before: the group's stored results, readable and deduplicated, in the store's order.
    const read = deduplicate(
      readableResults(
        await resultsForPupils(
          db,
          input.pupils.map((pupil) => pupil.ref),
        ),
      ).results,
    ).kept;
    expect(read).toHaveLength(results.length);
    const direct = needsHelpView({ ...input, results: read });
    expect(direct.entries.flatMap((entry) => entry.reasons).some((reason) => 'pace' in reason && reason.pace !== undefined)).toBe(true);
    expect(direct.groups.length).toBeGreaterThan(0);
    expect(await computeOverChannel(db).needsHelp(input)).toEqual({ ...direct, skipped: 0, duplicates: 0 });
    // ...and the pupils and reasons the rule gives over the simulation's own list (sums in another order: the last bits differ).
    const before = needsHelp({ ...input, results, targetLevel: () => SIM_LEVEL, context: viewContext(results, input.now) }, DEFAULT_RULE);
    const listed = (entries: readonly (typeof before)[number][]) =>
      entries.map((entry) => [entry.key, entry.reasons.map((reason) => `${reason.kind} ${'goal' in reason ? reason.goal : ''}`)]);
    expect(listed(direct.entries)).toEqual(listed(before));
  });

  it('says why when the filter cannot be applied, as the page did', async () => {
    const { db, input } = await stored({ period: { kind: 'since', date: '1-3-2026' } });
    const message = '"1-3-2026" is not a date written yyyy-mm-dd';
    expect(() => needsHelpView({ ...input, results })).toThrow(message);
    await expect(computeOverChannel(db).needsHelp(input)).rejects.toThrow(message);
  });
});
