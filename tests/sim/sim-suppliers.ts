/**
 * The simulated suppliers of the validity benchmark: each turns a pupil's true mastery of a goal
 * into a result on its own scale, with its own noise, bias, practice frequency and work form.
 */
import { resultIdOf, sourceId, type GoalId, type PupilRef, type SourceId } from '@/domain/ids';
import { scaleScore, type NormBand, type Result, type WorkForm } from '@/domain/model';
import type { Random } from '../../mocks/demo-school/prng';

export interface SimSupplier {
  readonly id: SourceId;
  readonly workForm: WorkForm;
  /** Sessions per week for a pupil of average activity; each session is one result on one goal. */
  readonly perWeek: number;
  /** Goal indices it covers (undefined: all). */
  readonly goals?: readonly number[];
  /** Score on the supplier's own scale from the true mastery (0..1). */
  readonly score: (truth: number, random: Random) => { raw: number; min: number; max: number; normBand: NormBand | null };
}

/** Standard normal noise (Box-Muller). */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const band = (label: string, colour: string): NormBand => ({ label, colour });

/** Four suppliers: percent practice, stars practice, raw/max tests with a rating, and a generous one (+10%). */
export const SIM_SUPPLIERS: readonly SimSupplier[] = [
  {
    id: sourceId('sim-percent'),
    workForm: 'practice',
    perWeek: 3,
    score: (truth, random) => ({ raw: Math.round(100 * clamp01(truth + 0.12 * normal(random))), min: 0, max: 100, normBand: null }),
  },
  {
    id: sourceId('sim-stars'),
    workForm: 'practice',
    perWeek: 1.5,
    goals: [0, 1, 2, 3, 4, 5],
    // 0..3 stars: a coarse, non-linear scale (3 stars from 75%).
    score: (truth, random) => ({ raw: Math.min(3, Math.max(0, Math.floor(4 * (truth + 0.08 * normal(random))))), min: 0, max: 3, normBand: null }),
  },
  {
    id: sourceId('sim-tests'),
    workForm: 'test',
    perWeek: 0.5,
    // 20 items, each right with probability = true mastery; the supplier's rating I..V beside it.
    score: (truth, random) => {
      let right = 0;
      for (let i = 0; i < 20; i += 1) if (random() < truth) right += 1;
      const rating =
        right >= 16
          ? band('I', '#1a7f37')
          : right >= 13
            ? band('II', '#57ab5a')
            : right >= 10
              ? band('III', '#d4a72c')
              : right >= 7
                ? band('IV', '#e16f24')
                : band('V', '#cf222e');
      return { raw: right, min: 0, max: 20, normBand: rating };
    },
  },
  {
    id: sourceId('sim-generous'),
    workForm: 'practice',
    perWeek: 1,
    goals: [2, 3, 4, 5, 6, 7],
    score: (truth, random) => ({ raw: Math.round(100 * clamp01(truth + 0.1 + 0.15 * normal(random))), min: 0, max: 100, normBand: null }),
  },
];

export function simResult(supplier: SimSupplier, pupil: PupilRef, goal: GoalId, time: number, truth: number, random: Random, serial: number): Result {
  const { raw, min, max, normBand } = supplier.score(truth, random);
  const recordId = `${serial}`;
  return {
    id: resultIdOf(supplier.id, recordId),
    source: supplier.id,
    recordId,
    pupil,
    code: `${supplier.id}-${goal}`,
    goals: [goal],
    level: null,
    workForm: supplier.workForm,
    time: new Date(time).toISOString(),
    score: scaleScore(raw, min, max),
    success: null,
    completion: null,
    durationSeconds: null,
    attempt: null,
    normBand,
  };
}
