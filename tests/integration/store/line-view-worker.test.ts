/**
 * The learning line and the pupil profile compute in the compute worker (issue 12 goal 4), from the
 * group it reads itself: behind comlink on a MessageChannel (a structured clone both ways), the
 * line's grid, the group's context (calibration and priors as data, made into a context on the page),
 * the line's weeks and the results behind a goal are exactly what the page computed before over the
 * group's results on its own thread (useGroupMastery: useGroupResults -> useGroupContext ->
 * masteryGrid; groupLineOverTime; resultsBehindGoal), on a simulated group of 25 with results after
 * the view's now (left out of what is learnt).
 */
import { describe, expect, it } from 'vitest';
import { encodeResults } from '@/domain/progress/encoded-results';
import { masteryGrid } from '@/domain/progress/estimated-grid';
import { estimatedTrend } from '@/domain/progress/estimated-trend';
import { contextFromLearnt, contextInstant, groupContextEncoded, latestTime } from '@/domain/progress/estimators/group-context';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { groupLineOverTime } from '@/domain/progress/group-line-over-time';
import { DEFAULT_RULE } from '@/domain/progress/needs-help';
import { keptMask } from '@/domain/progress/result-filter';
import { resultsBehindGoal } from '@/domain/progress/results-behind';
import { deduplicate } from '@/domain/quality/duplicates';
import type { LeerzichtDb } from '@/store/db';
import { readableResults } from '@/store/readable-results';
import { resultsForPupils } from '@/store/results.repo';
import { SIM_LEVEL, simLine } from '../../sim/evaluate-rule';
import { DEFAULT_SIM, simulate, weekEnd } from '../../sim/simulate';
import { computeOverChannel } from '../../support/compute-channel';
import { storedSimGroup } from '../../support/sim-group';

const sim = simulate({ ...DEFAULT_SIM, seed: 2, pupils: 25, weeks: 8 });
const line = simLine(sim);
// Two weeks of results come after now: learnt as of now, they are left out.
const now = new Date(weekEnd(sim, 6)).toISOString();
const DAY_MS = 86_400_000;

/** The page's path before: the group's stored results, readable and deduplicated, and its contexts as of now. */
async function onThisThread(db: LeerzichtDb, refs: readonly string[]) {
  const read = deduplicate(readableResults(await resultsForPupils(db, refs as never)).results).kept;
  const encoded = encodeResults(read);
  const base = groupContextEncoded(encoded, new Date(contextInstant(latestTime(encoded), Date.parse(now))));
  return { read, encoded, level: { ...base, now, followGroup: true }, growth: { ...base, now } };
}

describe('the learning line and the profile’s group context in the compute worker', () => {
  it('give the grid, the contexts, the weeks and the results behind a goal the page computed on its own thread', async () => {
    const { db, group, pupils } = await storedSimGroup(sim, sim.results);
    const page = await onThisThread(
      db,
      pupils.map((pupil) => pupil.ref),
    );
    expect(page.read.some((result) => result.time > now)).toBe(true);
    const worker = computeOverChannel(db);
    const source = { dbName: db.name, group, version: 'v1', links: new Map<string, readonly string[]>() };

    const grid = await worker.classGrid({ ...source, pupils, lines: [line], curriculumLines: [line], filter: {}, now, choices: {} });
    const kept = keptMask(page.encoded, {}, { now, lines: [line] });
    expect(grid.rows).toEqual(masteryGrid(page.encoded, pupils, [line], page.level, (candidate) => estimatorFor(candidate.id), kept));

    const base = contextFromLearnt(await worker.groupContext({ ...source, now }), new Date(0));
    const level = { ...base, now, followGroup: true };
    for (const id of new Set(page.read.map((result) => result.source))) {
      expect([base.bias?.(id), base.reliability?.(id)]).toEqual([page.level.bias?.(id), page.level.reliability?.(id)]);
    }
    expect(base.noiseSd).toBe(page.level.noiseSd);
    let priors = 0;
    for (const goal of line.goals)
      for (let day = -30; day < 7 * 10 + 30; day += 1) {
        const at = sim.startMs + day * DAY_MS;
        expect(base.prior?.(goal.id, at)).toEqual(page.level.prior?.(goal.id, at));
        if (base.prior?.(goal.id, at)) priors += 1;
      }
    expect(priors).toBeGreaterThan(100);
    for (const pupil of pupils) {
      const own = page.read.filter((result) => result.pupil === pupil.ref);
      expect(estimatedTrend(own, line, estimatorFor(line.id), level)).toEqual(estimatedTrend(own, line, estimatorFor(line.id), page.level));
    }

    const needHelp = (
      await worker.needsHelp({
        ...source,
        pupils,
        filter: {},
        lines: [line],
        targetLevels: { [line.id]: SIM_LEVEL },
        choices: {},
        rule: DEFAULT_RULE,
        now,
        judgements: [],
      })
    ).entries;
    const ask = { line, lines: [line], pupils, filter: {}, choices: {}, needHelp, now };
    const weeks = await worker.lineOverTime({ ...source, ...ask });
    expect(weeks).toEqual(groupLineOverTime({ ...ask, results: page.read, levelContext: page.level }));
    expect(weeks.weeks.length).toBeGreaterThan(5);

    const goal = line.goals[0]!.id;
    const refs = pupils.slice(0, 10).map((pupil) => pupil.ref);
    const behind = await worker.goalResults({ ...source, goal, pupils: refs });
    expect(behind).toEqual(resultsBehindGoal(page.read, goal, new Set(refs)));
    expect(behind.length).toBeGreaterThan(10);
  });

  it('says why when the line’s filter cannot be applied, as the page did', async () => {
    const { db, group, pupils } = await storedSimGroup(sim, sim.results.slice(0, 50));
    const filter = { period: { kind: 'since', date: '1-3-2026' } } as const;
    const ask = { line, lines: [line], pupils, filter, choices: {}, needHelp: [], now };
    await expect(computeOverChannel(db).lineOverTime({ dbName: db.name, group, version: 'v1', links: new Map(), ...ask })).rejects.toThrow(
      '"1-3-2026" is not a date written yyyy-mm-dd',
    );
  });
});
