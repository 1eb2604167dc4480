/**
 * The benchmark's ceiling for calibration (tests/sim/oracle.ts): it reads each simulated supplier on
 * the true scale; the default has to learn bias and noise from the data. Both use the same dynamics
 * (following the group's growth), and on the default run the default is within 0.01 of it at 6 and
 * 12 weeks (docs/decisions/006, third pass: 0.913 / 0.914 and 0.862 / 0.860): learning the
 * calibration costs next to nothing.
 */
import { describe, expect, it } from 'vitest';
import { pupilRef, sourceId, goalId } from '@/domain/ids';
import { defaultEstimator } from '@/domain/progress/estimators';
import { evaluate, type ValidityRow } from '../../../sim/evaluate';
import { oracleEstimator } from '../../../sim/oracle';
import { SIM_SUPPLIERS, simResult } from '../../../sim/sim-suppliers';
import { DEFAULT_SIM, simulate } from '../../../sim/simulate';

const supplier = (id: string) => SIM_SUPPLIERS.find((s) => s.id === sourceId(id)) as (typeof SIM_SUPPLIERS)[number];
const fixed = (value: number) => () => value;
const at = Date.parse('2025-09-02T10:00:00.000Z');
const one = (id: string, truth: number) => [simResult({ ...supplier(id) }, pupilRef('p'), goalId('g'), at, truth, fixed(0.5), 1)];

describe('the oracle estimator', () => {
  it("removes the generous supplier's bias and reads a star band at its middle", () => {
    const now = '2025-09-03T00:00:00.000Z';
    // With random() = 0.5 the noise term is sqrt(2 ln 2) cos(pi) = -1.18 sd; check the value against the raw score.
    const generous = one('sim-generous', 0.6);
    const raw = generous[0]?.score?.raw as number;
    expect(oracleEstimator(generous, { now })?.value).toBeCloseTo(raw / 100 - 0.1, 6);
    const stars = one('sim-stars', 0.6);
    const k = stars[0]?.score?.raw as number;
    expect(oracleEstimator(stars, { now })?.value).toBeCloseTo(k >= 3 ? 0.85 : k <= 0 ? 0.15 : (k + 0.5) / 4, 6);
    expect(oracleEstimator([], { now })).toBeNull();
  });

  it('ranks within 0.01 of the default on the default run: calibration learnt from the data is close to the truth', () => {
    const rows = evaluate(simulate(DEFAULT_SIM), { default: defaultEstimator, oracle: oracleEstimator }, [6, 12]);
    const row = (name: string, weeks: number) => rows.find((r) => r.estimator === name && r.weeks === weeks) as ValidityRow;
    expect(Math.abs(row('oracle', 6).spearman - row('default', 6).spearman)).toBeLessThan(0.01);
    expect(Math.abs(row('oracle', 12).spearman - row('default', 12).spearman)).toBeLessThan(0.01);
  });
});
