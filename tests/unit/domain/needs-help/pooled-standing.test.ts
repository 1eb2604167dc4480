/**
 * A pupil's standing pooled over goals and sources and shrunk towards the group by how much evidence they have
 * (pooled-standing.ts, docs/decisions/033), and the rule's opt-in condition on it (`pooledBehindToList`).
 */
import { describe, expect, it } from 'vitest';
import { pupilKey } from '@/domain/ids';
import { DEFAULT_RULE, isDataMatter, needsHelp } from '@/domain/progress/needs-help';
import { courseAgrees } from '@/domain/progress/needs-help/enough-evidence';
import { pooledStandings } from '@/domain/progress/needs-help/pooled-standing';
import type { Standing } from '@/domain/progress/needs-help/standing';
import { SIM_LEVEL, simLine } from '../../../sim/evaluate-rule';
import { DEFAULT_SIM, simulate, trulyStalled, weekEnd } from '../../../sim/simulate';

/** A standing of `count` scores in the look-back (and as many before it) with mean `within` (`before`) and score spread `sd`. */
const standing = (within: number, count: number, before = 0, sd = 0.8): Standing => ({
  within,
  before,
  withinCount: count,
  beforeCount: count,
  withinSquares: within * within + sd * sd,
  beforeSquares: before * before + sd * sd,
});

/** Twenty pupils whose true standings spread evenly over -0.5..0.5, each with 12 results. */
const spread = Array.from({ length: 20 }, (_, i) => standing(-0.5 + i / 19, 12, -0.5 + i / 19));
const pooled = { ...DEFAULT_RULE, pooledBehindToList: 1 };
const sureSlower = { recent: 0, recentSd: 0.1, results: 40 };

describe('pooledStandings', () => {
  it('finds nobody far out in a group where everybody looks alike', () => {
    const alike = Array.from({ length: 20 }, (_, i) => standing(0.05 * Math.sin(i * 7.3), 12));
    expect(pooledStandings(alike).every(({ behind }) => (behind ?? 0) < 1)).toBe(true);
  });

  it('counts a low mean on three results for less than the same mean on thirty', () => {
    const [few, many] = [3, 30].map((count) => pooledStandings([...spread, standing(-1.2, count, 0.4)]).at(-1));
    expect(few?.behind).toBeLessThan(many?.behind as number);
    expect(few?.fall).toBeLessThan(many?.fall as number);
    expect(many?.behind).toBeGreaterThan(1);
  });

  it('says nothing without results in the look-back, nor of a fall without results before it, nor in a group of three', () => {
    const none: Standing = { within: null, before: null, withinCount: 0, beforeCount: 0, withinSquares: 0, beforeSquares: 0 };
    const newcomer: Standing = { ...standing(-1, 10), before: null, beforeCount: 0, beforeSquares: 0 };
    const out = pooledStandings([...spread, none, newcomer]);
    expect(out.at(-2)).toEqual({ behind: null, fall: null });
    expect(out.at(-1)?.fall).toBeNull();
    expect(out.at(-1)?.behind).not.toBeNull();
    expect(pooledStandings(spread.slice(0, 3))).toEqual(spread.slice(0, 3).map(() => ({ behind: null, fall: null })));
  });
});

describe('courseAgrees with the pooled evidence asked', () => {
  const farOut = { behind: 2, fall: 1 };
  it('lets a pupil through only where the pooled evidence agrees with the model', () => {
    expect(courseAgrees(pooled, sureSlower, true, { ...farOut, pooled: { behind: 1.4, fall: 0.6 } })).toBe(true);
    // the same robust standing on too little evidence to stand out once shrunk: not listed
    expect(courseAgrees(pooled, sureSlower, true, { ...farOut, pooled: { behind: 0.6, fall: 0.6 } })).toBe(false);
    expect(courseAgrees(pooled, sureSlower, true, { ...farOut, pooled: { behind: 1.4, fall: 0 } })).toBe(false);
    expect(courseAgrees(pooled, sureSlower, true, farOut)).toBe(false);
    expect(courseAgrees(DEFAULT_RULE, sureSlower, true, farOut)).toBe(true);
  });

  it('asks less of the model for a pupil far behind on the pooled evidence', () => {
    const unsure = { recent: 0.5, recentSd: 0.3, results: 10 };
    expect(courseAgrees(pooled, unsure, true, { ...farOut, pooled: { behind: 2.2, fall: 0.1 } })).toBe(true);
    expect(courseAgrees(pooled, unsure, true, { ...farOut, pooled: { behind: 1.8, fall: 0.1 } })).toBe(false);
  });
});

describe('needsHelp with the pooled evidence asked', () => {
  it('lists only truly stuck pupils in a simulated group, a subset of those listed without it', () => {
    const sim = simulate({ ...DEFAULT_SIM, seed: 1, pupils: 25 });
    const nowMs = weekEnd(sim, 6);
    const input = {
      pupils: sim.pupils.map((p, i) => ({ key: pupilKey(i), ref: p.ref })),
      results: sim.results.filter((r) => Date.parse(r.time) <= nowMs),
      lines: [simLine(sim)],
      targetLevel: () => SIM_LEVEL,
      now: new Date(nowMs),
    };
    const listed = (rule = DEFAULT_RULE) => needsHelp(input, rule).flatMap((entry) => (isDataMatter(entry) ? [] : [entry.key as number]));
    const withPooled = listed(pooled);
    expect(withPooled.length).toBeGreaterThan(0);
    expect(withPooled.every((i) => listed().includes(i))).toBe(true);
    expect(withPooled.every((i) => trulyStalled(sim.pupils[i] as (typeof sim.pupils)[number], sim.goals.length, 6))).toBe(true);
  });

  it('lists nobody for not learning in a group where nobody stalled', () => {
    for (const seed of [1, 2]) {
      const sim = simulate({ ...DEFAULT_SIM, seed, pupils: 25, stalledShare: 0 });
      const nowMs = weekEnd(sim, 6);
      const entries = needsHelp(
        {
          pupils: sim.pupils.map((p, i) => ({ key: pupilKey(i), ref: p.ref })),
          results: sim.results.filter((r) => Date.parse(r.time) <= nowMs),
          lines: [simLine(sim)],
          targetLevel: () => SIM_LEVEL,
          now: new Date(nowMs),
        },
        pooled,
      );
      expect(entries.filter((entry) => !isDataMatter(entry))).toEqual([]);
    }
  });
});
