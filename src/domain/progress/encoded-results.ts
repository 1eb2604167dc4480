/**
 * A group's results dictionary-encoded and columnar: pupils, goals and sources as small integers
 * (codes, in order of first appearance), times as epoch milliseconds read once, evidence as a
 * number, all in typed arrays indexed by the result's position. The calibration, the goal priors
 * and the class grid run over it, so no 166-character pseudonym is hashed and no time parsed
 * more than once per result. The results themselves stay beside the columns, in their order:
 * the estimators read a result's source, work form, goals and norm band from it.
 */
import type { GoalId, PupilRef, SourceId } from '../ids';
import { WORK_FORMS, type NormBand, type Result } from '../model';
import { instantMs } from './instant';
import { evidenceOf } from './mastery';

/** A result's norm band with the result's time as stored (ISO): what an estimate shows beside its own. */
export interface BandAt {
  readonly band: NormBand;
  readonly at: string;
}

/**
 * The columns alone, without the result objects: what the calibration, the priors and the class grid
 * read. A group's columns are merged from each pupil's kept columns (encoded-merge.ts), so a page
 * opened later reads typed arrays, not a result object per result.
 */
export interface EncodedColumns {
  /** The distinct pupils, goals and sources, at their code. */
  readonly pupils: readonly PupilRef[];
  readonly goals: readonly GoalId[];
  readonly sources: readonly SourceId[];
  /** Per result: pupil and source code. */
  readonly pupil: Int32Array;
  readonly source: Int32Array;
  /** Per result: epoch ms of its time (NaN when unreadable, as Date.parse). */
  readonly time: Float64Array;
  /** Per result: its 0..1 evidence (evidenceOf), NaN when it gives none. */
  readonly value: Float64Array;
  /** Per result: its work form's index in WORK_FORMS (-1 for none of them), and 1 when it has a norm band. */
  readonly workForm: Int8Array;
  readonly banded: Uint8Array;
  /** Goal codes of result i: goalCodes[goalStart[i] .. goalStart[i + 1]), as listed (a goal listed twice stays twice). */
  readonly goalStart: Int32Array;
  readonly goalCodes: Int32Array;
  /** Code of a goal, -1 when no result has it. */
  readonly goalCode: (goal: GoalId) => number;
  /** Code of a pupil, -1 when the pupil has no result. */
  readonly pupilCode: (pupil: PupilRef) => number;
  /** Result i's norm band and time, null when it has none (banded[i] 0). */
  readonly bandOf: (i: number) => BandAt | null;
}

export interface EncodedResults extends EncodedColumns {
  readonly results: readonly Result[];
}

/** bandOf over result objects. */
export const bandsOfResults =
  (results: readonly Result[]) =>
  (i: number): BandAt | null => {
    const result = results[i] as Result;
    return result.normBand ? { band: result.normBand, at: result.time } : null;
  };

/** Codes in order of first appearance. */
export class Dictionary<T extends string> {
  readonly values: T[] = [];
  readonly codes = new Map<T, number>();
  encode(value: T): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codes.set(value, code);
    }
    return code;
  }
}

/** One pass over the results; `times`, when given, holds each result's instantMs already read. */
export function encodeResults(results: readonly Result[], times?: Float64Array): EncodedResults {
  const count = results.length;
  const pupils = new Dictionary<PupilRef>();
  const goals = new Dictionary<GoalId>();
  const sources = new Dictionary<SourceId>();
  const pupil = new Int32Array(count);
  const source = new Int32Array(count);
  const time = new Float64Array(count);
  const value = new Float64Array(count);
  const workForm = new Int8Array(count);
  const banded = new Uint8Array(count);
  const goalStart = new Int32Array(count + 1);
  let goalTotal = 0;
  for (let i = 0; i < count; i += 1) goalTotal += (results[i] as Result).goals.length;
  const goalCodes = new Int32Array(goalTotal);
  let at = 0;
  // One pupil's results usually come together: the last code is asked before the dictionary.
  let lastRef: PupilRef | null = null;
  let lastPupil = -1;
  for (let i = 0; i < count; i += 1) {
    const result = results[i] as Result;
    if (result.pupil !== lastRef) {
      lastRef = result.pupil;
      lastPupil = pupils.encode(result.pupil);
    }
    pupil[i] = lastPupil;
    source[i] = sources.encode(result.source);
    time[i] = times ? (times[i] as number) : instantMs(result.time);
    value[i] = evidenceOf(result) ?? Number.NaN;
    workForm[i] = (WORK_FORMS as readonly string[]).indexOf(result.workForm);
    banded[i] = result.normBand ? 1 : 0;
    goalStart[i] = at;
    for (const goal of result.goals) goalCodes[at++] = goals.encode(goal);
  }
  goalStart[count] = at;
  return {
    results,
    pupils: pupils.values,
    goals: goals.values,
    sources: sources.values,
    pupil,
    source,
    time,
    value,
    workForm,
    banded,
    goalStart,
    goalCodes,
    goalCode: (goal) => goals.codes.get(goal) ?? -1,
    pupilCode: (ref) => pupils.codes.get(ref) ?? -1,
    bandOf: bandsOfResults(results),
  };
}
