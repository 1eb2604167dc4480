/**
 * How credibly a pupil stands behind their group, each source's noise measured from the group's own results
 * (credible-standing.ts, docs/decisions/036), and the rule's condition on it (`credibleBy`).
 */
import { describe, expect, it } from 'vitest';
import { pupilKey, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { DEFAULT_RULE, isDataMatter, needsHelp } from '@/domain/progress/needs-help';
import { credibleStandings } from '@/domain/progress/needs-help/credible-standing';
import { courseAgrees } from '@/domain/progress/needs-help/enough-evidence';
import { indexResults } from '@/domain/progress/needs-help/results-index';
import { SIM_LEVEL, simLine } from '../../../sim/evaluate-rule';
import { simulate, trulyStalled, weekEnd } from '../../../sim/simulate';
import { stressGrid } from '../../../sim/stress';
import { DAY, GOAL, NOW, pupil, result } from './fixtures';

const PUPILS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const SINCE = NOW.getTime() - 21 * DAY;
const goals = [GOAL.getallen, GOAL.meten];
const DAYS = [40, 34, 28, 22, 16, 12, 8, 4, 2];

/** A fixed wobble in -1..1 per pupil, day and goal (no random numbers: the test is the same every run). */
const wobble = (n: number, day: number, g: number) => Math.sin(n * 12.9898 + day * 78.233 + g * 37.719);

/** On `source` (noise `noise`), pupil n a little above pupil n - 1; `stalled` stops growing 24 days ago. */
function reports(source: string, noise: number, who: readonly number[], stalled: number | null, days = DAYS): Result[] {
  return who.flatMap((n) =>
    days.flatMap((daysAgo) =>
      goals.map((goal, g) => {
        const grown = n === stalled ? Math.min(0.16, (40 - daysAgo) / 100) : (40 - daysAgo) / 100;
        const scaled = Math.min(1, Math.max(0, 0.2 + 0.01 * n + grown + noise * wobble(n, daysAgo, g)));
        return { ...result(n, goal, daysAgo, scaled), source: sourceId(source) };
      }),
    ),
  );
}

const credible = (results: readonly Result[], who: readonly number[] = PUPILS) => {
  const refs = who.map((n) => pupil(n).ref);
  return credibleStandings(refs, indexResults(refs, results, NOW.getTime()), goals, NOW.getTime(), SINCE);
};

describe('credibleStandings', () => {
  it('finds a pupil who stopped growing most credibly behind the group, and the only one who credibly fell behind', () => {
    const out = credible([...reports('precise', 0.02, PUPILS, 1), ...reports('noisy', 0.25, PUPILS, 1)]);
    const behind = out.map((standing) => standing.behind as number);
    expect(Math.max(...behind)).toBe(behind[0]);
    expect(out[0]?.fall).toBeGreaterThan(1.5);
    // the weakest pupils, who grow, stand credibly behind too (the rule's other conditions tell them apart), but did not fall
    expect(out.slice(1).filter(({ fall }) => (fall ?? -Infinity) >= 1.5)).toHaveLength(0);
  });

  it('weighs a precise source above a noisy one where they disagree', () => {
    const [stallOnPrecise, stallOnNoisy] = [
      credible([...reports('precise', 0.02, PUPILS, 1), ...reports('noisy', 0.3, PUPILS, null)]),
      credible([...reports('precise', 0.02, PUPILS, null), ...reports('noisy', 0.3, PUPILS, 1)]),
    ].map((out) => out[0]);
    // each pupil's scores scatter far more around their own mean on the noisy source, so it counts for less: the stall
    // it alone shows is much less credible (weighed by counts alone the two differ by under a fifth)
    expect(stallOnPrecise?.behind).toBeGreaterThan(1.5 * (stallOnNoisy?.behind as number));
  });

  it('counts a stall on a few results for less than on many', () => {
    const group = reports('noisy', 0.25, PUPILS.slice(1), null);
    const few = credible([...group, ...reports('noisy', 0.25, [1], 1, [40, 28, 8])])[0];
    const many = credible([...group, ...reports('noisy', 0.25, [1], 1)])[0];
    expect(few?.behind).toBeLessThan(many?.behind as number);
  });

  it('says nothing without results in the look-back, nor of a fall without results before it, nor in a group of three', () => {
    const group = reports('precise', 0.02, PUPILS.slice(2), null);
    const newcomer = reports('precise', 0.02, [2], null, [12, 8, 4, 2]);
    const out = credible([...group, ...newcomer]);
    expect(out[0]).toEqual({ behind: null, fall: null });
    expect(out[1]?.behind).not.toBeNull();
    expect(out[1]?.fall).toBeNull();
    expect(credible(reports('precise', 0.02, [1, 2, 3], 1), [1, 2, 3])).toEqual([1, 2, 3].map(() => ({ behind: null, fall: null })));
  });
});

describe('courseAgrees with credible evidence asked', () => {
  const sureSlower = { recent: 0, recentSd: 0.1, results: 40 };
  const farOut = { behind: 2, fall: 2 };
  it('lets a pupil through only where they stand or fell credibly behind', () => {
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { ...farOut, credible: { behind: 1.6, fall: 0 } })).toBe(true);
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { ...farOut, credible: { behind: 0.4, fall: 1.6 } })).toBe(true);
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { ...farOut, credible: { behind: 1.4, fall: 1.4 } })).toBe(false);
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, { ...farOut, credible: { behind: null, fall: null } })).toBe(false);
    expect(courseAgrees({ ...DEFAULT_RULE, credibleBy: null }, sureSlower, true, { ...farOut, credible: { behind: 0, fall: 0 } })).toBe(true);
  });
});

