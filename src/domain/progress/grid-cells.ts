/**
 * The class grid's cells over encoded columns (masteryGrid): each wanted pupil x goal cell's results
 * as positions (a CSR layout), a cell's results with evidence up to now in time order, and the goal
 * they all share. Typed arrays and integer codes only: no object per result.
 */
import type { PupilRef } from '../ids';
import type { EncodedColumns } from './encoded-results';
import type { SharedGoal } from './estimators/estimate';

/** The results of every wanted pupil x goal cell, as result positions in their order (a CSR layout). */
export interface Cells {
  readonly goalCount: number;
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** The most results in one cell. */
  readonly largest: number;
}

/** Whether `codes[from .. to)` holds `code` (no view allocated: this runs per result and goal). */
function holds(codes: Int32Array, from: number, to: number, code: number): boolean {
  for (let k = from; k < to; k += 1) if (codes[k] === code) return true;
  return false;
}

export function cellsOf(encoded: EncodedColumns, wantedPupil: Uint8Array, wantedGoal: Uint8Array, kept: Uint8Array | null): Cells {
  const { pupil, goalStart, goalCodes } = encoded;
  const goalCount = encoded.goals.length;
  const count = new Int32Array(encoded.pupils.length * goalCount + 1);
  // Two passes, counting then placing; a goal listed twice on a result counts once.
  const visit = (place: (cell: number, i: number) => void) => {
    for (let i = 0; i < pupil.length; i += 1) {
      const p = pupil[i] as number;
      if (!wantedPupil[p] || (kept && !kept[i])) continue;
      const from = goalStart[i] as number;
      const to = goalStart[i + 1] as number;
      for (let g = from; g < to; g += 1) {
        const goal = goalCodes[g] as number;
        if (!wantedGoal[goal] || holds(goalCodes, from, g, goal)) continue;
        place(p * goalCount + goal, i);
      }
    }
  };
  visit((cell) => (count[cell + 1] = (count[cell + 1] as number) + 1));
  let largest = 0;
  for (let c = 1; c < count.length; c += 1) {
    if ((count[c] as number) > largest) largest = count[c] as number;
    count[c] = (count[c] as number) + (count[c - 1] as number);
  }
  const start = count.slice();
  const items = new Int32Array(count[count.length - 1] as number);
  visit((cell, i) => {
    items[count[cell] as number] = i;
    count[cell] = (count[cell] as number) + 1;
  });
  return { goalCount, start, items, largest };
}

/** Sorts `at[from .. to)` by time, stably (ties keep their order), by insertion: for short runs. */
function insertionByTime(at: Int32Array, from: number, to: number, time: Float64Array): void {
  for (let k = from + 1; k < to; k += 1) {
    const i = at[k] as number;
    const t = time[i] as number;
    let j = k - 1;
    for (; j >= from && (time[at[j] as number] as number) > t; j -= 1) at[j + 1] = at[j] as number;
    at[j + 1] = i;
  }
}

const RUN = 16;

/** Sorts `at[0 .. count)` by time, stably, as Array.prototype.sort by time does: runs by insertion, then merged through `spare`. */
function sortByTime(at: Int32Array, count: number, time: Float64Array, spare: Int32Array): void {
  for (let from = 0; from < count; from += RUN) insertionByTime(at, from, Math.min(count, from + RUN), time);
  let source = at;
  let target = spare;
  for (let width = RUN; width < count; width *= 2) {
    for (let from = 0; from < count; from += 2 * width) {
      const middle = Math.min(count, from + width);
      const end = Math.min(count, from + 2 * width);
      let left = from;
      let right = middle;
      for (let k = from; k < end; k += 1) {
        // From the left run while it is not later: ties keep their order.
        if (left < middle && (right >= end || (time[source[left] as number] as number) <= (time[source[right] as number] as number)))
          target[k] = source[left++] as number;
        else target[k] = source[right++] as number;
      }
    }
    [source, target] = [target, source];
  }
  if (source !== at) at.set(source.subarray(0, count));
}

/**
 * The positions among `items` of results with evidence (a value and a time) up to `nowMs`, oldest first
 * and ties in `items`' order, into `at`; their count. -1 when one of them has no known work form (the
 * caller reads those from the result objects). `at` and `spare` hold at least items.length.
 */
export function evidenceInOrder(encoded: EncodedColumns, items: Int32Array, nowMs: number, at: Int32Array, spare: Int32Array): number {
  const { value, time, workForm } = encoded;
  let count = 0;
  for (let k = 0; k < items.length; k += 1) {
    const i = items[k] as number;
    const timeMs = time[i] as number;
    if (Number.isNaN(value[i] as number) || !(timeMs <= nowMs)) continue;
    if ((workForm[i] as number) < 0) return -1;
    at[count++] = i;
  }
  sortByTime(at, count, time, spare);
  return count;
}

/** sharedGoalOf over the goal codes of the results at positions `at[0 .. count)`, with the cell's pupil. */
export function sharedGoalIn(encoded: EncodedColumns, at: ArrayLike<number>, count: number): SharedGoal {
  const { goalStart, goalCodes } = encoded;
  const goalsOf = (i: number) => goalCodes.subarray(goalStart[i], goalStart[i + 1]);
  let shared: readonly number[] = count > 0 ? Array.from(goalsOf(at[0] as number)) : [];
  for (let k = 0; k < count; k += 1) {
    const i = at[k] as number;
    const from = goalStart[i] as number;
    const to = goalStart[i + 1] as number;
    // The usual case, one goal on every result, without a view per result.
    if (shared.length === 1 && to - from === 1) {
      if (goalCodes[from] !== shared[0]) return { goal: undefined };
      continue;
    }
    shared = shared.filter((goal) => holds(goalCodes, from, to, goal));
  }
  const goal = shared.length === 1 ? encoded.goals[shared[0] as number] : undefined;
  // The cell's pupil (a cell is one pupil's): the default estimator's start reads where they stand in the group.
  return count > 0 ? { goal, pupil: encoded.pupils[encoded.pupil[at[0] as number] as number] as PupilRef } : { goal };
}
