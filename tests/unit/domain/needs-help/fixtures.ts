import { goalId, pupilKey, pupilRef, resultIdOf, sourceId } from '@/domain/ids';
import type { Result, WorkForm } from '@/domain/model';

/** A Friday, like the demo's today. */
export const NOW = new Date('2026-07-03T14:00:00.000Z');
export const DAY = 86_400_000;

export const GOAL = {
  getallen: goalId('rekenen.getallen.1f'),
  verhoudingen: goalId('rekenen.verhoudingen.1f'),
  meten: goalId('rekenen.meten-meetkunde.1f'),
  verbanden: goalId('rekenen.verbanden.1f'),
  getallen2f: goalId('rekenen.getallen.2f'),
} as const;

export const pupil = (n: number) => ({ key: pupilKey(n), ref: pupilRef(`test-pupil-${n}`) });

let counter = 0;
export function result(n: number, goal: string, daysAgo: number, scaled: number, workForm: WorkForm = 'practice'): Result {
  counter += 1;
  const source = sourceId('test');
  return {
    id: resultIdOf(source, `r${counter}`),
    source,
    recordId: `r${counter}`,
    pupil: pupilRef(`test-pupil-${n}`),
    code: goal,
    goals: [goalId(goal)],
    level: null,
    workForm,
    time: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
    score: { raw: scaled * 100, min: 0, max: 100, scaled },
    success: null,
    completion: true,
    durationSeconds: 300,
    attempt: null,
    normBand: null,
  };
}

/** Results every `every` days from `fromDaysAgo` down to `toDaysAgo`, scores from `start` to `end`. */
export function practice(
  n: number,
  goal: string,
  {
    fromDaysAgo,
    toDaysAgo = 1,
    every = 3,
    start,
    end = start,
  }: { fromDaysAgo: number; toDaysAgo?: number; every?: number; start: number; end?: number },
): Result[] {
  const out: Result[] = [];
  const steps = Math.max(1, Math.floor((fromDaysAgo - toDaysAgo) / every));
  for (let step = 0; step <= steps; step += 1) {
    const daysAgo = fromDaysAgo - step * every;
    if (daysAgo < toDaysAgo) break;
    out.push(result(n, goal, daysAgo, start + ((end - start) * step) / steps));
  }
  return out;
}
