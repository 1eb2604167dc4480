/**
 * Some of an encoding's results, encoded: the same as encodeResults over the results kept (codes
 * renumbered in order of first appearance among them), from the columns, so no result object is
 * read and no time parsed again. The class grid's path encodes a group's results once and leaves
 * second reports out afterwards (deduplicateEncoded). One loop per function, each optimised on its
 * own (a function whose first loop is optimised while running falls back when it reaches the next).
 */
import { bandsOfResults, type EncodedResults } from './encoded-results';

/** Old code -> new code in order of first appearance over `codes` at the positions `at`, -1 for one not seen. */
function renumber(codes: Int32Array, size: number, at: Int32Array | null): { next: Int32Array; order: number[] } {
  const next = new Int32Array(size).fill(-1);
  const order: number[] = [];
  const count = at ? at.length : codes.length;
  for (let k = 0; k < count; k += 1) {
    const code = codes[at ? (at[k] as number) : k] as number;
    if (next[code] === -1) next[code] = order.push(code) - 1;
  }
  return { next, order };
}

/** The positions `keep` marks, in order. */
function positionsOf(keep: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < keep.length; i += 1) count += keep[i] as number;
  const at = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < keep.length; i += 1) if (keep[i]) at[k++] = i;
  return at;
}

/** The kept results' goal codes, in order (not renumbered), and where each result's start. */
function keptGoals(goalStart: Int32Array, goalCodes: Int32Array, at: Int32Array): { start: Int32Array; codes: Int32Array } {
  const start = new Int32Array(at.length + 1);
  for (let k = 0; k < at.length; k += 1) {
    const i = at[k] as number;
    start[k + 1] = (start[k] as number) + (goalStart[i + 1] as number) - (goalStart[i] as number);
  }
  const codes = new Int32Array(start[at.length] as number);
  for (let k = 0; k < at.length; k += 1) codes.set(goalCodes.subarray(goalStart[at[k] as number], goalStart[(at[k] as number) + 1]), start[k]);
  return { start, codes };
}

/** Codes at the positions `at` (all when null), renumbered by `next`. */
function recoded(codes: Int32Array, at: Int32Array | null, next: Int32Array): Int32Array {
  const count = at ? at.length : codes.length;
  const out = new Int32Array(count);
  for (let k = 0; k < count; k += 1) out[k] = next[codes[at ? (at[k] as number) : k] as number] as number;
  return out;
}

/** A column at the positions `at`. */
function picked<T extends Float64Array | Int8Array | Uint8Array>(column: T, at: Int32Array, out: T): T {
  for (let k = 0; k < at.length; k += 1) out[k] = column[at[k] as number] as number;
  return out;
}

/** The items at the positions `at`. */
function itemsAt<T>(items: readonly T[], at: Int32Array): T[] {
  const out = new Array<T>(at.length);
  for (let k = 0; k < at.length; k += 1) out[k] = items[at[k] as number] as T;
  return out;
}

const codeLookup = <T>(values: readonly T[]) => {
  const codes = new Map(values.map((value, code) => [value, code] as const));
  return (value: T) => codes.get(value) ?? -1;
};

/** The encoding of the results at the positions `keep` marks (1 kept, 0 left out), in their order. */
export function encodedSubset(encoded: EncodedResults, keep: Uint8Array): EncodedResults {
  const at = positionsOf(keep);
  const count = at.length;
  const pupils = renumber(encoded.pupil, encoded.pupils.length, at);
  const sources = renumber(encoded.source, encoded.sources.length, at);
  const goals = keptGoals(encoded.goalStart, encoded.goalCodes, at);
  const goalOrder = renumber(goals.codes, encoded.goals.length, null);
  const pupilValues = pupils.order.map((code) => encoded.pupils[code]!);
  const goalValues = goalOrder.order.map((code) => encoded.goals[code]!);
  const results = itemsAt(encoded.results, at);
  return {
    results,
    pupils: pupilValues,
    goals: goalValues,
    sources: sources.order.map((code) => encoded.sources[code]!),
    pupil: recoded(encoded.pupil, at, pupils.next),
    source: recoded(encoded.source, at, sources.next),
    time: picked(encoded.time, at, new Float64Array(count)),
    value: picked(encoded.value, at, new Float64Array(count)),
    workForm: picked(encoded.workForm, at, new Int8Array(count)),
    banded: picked(encoded.banded, at, new Uint8Array(count)),
    goalStart: goals.start,
    goalCodes: recoded(goals.codes, null, goalOrder.next),
    goalCode: codeLookup(goalValues),
    pupilCode: codeLookup(pupilValues),
    bandOf: bandsOfResults(results),
  };
}
