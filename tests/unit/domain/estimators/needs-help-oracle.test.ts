/**
 * The needs-help oracle (tests/sim/needs-help-oracle.ts) and the stress grid (tests/sim/stress.ts):
 * the ceiling any needs-help rule is measured against, and the schools it is measured on.
 */
import { describe, expect, it } from 'vitest';
import { bestF1, evaluateOracleRule } from '../../../sim/needs-help-oracle';
import { percentSupplier, SIM_SUPPLIERS, starsSupplier, testsSupplier } from '../../../sim/sim-suppliers';
import { DEFAULT_SIM, simulate } from '../../../sim/simulate';
import { stressGrid } from '../../../sim/stress';

describe('the simulated suppliers know how likely a score is', () => {
  it.each([
    ['percent', percentSupplier({ id: 'p', perWeek: 1, noise: 0.12, bias: 0.1 }), 100],
    ['stars', starsSupplier({ id: 's', perWeek: 1, noise: 0.08 }), 3],
    ['tests', testsSupplier({ id: 't', perWeek: 1, items: 20 }), 20],
  ])('%s: the probabilities of all scores add up to 1 at any true mastery', (_name, supplier, max) => {
    for (const truth of [0.05, 0.5, 0.93]) {
      let total = 0;
      // binomial coefficients are left out of the tests' likelihood (they do not depend on the truth)
      for (let raw = 0; raw <= max; raw += 1) total += Math.exp(supplier.logLikelihood(raw, truth)) * (max === 20 ? binomial(20, raw) : 1);
      expect(total).toBeCloseTo(1, 2);
    }
  });
  it('the default run keeps its four suppliers', () => {
    expect(SIM_SUPPLIERS.map((s) => s.id)).toEqual(['sim-percent', 'sim-stars', 'sim-tests', 'sim-generous']);
  });
});

const binomial = (n: number, k: number): number => (k === 0 ? 1 : (binomial(n, k - 1) * (n - k + 1)) / k);

describe('the best F1 over thresholds', () => {
  it('cuts where precision and recall balance best, never between equal posteriors', () => {
    const { confusion, threshold } = bestF1([0.9, 0.8, 0.7, 0.2, 0.1], [true, true, false, true, false]);
    expect(confusion).toEqual({ truePositive: 3, falsePositive: 1, falseNegative: 0 });
    expect(threshold).toBe(0.2);
    expect(bestF1([0.5, 0.5], [true, false]).confusion).toEqual({ truePositive: 1, falsePositive: 1, falseNegative: 0 });
  });
});

describe('the needs-help oracle', () => {
  it('finds the stalled pupils of a small school at 6 weeks far better than chance, and better at 12', () => {
    const sim = simulate({ ...DEFAULT_SIM, seed: 7, pupils: 60 });
    const [six, twelve] = evaluateOracleRule(sim, [6, 12]);
    expect(six?.stalled).toBeGreaterThan(5);
    expect(six?.f1).toBeGreaterThan(0.85);
    expect(twelve?.f1).toBeGreaterThanOrEqual(six?.f1 as number);
  });
});

describe('the stress grid', () => {
  it('is the same for a seed and spans the ranges it promises', () => {
    const grid = stressGrid(1, 16);
    expect(stressGrid(1, 16).map((c) => c.label)).toEqual(grid.map((c) => c.label));
    for (const { sim, groupSize } of grid) {
      expect(sim.stalledShare).toBeGreaterThanOrEqual(0.05);
      expect(sim.stalledShare).toBeLessThanOrEqual(0.2);
      expect(sim.suppliers.length).toBeGreaterThanOrEqual(2);
      expect(sim.suppliers.length).toBeLessThanOrEqual(6);
      expect(groupSize).toBeGreaterThanOrEqual(15);
      expect(groupSize).toBeLessThanOrEqual(30);
    }
    expect(new Set(grid.map((c) => c.sim.shape))).toEqual(new Set(['logistic', 'linear', 'gompertz']));
    expect(new Set(grid.map((c) => c.sim.suppliers.length)).size).toBeGreaterThanOrEqual(4);
  });
});
