/**
 * The suppliers of the alternative simulator (simulate-alt.ts), designed apart from tests/sim's: each
 * reports a pupil's true mastery through its own non-linear scale, with its own kind of noise, so no
 * supplier is "truth + Gaussian noise on 0..1" as there:
 * - scale: an adaptive test on a 100..300 ability scale, linear in the logit of mastery (not in mastery);
 * - easy: ten easy items, right with probability mastery^0.4 (a ceiling effect: half mastery scores 76%);
 * - careless: percent with skewed noise (mostly right, now and then a careless drop) that is widest
 *   in the middle of the scale (heteroscedastic);
 * - strict: five hard items, right with probability mastery^2.2 (a floor effect);
 * - passfail: only right or wrong (success, no score), steeply around mastery 0.55;
 * - stars5: one to five stars, generous (+0.15) and capped (a ceiling).
 * `noise` scales each one's own noise (0.5..2 over the schools).
 */
import { sourceId, type GoalId, type PupilRef, type SourceId } from '@/domain/ids';
import { scaleScore, type Result, type WorkForm } from '@/domain/model';
import type { Random } from '../../mocks/demo-school/prng';
import { normal, resultOf } from '../sim/sim-suppliers';

export interface AltSupplier {
  readonly id: SourceId;
  readonly kind: AltSupplierKind;
  /** The school's noise factor (0.5..2). */
  readonly noise: number;
  readonly workForm: WorkForm;
  /** Sessions per week for a pupil of average activity. */
  readonly perWeek: number;
  /** Results per session: 1 + Poisson(burst - 1) (practice tools report every item set). */
  readonly burst: number;
  /** A score (raw on min..max) or, with `success`, right or wrong only. */
  readonly report: (truth: number, random: Random) => { raw: number; min: number; max: number } | { success: boolean };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const logit = (p: number) => Math.log(p / (1 - p));
const binomial = (n: number, p: number, random: Random) => {
  let right = 0;
  for (let i = 0; i < n; i += 1) if (random() < p) right += 1;
  return right;
};

export type AltSupplierKind = 'scale' | 'easy' | 'careless' | 'strict' | 'passfail' | 'stars5';
export const ALT_SUPPLIER_KINDS: readonly AltSupplierKind[] = ['scale', 'easy', 'careless', 'strict', 'passfail', 'stars5'];

export function altSupplier(kind: AltSupplierKind, noise: number): AltSupplier {
  const id = sourceId(`alt-${kind}`);
  return { ...reporter(kind, noise), id, kind, noise };
}

function reporter(kind: AltSupplierKind, noise: number): Omit<AltSupplier, 'id' | 'kind' | 'noise'> {
  switch (kind) {
    case 'scale':
      return {
        workForm: 'test',
        perWeek: 0.5,
        burst: 1,
        report: (m, r) => ({ raw: Math.round(clamp(200 + 30 * logit(clamp(m, 0.02, 0.98)) + 15 * noise * normal(r), 100, 300)), min: 100, max: 300 }),
      };
    case 'easy':
      return {
        workForm: 'practice',
        perWeek: 2.5,
        burst: 2,
        report: (m, r) => ({ raw: binomial(Math.max(3, Math.round(10 / noise)), m ** 0.4, r), min: 0, max: Math.max(3, Math.round(10 / noise)) }),
      };
    case 'careless':
      return {
        workForm: 'practice',
        perWeek: 2,
        burst: 3,
        report: (m, r) => {
          const slip = -0.1 * noise * Math.log(1 - r()) * (r() < 0.3 ? 1 : 0);
          const spread = 0.25 * noise * Math.sqrt(m * (1 - m));
          return { raw: Math.round(100 * clamp(m - slip + spread * normal(r), 0, 1)), min: 0, max: 100 };
        },
      };
    case 'strict':
      return { workForm: 'practice', perWeek: 1.5, burst: 1, report: (m, r) => ({ raw: binomial(5, m ** 2.2, r), min: 0, max: 5 }) };
    case 'passfail':
      return {
        workForm: 'practice',
        perWeek: 2,
        burst: 4,
        report: (m, r) => ({ success: r() < 1 / (1 + Math.exp(-(m - 0.55) / (0.08 * noise))) }),
      };
    default:
      return {
        workForm: 'practice',
        perWeek: 1,
        burst: 1,
        report: (m, r) => ({ raw: 1 + Math.floor(5 * clamp(m + 0.15 + 0.1 * noise * normal(r), 0, 0.999)), min: 1, max: 5 }),
      };
  }
}

export function altResult(supplier: AltSupplier, pupil: PupilRef, goal: GoalId, time: number, truth: number, random: Random, serial: number): Result {
  const report = supplier.report(truth, random);
  return resultOf(supplier, pupil, goal, time, serial, {
    score: 'success' in report ? null : scaleScore(report.raw, report.min, report.max),
    success: 'success' in report ? report.success : null,
    normBand: null,
  });
}
