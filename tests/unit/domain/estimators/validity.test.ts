/**
 * Floors from the validity simulator (tests/sim) on the default run (DEFAULT_SIM: seed 20260302,
 * 200 pupils; the same as `npm run bench:validity`). Measured (docs/decisions/006, third to fifth pass) over
 * seeds 20260302, 1, 2, 3, 7, 11, 12, 13 (`npm run bench:validity -- --seeds ...`); where a floor
 * is marked "across seeds" it sits just under the lowest of those eight, so it holds for every seed
 * tried, not only this one:
 * - default, rank correlation (fifth pass, day-weighted priors): school-wide 2 weeks mean 0.855 (min
 *   0.845), 6 weeks 0.913 (0.902), 12 weeks 0.844 (0.830); per group of 25 (`--group 25`) 6 weeks
 *   0.904 (0.893); ahead of the plain average by about 0.13 and of the latest result by about 0.09 at 6 weeks;
 * - the product's needs-help rule (DEFAULT_RULE, groups of 25; growth below 0.07 and behind the group
 *   by 0.07): 6 weeks precision 0.855 (min 0.731) / recall 0.779 (0.714), 12 weeks 0.976 (0.935) /
 *   0.988 (0.962) (this seed: 0.900 / 0.900 and 0.968 / 1.000);
 * - the benchmark's needs-help yardstick (tests/sim/stalled-rule.ts) with the default's growth, this
 *   seed only, as before: 6 weeks 0.857 / 0.800, 12 weeks 0.968 / 1.000 (other seeds: recall at
 *   6 weeks down to 0.517, see the decision record).
 */
import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { average, calibrateSources, defaultEstimator, latest } from '@/domain/progress/estimators';
import { evaluate, jsonLineOf, type ValidityRow } from '../../../sim/evaluate';
import { DEFAULT_RULE } from '@/domain/progress/needs-help';
import { evaluateRule } from '../../../sim/evaluate-rule';
import { ranks, spearman } from '../../../sim/metrics';
import { DEFAULT_SIM, simulate, trulyStalled } from '../../../sim/simulate';

const sim = simulate(DEFAULT_SIM);
const rows = evaluate(sim, { default: defaultEstimator, average, latest }, [2, 6, 12]);
const row = (estimator: string, weeks: number) => rows.find((r) => r.estimator === estimator && r.weeks === weeks) as ValidityRow;
const rule = evaluateRule(sim, [6, 12]);
const ruleAt = (weeks: number) => rule.find((r) => r.weeks === weeks) as (typeof rule)[number];

describe('the simulator', () => {
  it('is the same on every run and has about 15% stalled pupils', () => {
    expect(simulate(DEFAULT_SIM).results).toEqual(sim.results);
    const stalled = sim.pupils.filter((pupil) => pupil.stallWeek !== null).length;
    expect(stalled / sim.pupils.length).toBeGreaterThan(0.08);
    expect(stalled / sim.pupils.length).toBeLessThan(0.22);
    // ground truth: a stalled pupil is stalled at week 6; a growing one mostly is not
    const truth = sim.pupils.map((pupil) => trulyStalled(pupil, sim.goals.length, 6));
    sim.pupils.forEach((pupil, i) => pupil.stallWeek !== null && expect(truth[i]).toBe(true));
    expect(truth.filter(Boolean).length).toBeLessThan(stalled * 1.5);
  });

  it('has suppliers with different scales, and the generous one is found to score about 0.1 above the others', () => {
    const scales = new Set(sim.results.map((r) => `${r.source}:${r.score?.max}`));
    expect(scales).toEqual(new Set(['sim-percent:100', 'sim-stars:3', 'sim-tests:20', 'sim-generous:100']));
    const calibration = calibrateSources(sim.results);
    expect(calibration.get(sourceId('sim-generous'))?.bias).toBeGreaterThan(0.07);
    expect(calibration.get(sourceId('sim-generous'))?.bias).toBeLessThan(0.13);
    // the noisier sources (stars, generous: sd about 0.15) count less than percent and tests (about 0.11)
    const reliability = (id: string) => calibration.get(sourceId(id))?.reliability as number;
    expect(Math.min(reliability('sim-percent'), reliability('sim-tests'))).toBeGreaterThan(
      Math.max(reliability('sim-stars'), reliability('sim-generous')),
    );
    expect(calibration.get(sourceId('sim-percent'))?.noiseSd).toBeCloseTo(0.12, 1);
  });
});

