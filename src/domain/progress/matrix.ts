import type { GoalId, PupilRef } from '../ids';
import type { Result } from '../model';
import { instantMs } from './instant';
import { DEFAULT_HALF_LIFE_DAYS, evidenceOf, statusOf, TEST_WEIGHT, type Mastery, type MasteryOptions } from './mastery';
import { StringDictionary } from './string-dictionary';

const DAY_MS = 86_400_000;

/**
 * Mastery of every pupil x goal in one pass over many results (the same numbers as
 * `masteryOf` per cell). Pupils and goals are dictionary-encoded to small ints and the sums
 * live in typed arrays: a school year (about a million results) aggregates without a Map per
 * pupil, and times are read without Date.parse (see instant.ts).
 * Unmapped results (goals: []) are ignored; a result with several goals counts for each.
 */
export class MasteryMatrix {
  private readonly pupilCodes = new StringDictionary<PupilRef>();
  private readonly goalCodes = new StringDictionary<GoalId>();
  /** Pupils with evidence, at their code. */
  readonly pupils: readonly PupilRef[] = this.pupilCodes.values;
  /** Goals some pupil has evidence on, at their code. */
  readonly goals: readonly GoalId[] = this.goalCodes.values;
  /** Row stride of the cell arrays (>= goals.length) and rows allocated (>= pupils.length). */
  private width = 16;
  private rows = 64;
  private sumW = new Float64Array(this.rows * this.width);
  private sumWS = new Float64Array(this.rows * this.width);
  private count = new Uint32Array(this.rows * this.width);
  private last = new Float64Array(this.rows * this.width).fill(-Infinity);

  /** One pass: each result is read once; the cell arrays grow (doubling) as pupils and goals appear. */
  constructor(results: readonly Result[], options: MasteryOptions) {
    const nowMs = new Date(options.now).getTime();
    const decay = Math.LN2 / ((options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS) * DAY_MS);
    for (const result of results) {
      const goals = result.goals;
      if (goals.length === 0) continue;
      const value = evidenceOf(result);
      if (value === null) continue;
      const time = instantMs(result.time);
      if (!(time <= nowMs)) continue; // future or NaN
      const weight = Math.exp(-decay * (nowMs - time)) * (result.workForm === 'test' ? TEST_WEIGHT : 1);
      const pupil = this.pupilCodes.encode(result.pupil);
      if (pupil >= this.rows) this.resize(this.rows * 2, this.width);
      for (let index = 0; index < goals.length; index += 1) {
        const goalId = goals[index] as GoalId;
        if (index > 0 && goals.indexOf(goalId) !== index) continue; // a goal listed twice counts once
        const goal = this.goalCodes.encode(goalId);
        if (goal >= this.width) this.resize(this.rows, this.width * 2);
        const cell = pupil * this.width + goal;
        this.sumW[cell] = (this.sumW[cell] as number) + weight;
        this.sumWS[cell] = (this.sumWS[cell] as number) + weight * value;
        this.count[cell] = (this.count[cell] as number) + 1;
        if (time > (this.last[cell] as number)) this.last[cell] = time;
      }
    }
  }

  /** Copies the cells into arrays of a new shape (rare: a doubling when pupils or goals outgrow it). */
  private resize(rows: number, width: number): void {
    const move = <T extends Float64Array | Uint32Array>(from: T, to: T): T => {
      for (let row = 0; row < this.pupilCodes.size; row += 1) to.set(from.subarray(row * this.width, row * this.width + this.width), row * width);
      return to;
    };
    this.sumW = move(this.sumW, new Float64Array(rows * width));
    this.sumWS = move(this.sumWS, new Float64Array(rows * width));
    this.count = move(this.count, new Uint32Array(rows * width));
    this.last = move(this.last, new Float64Array(rows * width).fill(-Infinity));
    this.rows = rows;
    this.width = width;
  }

  /** The code of a pupil (index into `pupils`), or -1 when the pupil has no evidence. */
  pupilCode(pupil: PupilRef): number {
    return this.pupilCodes.codeOf(pupil);
  }

  /** The code of a goal (index into `goals`), or -1 when no pupil has evidence on it. */
  goalCode(goal: GoalId): number {
    return this.goalCodes.codeOf(goal);
  }

  get(pupil: PupilRef, goal: GoalId): Mastery | null {
    const p = this.pupilCodes.codeOf(pupil);
    const g = this.goalCodes.codeOf(goal);
    return p < 0 || g < 0 ? null : this.at(p, g);
  }

  /** Mastery by codes (see pupilCode, goalCode): no string lookups, for loops over the matrix. */
  at(pupilCode: number, goalCode: number): Mastery | null {
    if (pupilCode < 0 || pupilCode >= this.pupils.length || goalCode < 0 || goalCode >= this.goals.length) return null;
    const cell = pupilCode * this.width + goalCode;
    const evidence = this.count[cell] ?? 0;
    const sumW = this.sumW[cell] ?? 0;
    if (evidence === 0 || sumW === 0) return null;
    const value = (this.sumWS[cell] as number) / sumW;
    return { value, evidence, lastAt: new Date(this.last[cell] as number).toISOString(), status: statusOf(value, evidence) };
  }
}
