/**
 * Some of an encoding's results, encoded: the same as encodeResults over the results kept (codes
 * renumbered in order of first appearance among them), from the columns, so no result object is
 * read and no time parsed again. The class grid's path encodes a group's results once and leaves
 * second reports out afterwards (deduplicateEncoded).
 */
import type { EncodedResults } from './encoded-results';

/** Old code -> new code in order of first appearance over `codes` at the kept positions, -1 for one not seen. */
function renumber(codes: Int32Array, size: number, keep: Uint8Array): { next: Int32Array; order: number[] } {
  const next = new Int32Array(size).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] as number;
    if (keep[i] && next[code] === -1) next[code] = order.push(code) - 1;
  }
  return { next, order };
}

/** The goal codes of the kept results, in order, for renumbering goals by first appearance. */
function keptGoalCodes(encoded: EncodedResults, keep: Uint8Array): Int32Array {
  const { goalStart, goalCodes } = encoded;
  let total = 0;
  for (let i = 0; i < keep.length; i += 1) if (keep[i]) total += (goalStart[i + 1] as number) - (goalStart[i] as number);
  const out = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < keep.length; i += 1)
    if (keep[i]) for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) out[at++] = goalCodes[g] as number;
  return out;
}

const codeLookup = <T>(values: readonly T[]) => {
  const codes = new Map(values.map((value, code) => [value, code] as const));
  return (value: T) => codes.get(value) ?? -1;
};

/** The encoding of the results at the positions `keep` marks (1 kept, 0 left out), in their order. */
export function encodedSubset(encoded: EncodedResults, keep: Uint8Array): EncodedResults {
  const kept: number[] = [];
  for (let i = 0; i < keep.length; i += 1) if (keep[i]) kept.push(i);
  const count = kept.length;
  const pupils = renumber(encoded.pupil, encoded.pupils.length, keep);
  const sources = renumber(encoded.source, encoded.sources.length, keep);
  const goalsKept = keptGoalCodes(encoded, keep);
  const goals = renumber(goalsKept, encoded.goals.length, new Uint8Array(goalsKept.length).fill(1));
  const pupil = new Int32Array(count);
  const source = new Int32Array(count);
  const time = new Float64Array(count);
  const value = new Float64Array(count);
  const workForm = new Int8Array(count);
  const banded = new Uint8Array(count);
  const goalStart = new Int32Array(count + 1);
  const goalCodes = new Int32Array(goalsKept.length);
  for (let k = 0; k < count; k += 1) {
    const i = kept[k] as number;
    pupil[k] = pupils.next[encoded.pupil[i] as number] as number;
    source[k] = sources.next[encoded.source[i] as number] as number;
    time[k] = encoded.time[i] as number;
    value[k] = encoded.value[i] as number;
    workForm[k] = encoded.workForm[i] as number;
    banded[k] = encoded.banded[i] as number;
    goalStart[k + 1] = (goalStart[k] as number) + (encoded.goalStart[i + 1] as number) - (encoded.goalStart[i] as number);
  }
  for (let g = 0; g < goalsKept.length; g += 1) goalCodes[g] = goals.next[goalsKept[g] as number] as number;
  const pupilValues = pupils.order.map((code) => encoded.pupils[code]!);
  const goalValues = goals.order.map((code) => encoded.goals[code]!);
  return {
    results: kept.map((i) => encoded.results[i]!),
    pupils: pupilValues,
    goals: goalValues,
    sources: sources.order.map((code) => encoded.sources[code]!),
    pupil,
    source,
    time,
    value,
    workForm,
    banded,
    goalStart,
    goalCodes,
    goalCode: codeLookup(goalValues),
    pupilCode: codeLookup(pupilValues),
  };
}
