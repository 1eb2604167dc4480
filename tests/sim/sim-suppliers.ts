/**
 * The simulated suppliers of the validity benchmark: each turns a pupil's true mastery of a goal
 * into a result on its own scale, with its own noise, bias, practice frequency and work form, and
 * knows how likely a score is at a true mastery (for the needs-help oracle, tests/sim/needs-help-oracle.ts).
 * The factories take the noise and bias, so the stress grid (tests/sim/stress.ts) can vary them;
 * SIM_SUPPLIERS are the four of the default run.
 */
import { resultIdOf, sourceId, type GoalId, type PupilRef, type SourceId } from '@/domain/ids';
import { scaleScore, type NormBand, type Result, type WorkForm } from '@/domain/model';
import type { Random } from '../../mocks/demo-school/prng';
import { logNormalBetween } from './normal';

export interface SimSupplier {
  readonly id: SourceId;
  readonly workForm: WorkForm;
  /** Sessions per week for a pupil of average activity; each session is one result on one goal. */
  readonly perWeek: number;
  /** Goal indices it covers (undefined: all). */
  readonly goals?: readonly number[];
  /** Score on the supplier's own scale from the true mastery (0..1). */
  readonly score: (truth: number, random: Random) => { raw: number; min: number; max: number; normBand: NormBand | null };
  /** log P(raw | true mastery): the generative model, known to the oracles only. */
  readonly logLikelihood: (raw: number, truth: number) => number;
}

/** Standard normal noise (Box-Muller). */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const band = (label: string, colour: string): NormBand => ({ label, colour });

interface Shape {
  readonly id: string;
  readonly perWeek: number;
  readonly goals?: readonly number[];
  /** Added to the true mastery before the noise (a generous supplier: +0.1). */
  readonly bias?: number;
}

/** Percent 0..100: round(100 x (truth + bias + noise x z)), clamped. */
export function percentSupplier({ id, perWeek, goals, bias = 0, noise }: Shape & { readonly noise: number }): SimSupplier {
  return {
    id: sourceId(id),
    workForm: 'practice',
    perWeek,
    ...(goals ? { goals } : {}),
    score: (truth, random) => ({ raw: Math.round(100 * clamp01(truth + bias + noise * normal(random))), min: 0, max: 100, normBand: null }),
    logLikelihood: (raw, truth) => {
      const mean = truth + bias;
      if (raw <= 0) return logNormalBetween(-Infinity, 0.005, mean, noise);
      if (raw >= 100) return logNormalBetween(0.995, Infinity, mean, noise);
      return logNormalBetween(raw / 100 - 0.005, raw / 100 + 0.005, mean, noise);
    },
  };
}

/** 0..3 stars: a coarse, non-linear scale (3 stars from 75%). */
export function starsSupplier({ id, perWeek, goals, bias = 0, noise }: Shape & { readonly noise: number }): SimSupplier {
  return {
    id: sourceId(id),
    workForm: 'practice',
    perWeek,
    ...(goals ? { goals } : {}),
    score: (truth, random) => ({
      raw: Math.min(3, Math.max(0, Math.floor(4 * (truth + bias + noise * normal(random))))),
      min: 0,
      max: 3,
      normBand: null,
    }),
    logLikelihood: (raw, truth) => logNormalBetween(raw <= 0 ? -Infinity : raw / 4, raw >= 3 ? Infinity : (raw + 1) / 4, truth + bias, noise),
  };
}

/** Tests of `items` items, each right with probability truth + bias; the supplier's rating I..V beside it. */
export function testsSupplier({ id, perWeek, goals, bias = 0, items }: Shape & { readonly items: number }): SimSupplier {
  const share = (right: number) => right / items;
  return {
    id: sourceId(id),
    workForm: 'test',
    perWeek,
    ...(goals ? { goals } : {}),
    score: (truth, random) => {
      const p = clamp01(truth + bias);
      let right = 0;
      for (let i = 0; i < items; i += 1) if (random() < p) right += 1;
      const s = share(right);
      const rating =
        s >= 0.8
          ? band('I', '#1a7f37')
          : s >= 0.65
            ? band('II', '#57ab5a')
            : s >= 0.5
              ? band('III', '#d4a72c')
              : s >= 0.35
                ? band('IV', '#e16f24')
                : band('V', '#cf222e');
      return { raw: right, min: 0, max: items, normBand: rating };
    },
    logLikelihood: (raw, truth) => {
      const p = Math.min(1 - 1e-3, Math.max(1e-3, truth + bias));
      return raw * Math.log(p) + (items - raw) * Math.log(1 - p);
    },
  };
}

/** Four suppliers: percent practice, stars practice, raw/max tests with a rating, and a generous one (+10%). */
export const SIM_SUPPLIERS: readonly SimSupplier[] = [
  percentSupplier({ id: 'sim-percent', perWeek: 3, noise: 0.12 }),
  starsSupplier({ id: 'sim-stars', perWeek: 1.5, goals: [0, 1, 2, 3, 4, 5], noise: 0.08 }),
  testsSupplier({ id: 'sim-tests', perWeek: 0.5, items: 20 }),
  percentSupplier({ id: 'sim-generous', perWeek: 1, goals: [2, 3, 4, 5, 6, 7], bias: 0.1, noise: 0.15 }),
];

/** A simulated result of `source` on one goal, with its score or right/wrong (shared with tests/sim-alt). */
export function resultOf(
  source: { readonly id: SourceId; readonly workForm: WorkForm },
  pupil: PupilRef,
  goal: GoalId,
  time: number,
  serial: number,
  outcome: { readonly score: Result['score']; readonly success: boolean | null; readonly normBand: NormBand | null },
): Result {
  const recordId = `${serial}`;
  return {
    id: resultIdOf(source.id, recordId),
    source: source.id,
    recordId,
    pupil,
    code: `${source.id}-${goal}`,
    goals: [goal],
    level: null,
    workForm: source.workForm,
    time: new Date(time).toISOString(),
    ...outcome,
    completion: null,
    durationSeconds: null,
    attempt: null,
  };
}

export function simResult(supplier: SimSupplier, pupil: PupilRef, goal: GoalId, time: number, truth: number, random: Random, serial: number): Result {
  const { raw, min, max, normBand } = supplier.score(truth, random);
  return resultOf(supplier, pupil, goal, time, serial, { score: scaleScore(raw, min, max), success: null, normBand });
}
