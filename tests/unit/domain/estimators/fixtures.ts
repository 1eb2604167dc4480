import { goalId, pupilRef, resultIdOf, sourceId } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';

export const NOW = '2026-03-02T12:00:00.000Z';
export const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

let next = 0;
/** A result on goal rekenen.getallen.1f; `scaled` null gives a result without a score. */
export function result(scaled: number | null, overrides: Partial<Result> = {}): Result {
  next += 1;
  const source = overrides.source ?? sourceId('src-a');
  return {
    id: resultIdOf(source, `r${next}`),
    source,
    recordId: `r${next}`,
    pupil: pupilRef('pupil-1'),
    code: 'X',
    goals: [goalId('rekenen.getallen.1f')],
    level: null,
    workForm: 'practice',
    time: NOW,
    score: scaled === null ? null : scaleScore(scaled * 100, 0, 100),
    success: null,
    completion: null,
    durationSeconds: null,
    attempt: null,
    normBand: null,
    ...overrides,
  };
}
