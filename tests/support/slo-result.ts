import { goalId, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { DEMO_NOW } from './render-app';
import { refOf } from './seed';

/** A scored Blokkodo test result of pupil n on one (SLO) goal, `n` days before DEMO_NOW, as a supplier mapped it. */
export const sloResultOn = (pupil: number, goal: string, n: number, scaled = 1): Result => ({
  id: resultIdOf(sourceId('blokkodo'), `slo${n}`),
  source: sourceId('blokkodo'),
  recordId: `slo${n}`,
  pupil: refOf(pupil),
  code: `code-${n}`,
  goals: [goalId(goal)],
  level: null,
  workForm: 'test',
  time: new Date(DEMO_NOW.getTime() - n * 86_400_000).toISOString(),
  score: { raw: scaled * 20, min: 0, max: 20, scaled },
  success: null,
  completion: true,
  durationSeconds: 300,
  attempt: 1,
  normBand: null,
});
