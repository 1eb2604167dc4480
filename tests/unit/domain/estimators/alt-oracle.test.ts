/**
 * The needs-help oracle on the alternative simulators (tests/sim-alt/alt-oracle.ts): its likelihoods
 * must be those of the suppliers' samplers, and it must find stuck pupils where the data show them.
 */
import { describe, expect, it } from 'vitest';
import { altLogLikelihood } from '../../../sim-alt/alt-likelihood';
import { evaluateAltOracle } from '../../../sim-alt/alt-oracle';
import { ALT_SUPPLIER_KINDS, altResult, altSupplier } from '../../../sim-alt/alt-suppliers';
import { altSchool, simulateAlt } from '../../../sim-alt/simulate-alt';
import { createRandom } from '../../../../mocks/demo-school/prng';
import { goalId, pupilRef } from '@/domain/ids';

const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n, k - 1) * (n - k + 1)) / k);
const binomialCoefficient = (kind: string, noise: number, raw: number) =>
  kind === 'easy' ? choose(Math.max(3, Math.round(10 / noise)), raw) : kind === 'strict' ? choose(5, raw) : 1;

describe('the alternative suppliers know how likely a report is', () => {
  it.each(ALT_SUPPLIER_KINDS.map((kind) => [kind]))('%s: the likelihood matches the sampler', (kind) => {
    for (const [noise, truth] of [
      [0.6, 0.2],
      [1.7, 0.65],
    ] as const) {
      const supplier = altSupplier(kind, noise);
      const random = createRandom(11);
      const counts = new Map<string, { count: number; result: ReturnType<typeof altResult> }>();
      const draws = 4000;
      for (let i = 0; i < draws; i += 1) {
        const result = altResult(supplier, pupilRef('p'), goalId('g'), 0, truth, random, i);
        const key = `${result.score?.raw}:${result.success}`;
        counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, result });
      }
      let total = 0;
      for (const { count, result } of counts.values()) {
        const p = Math.exp(altLogLikelihood(supplier, result, truth)) * binomialCoefficient(kind, noise, result.score?.raw ?? 0);
        total += p;
        // each frequent report as often as the likelihood says (4 binomial standard errors)
        if (count >= 100) expect(Math.abs(count / draws - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / draws) + 0.005);
      }
      expect(total).toBeGreaterThan(0.97);
      expect(total).toBeLessThan(1.01);
    }
  });
});

describe('the needs-help oracle on the alternative simulator', () => {
  it('finds the stuck pupils of a school with many of them far better than chance at 12 weeks', () => {
    const school = altSchool(6, 40);
    const sim = simulateAlt(school);
    const [twelve] = evaluateAltOracle(sim, [12], () => 5);
    expect(twelve?.stalledShare).toBeGreaterThan(0.05);
    expect(twelve?.f1).toBeGreaterThan(2 * (twelve?.stalledShare as number));
    expect(twelve?.precisionAtBudget).not.toBeNull();
  });
});