describe('needsHelp with credible evidence asked', () => {
  /** One group of the stress grid's school `school` (1-based) at 6 weeks: who is listed for not learning, and the truth. */
  function stressGroup(school: number, group: number) {
    const config = stressGrid(1, 16)[school - 1] as ReturnType<typeof stressGrid>[number];
    const sim = simulate(config.sim);
    const nowMs = weekEnd(sim, 6);
    const members = sim.pupils.slice(group * config.groupSize, (group + 1) * config.groupSize);
    const refs = new Set<string>(members.map((p) => p.ref));
    const input = {
      pupils: members.map((p, i) => ({ key: pupilKey(i), ref: p.ref })),
      results: sim.results.filter((r) => refs.has(r.pupil) && Date.parse(r.time) <= nowMs),
      lines: [simLine(sim)],
      targetLevel: () => SIM_LEVEL,
      now: new Date(nowMs),
    };
    const listed = (rule = DEFAULT_RULE) => needsHelp(input, rule).flatMap((entry) => (isDataMatter(entry) ? [] : [entry.key as number]));
    const stuck = (i: number) => trulyStalled(members[i] as (typeof members)[number], sim.goals.length, 6);
    return { listed, stuck };
  }

  it('no longer lists pupils who kept learning in a noisy school with few results, where the ranks alone looked like a stall', () => {
    // stress school 10: five suppliers (noise x1.22, one biased by -0.21), 0.41 of the usual results per week; its third
    // group of 16 has one stuck pupil, whom neither rule finds
    const { listed, stuck } = stressGroup(10, 2);
    const before = listed({ ...DEFAULT_RULE, credibleBy: null });
    expect(before.filter((i) => !stuck(i)).length).toBeGreaterThan(1);
    expect(listed().filter((i) => !stuck(i))).toEqual([]);
  });

  it('keeps listing the truly stuck pupils where the evidence is there, even in a noisy school (stress school 1: noise x1.95)', () => {
    const { listed, stuck } = stressGroup(1, 0);
    expect(listed().length).toBeGreaterThan(0);
    expect(listed().every(stuck)).toBe(true);
    expect(listed()).toEqual(listed({ ...DEFAULT_RULE, credibleBy: null }));
  });
});
