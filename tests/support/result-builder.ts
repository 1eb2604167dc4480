import { goalId, pupilRef, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';

let next = 0;

/**
 * A canonical Result with neutral defaults (practice on rekenen.getallen.1f, no score) for
 * domain tests; every call gets a fresh record id within its source.
 */
export function buildResult(overrides: Partial<Result> & Pick<Result, 'time'>): Result {
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
    score: null,
    success: null,
    completion: null,
    durationSeconds: null,
    attempt: null,
    normBand: null,
    ...overrides,
  };
}
