/**
 * A group's columns from its pupils' columns (issue 12 goal 1, decision 043): each pupil's results
 * are prepared alone (an attempt is one pupil's, so a pupil's second reports are found among their
 * own results) and kept; a group's encoding is their columns laid end to end, with the goal and
 * source codes renumbered in order of first appearance. Pupils in the order their rows were read,
 * this is the encoding encodeResults gives over the group's rows read in that order, to the bit.
 * One loop per function (each is optimised on its own).
 */
import type { GoalId, PupilRef, SourceId } from '../ids';
import { Dictionary, type BandAt, type EncodedColumns, type EncodedResults } from './encoded-results';

/** One pupil's prepared results as columns; codes are the pupil's own (in order of first appearance among them). */
export interface PupilColumns {
  readonly pupil: PupilRef;
  readonly goals: readonly GoalId[];
  readonly sources: readonly SourceId[];
  readonly source: Int32Array;
  readonly time: Float64Array;
  readonly value: Float64Array;
  readonly workForm: Int8Array;
  readonly banded: Uint8Array;
  readonly goalStart: Int32Array;
  readonly goalCodes: Int32Array;
  /** Band and stored time of each result with a norm band, in result order (one per banded[i] = 1). */
  readonly bands: readonly BandAt[];
}

/** The columns of one pupil's encoding (every result `pupil`'s, or none). */
export function pupilColumnsOf(pupil: PupilRef, encoded: EncodedResults): PupilColumns {
  if (encoded.pupils.some((other) => other !== pupil)) throw new Error(`pupilColumnsOf: results of another pupil than ${pupil}`);
  const bands: BandAt[] = [];
  for (let i = 0; i < encoded.banded.length; i += 1) if (encoded.banded[i]) bands.push(encoded.bandOf(i) as BandAt);
  const { goals, sources, source, time, value, workForm, banded, goalStart, goalCodes } = encoded;
  return { pupil, goals, sources, source, time, value, workForm, banded, goalStart, goalCodes, bands };
}

/** out[at + k] = map[codes[k]]. */
function recode(codes: Int32Array, map: Int32Array, out: Int32Array, at: number): void {
  for (let k = 0; k < codes.length; k += 1) out[at + k] = map[codes[k] as number] as number;
}

/** out[at + k] = starts[k] + shift, for the part's results (its last start is the next part's first). */
function shifted(starts: Int32Array, shift: number, out: Int32Array, at: number): void {
  const count = starts.length - 1;
  for (let k = 0; k < count; k += 1) out[at + k] = (starts[k] as number) + shift;
}

/** The part's bands at their position in the group. */
function placeBands(part: PupilColumns, at: number, bands: Map<number, BandAt>): void {
  let next = 0;
  for (let k = 0; k < part.banded.length; k += 1) if (part.banded[k]) bands.set(at + k, part.bands[next++] as BandAt);
}

/** The group's columns: the pupils' columns in the order given (a pupil without results gets no code). */
export function mergeColumns(parts: readonly PupilColumns[]): EncodedColumns {
  let count = 0;
  let goalTotal = 0;
  for (const part of parts) {
    count += part.time.length;
    goalTotal += part.goalCodes.length;
  }
  const pupils: PupilRef[] = [];
  const goals = new Dictionary<GoalId>();
  const sources = new Dictionary<SourceId>();
  const pupil = new Int32Array(count);
  const source = new Int32Array(count);
  const time = new Float64Array(count);
  const value = new Float64Array(count);
  const workForm = new Int8Array(count);
  const banded = new Uint8Array(count);
  const goalStart = new Int32Array(count + 1);
  const goalCodes = new Int32Array(goalTotal);
  const bands = new Map<number, BandAt>();
  let at = 0;
  let goalAt = 0;
  for (const part of parts) {
    const n = part.time.length;
    if (n === 0) continue;
    pupil.fill(pupils.push(part.pupil) - 1, at, at + n);
    recode(
      part.source,
      Int32Array.from(part.sources, (id) => sources.encode(id)),
      source,
      at,
    );
    recode(
      part.goalCodes,
      Int32Array.from(part.goals, (id) => goals.encode(id)),
      goalCodes,
      goalAt,
    );
    time.set(part.time, at);
    value.set(part.value, at);
    workForm.set(part.workForm, at);
    banded.set(part.banded, at);
    shifted(part.goalStart, goalAt, goalStart, at);
    placeBands(part, at, bands);
    at += n;
    goalAt += part.goalCodes.length;
  }
  goalStart[count] = goalAt;
  const pupilCodes = new Map(pupils.map((ref, code) => [ref, code] as const));
  return {
    pupils,
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
    pupilCode: (ref) => pupilCodes.get(ref) ?? -1,
    bandOf: (i) => bands.get(i) ?? null,
  };
}
