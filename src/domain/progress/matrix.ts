import type { GoalId, PupilRef } from '../ids';
import type { Result } from '../model';
import { DEFAULT_HALF_LIFE_DAYS, evidenceOf, statusOf, TEST_WEIGHT, type Mastery, type MasteryOptions } from './mastery';

const DAY_MS = 86_400_000;

/**
 * Mastery of every pupil x goal in one pass over many results. Pupils and goals are
 * dictionary-encoded to small ints and the sums live in typed arrays, so a school year
 * (about a million results) aggregates without a Map per pupil.
 */
export class MasteryMatrix {
  readonly pupils: PupilRef[] = [];
  readonly goals: GoalId[] = [];
  private readonly pupilIndex = new Map<string, number>();
  private readonly goalIndex = new Map<string, number>();
  private sumW = new Float64Array(0);
  private sumWS = new Float64Array(0);
  private count = new Uint32Array(0);
  private last = new Float64Array(0);

  constructor(results: readonly Result[], options: MasteryOptions) {
    const nowMs = new Date(options.now).getTime();
    const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
    // First pass: the dictionaries, so the arrays are allocated once.
    for (const result of results) {
      if (result.goals.length === 0) continue;
      if (!this.pupilIndex.has(result.pupil)) this.pupilIndex.set(result.pupil, this.pupils.push(result.pupil) - 1);
      for (const goal of result.goals) if (!this.goalIndex.has(goal)) this.goalIndex.set(goal, this.goals.push(goal) - 1);
    }
    const size = this.pupils.length * this.goals.length;
    this.sumW = new Float64Array(size);
    this.sumWS = new Float64Array(size);
    this.count = new Uint32Array(size);
    this.last = new Float64Array(size).fill(-Infinity);
    const width = this.goals.length;
    const decay = Math.LN2 / (halfLife * DAY_MS);
    for (const result of results) {
      if (result.goals.length === 0) continue;
      const value = evidenceOf(result);
      const time = Date.parse(result.time);
      if (value === null || Number.isNaN(time) || time > nowMs) continue;
      const weight = Math.exp(-decay * (nowMs - time)) * (result.workForm === 'test' ? TEST_WEIGHT : 1);
      const row = (this.pupilIndex.get(result.pupil) as number) * width;
      for (const goal of result.goals) {
        const cell = row + (this.goalIndex.get(goal) as number);
        this.sumW[cell] = (this.sumW[cell] as number) + weight;
        this.sumWS[cell] = (this.sumWS[cell] as number) + weight * value;
        this.count[cell] = (this.count[cell] as number) + 1;
        if (time > (this.last[cell] as number)) this.last[cell] = time;
      }
    }
  }

  get(pupil: PupilRef, goal: GoalId): Mastery | null {
    const p = this.pupilIndex.get(pupil);
    const g = this.goalIndex.get(goal);
    if (p === undefined || g === undefined) return null;
    const cell = p * this.goals.length + g;
    const evidence = this.count[cell] as number;
    const sumW = this.sumW[cell] as number;
    if (evidence === 0 || sumW === 0) return null;
    const value = (this.sumWS[cell] as number) / sumW;
    return { value, evidence, lastAt: new Date(this.last[cell] as number).toISOString(), status: statusOf(value, evidence) };
  }
}