describe('validity floors of the default estimator', () => {
  it('ranks pupils x goals close to the truth after 2, 6 and 12 weeks, well ahead of a plain average or the latest result (across seeds)', () => {
    expect(row('default', 2).spearman).toBeGreaterThanOrEqual(0.83);
    // the aim: 0.9 at 6 weeks (this seed 0.913; the lowest of eight seeds 0.902)
    expect(row('default', 6).spearman).toBeGreaterThanOrEqual(0.9);
    expect(row('default', 12).spearman).toBeGreaterThanOrEqual(0.825);
    expect(row('default', 6).spearman).toBeGreaterThan(row('average', 6).spearman + 0.1);
    expect(row('default', 6).spearman).toBeGreaterThan(row('latest', 6).spearman + 0.06);
  });

  it('measures growth well enough for the yardstick: after 12 weeks precision and recall >= 0.95, after 6 weeks >= 0.85 and 0.8 (this seed)', () => {
    expect(row('default', 12).precision).toBeGreaterThanOrEqual(0.95);
    expect(row('default', 12).recall).toBeGreaterThanOrEqual(0.95);
    expect(row('default', 6).precision).toBeGreaterThanOrEqual(0.85);
    expect(row('default', 6).recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('validity floors of the default estimator as the app runs it: calibration and priors from one group of 25', () => {
  const perGroup = evaluate(sim, { default: defaultEstimator }, [6], { groupSize: 25 });
  it('ranks pupils x goals at 6 weeks with rank correlation >= 0.89 (this seed 0.904; across seeds lowest 0.890, mean 0.904)', () => {
    expect(perGroup[0]?.spearman).toBeGreaterThanOrEqual(0.89);
  });
});

describe('validity floors of the needs-help rule (DEFAULT_RULE, one group of 25 at a time)', () => {
  it('finds the stalled pupils: after 6 weeks precision >= 0.87 and recall >= 0.58, after 12 weeks >= 0.85 and 0.8 (across seeds)', () => {
    // decision 026: listed only where the course model agrees, precision first; decision 031: or the pupil's standing in
    // the group agrees (8 seeds, min 0.885 / 0.595 at 6 weeks and 0.875 / 0.808 at 12; 026 alone: recall min 0.448 / 0.621)
    expect(ruleAt(6).precision).toBeGreaterThanOrEqual(0.87);
    expect(ruleAt(6).recall).toBeGreaterThanOrEqual(0.58);
    expect(ruleAt(12).precision).toBeGreaterThanOrEqual(0.85);
    expect(ruleAt(12).recall).toBeGreaterThanOrEqual(0.8);
  });
  it('is sharper for asking whether the pupil keeps up with the group (precision +0.03 at 6 weeks over the older fixed thresholds, recall kept within 0.05)', () => {
    // decision 006: 8 seeds at 6 weeks, precision 0.855 -> 0.946, recall 0.779 -> 0.762
    const [older] = evaluateRule(sim, [6], { rule: { ...DEFAULT_RULE, keptUpBelow: null } });
    expect(ruleAt(6).precision as number).toBeGreaterThanOrEqual((older?.precision as number) + 0.03);
    expect(ruleAt(6).recall as number).toBeGreaterThanOrEqual((older?.recall as number) - 0.05);
  });
  it('states an uncertainty that holds and is not too wide: the truth lies within +-1.96 of it for 93% to 99% of pupils x goals', () => {
    // on the sources' measured noise scale (fourth pass): 0.984 / 0.969 / 0.977 on this seed, 0.948..0.984 over seeds 20260302, 1, 2, 3
    for (const weeks of [2, 6, 12]) {
      expect(row('default', weeks).coverage95).toBeGreaterThanOrEqual(0.93);
      expect(row('default', weeks).coverage95).toBeLessThanOrEqual(0.99);
    }
  });

  it('prints one JSON line per row', () => {
    expect(JSON.parse(jsonLineOf(row('default', 6)))).toMatchObject({
      estimator: 'default',
      weeks: 6,
      spearman: expect.any(Number),
      precision: expect.any(Number),
      recall: expect.any(Number),
    });
  });
});

describe('metrics', () => {
  it('gives tied values their average rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('spearman is 1 for any increasing relation and -1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });
});
