/**
 * The calibration's buckets (calibrate-pairs.ts): the results seen, one entry per goal they list,
 * grouped per pupil x goal x week, buckets in order of their first entry and each bucket's entries in
 * entry order, by counting sorts over typed arrays.
 */
import type { EncodedColumns } from '../encoded-results';
import { WEEK_MS } from '../../time-units';

/** The week (epoch weeks) of the first result with a time; +Infinity for none. */
function firstWeekOf(time: Float64Array): number {
  let firstWeek = Number.POSITIVE_INFINITY;
  for (const t of time) if (t < firstWeek * WEEK_MS) firstWeek = Math.floor(t / WEEK_MS); // NaN never is
  return firstWeek;
}

/** How many entries the results seen (with a value, up to upToMs) make: one per goal they list. */
function entryCountOf({ time, value, goalStart }: EncodedColumns, upToMs: number): number {
  let total = 0;
  for (let i = 0; i < time.length; i += 1)
    if (!Number.isNaN(value[i] as number) && (time[i] as number) <= upToMs) total += (goalStart[i + 1] as number) - (goalStart[i] as number);
  return total;
}

/**
 * The results seen (up to upToMs) per goal they list, as (result, pupil x goal cell, week) entries in result order.
 * One loop per function: each is optimised on its own (decision 037).
 */
function entriesOf(encoded: EncodedColumns, upToMs: number) {
  const total = entryCountOf(encoded, upToMs);
  const entries = { result: new Int32Array(total), cell: new Int32Array(total), week: new Float64Array(total) };
  fillEntries(encoded, upToMs, firstWeekOf(encoded.time), entries);
  return { ...entries, cells: encoded.pupils.length * encoded.goals.length };
}

function fillEntries(
  encoded: EncodedColumns,
  upToMs: number,
  firstWeek: number,
  { result, cell, week }: { result: Int32Array; cell: Int32Array; week: Float64Array },
): void {
  const { time, value, pupil, goalStart, goalCodes } = encoded;
  const goalCount = encoded.goals.length;
  let e = 0;
  for (let i = 0; i < time.length; i += 1) {
    const t = time[i] as number;
    if (Number.isNaN(value[i] as number) || !(t <= upToMs)) continue;
    for (let g = goalStart[i] as number; g < (goalStart[i + 1] as number); g += 1) {
      result[e] = i;
      cell[e] = (pupil[i] as number) * goalCount + (goalCodes[g] as number);
      week[e] = Math.floor(t / WEEK_MS) - firstWeek;
      e += 1;
    }
  }
}

/**
 * Each entry's week as a small number: its week when the weeks seen span fewer than WEEK_SLOTS, else
 * its rank among the distinct weeks (results spread over centuries); and how many there can be.
 */
function weekSlotsOf(week: Float64Array): { readonly slot: Int32Array; readonly slots: number } {
  const span = weekSpanOf(week);
  return span <= WEEK_SLOTS ? { slot: Int32Array.from(week), slots: span } : weekRanksOf(week);
}

function weekSpanOf(week: Float64Array): number {
  let span = 0;
  for (const w of week) if (w + 1 > span) span = w + 1;
  return span;
}

/** Each week's rank among the distinct weeks. */
function weekRanksOf(week: Float64Array): { readonly slot: Int32Array; readonly slots: number } {
  const distinct = Float64Array.from(new Set(week)).sort();
  const slot = new Int32Array(week.length);
  for (let e = 0; e < week.length; e += 1) {
    let low = 0;
    let high = distinct.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((distinct[middle] as number) < (week[e] as number)) low = middle + 1;
      else high = middle;
    }
    slot[e] = low;
  }
  return { slot, slots: distinct.length };
}

/** Weeks a bucket lookup keeps in one array (about 1,260 years). */
const WEEK_SLOTS = 1 << 16;

/** How many entries each cell has, at the cell's index + 1 (runningSum makes them where each cell's entries start). */
function countsPerCell(cell: Int32Array, cells: number): Int32Array {
  const counts = new Int32Array(cells + 1);
  for (const c of cell) counts[c + 1] = (counts[c + 1] as number) + 1;
  return counts;
}

function runningSum(counts: Int32Array): Int32Array {
  for (let k = 1; k < counts.length; k += 1) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
  return counts;
}

/** The entries sorted by cell, each cell's in entry order. */
function entriesByCell(cell: Int32Array, cellStart: Int32Array): Int32Array {
  const fill = cellStart.slice(0, cellStart.length - 1);
  const byCell = new Int32Array(cell.length);
  for (let e = 0; e < cell.length; e += 1) byCell[(fill[cell[e] as number] as number)++] = e;
  return byCell;
}

/** Within each cell, the bucket of each entry by its week, named by its first entry; and each bucket's size (at its first entry). */
function bucketFirsts(
  byCell: Int32Array,
  cellStart: Int32Array,
  slot: Int32Array,
  slots: number,
): { firstOf: Int32Array; size: Int32Array; buckets: number } {
  const firstOfWeek = new Int32Array(slots).fill(-1);
  const firstOf = new Int32Array(byCell.length);
  const size = new Int32Array(byCell.length);
  let buckets = 0;
  for (let c = 0; c + 1 < cellStart.length; c += 1) {
    const from = cellStart[c] as number;
    const to = cellStart[c + 1] as number;
    for (let k = from; k < to; k += 1) {
      const e = byCell[k] as number;
      const w = slot[e] as number;
      let first = firstOfWeek[w] as number;
      if (first < 0) {
        firstOfWeek[w] = first = e;
        buckets += 1;
      }
      firstOf[e] = first;
      size[first] = (size[first] as number) + 1;
    }
    // The cell's weeks are free again for the next cell.
    for (let k = from; k < to; k += 1) firstOfWeek[slot[byCell[k] as number] as number] = -1;
  }
  return { firstOf, size, buckets };
}

/** Where each bucket starts, buckets in order of their first entry (at[first]: the bucket's start), and the starts. */
function bucketStarts(firstOf: Int32Array, size: Int32Array, buckets: number): { at: Int32Array; start: Int32Array } {
  const at = new Int32Array(firstOf.length);
  const start = new Int32Array(buckets + 1);
  let b = 0;
  for (let e = 0; e < firstOf.length; e += 1) {
    if (firstOf[e] !== e) continue;
    at[e] = start[b] as number;
    start[b + 1] = (start[b] as number) + (size[e] as number);
    b += 1;
  }
  return { at, start };
}

/** Each bucket's entries in entry order, bucket after bucket. */
function membersOf(firstOf: Int32Array, at: Int32Array): Int32Array {
  const members = new Int32Array(firstOf.length);
  for (let e = 0; e < firstOf.length; e += 1) members[(at[firstOf[e] as number] as number)++] = e;
  return members;
}

/**
 * The entries grouped into buckets: `members` lists the entries bucket by bucket (each bucket's in
 * entry order), buckets in order of their first entry; a bucket runs from `start[b]` to `start[b + 1]`.
 * One loop per function: each is optimised on its own (decision 037).
 */
export function bucketsOf(encoded: EncodedColumns, upToMs: number): { members: Int32Array; start: Int32Array; result: Int32Array } {
  const { result, cell, week, cells } = entriesOf(encoded, upToMs);
  const cellStart = runningSum(countsPerCell(cell, cells));
  const byCell = entriesByCell(cell, cellStart);
  const { slot, slots } = weekSlotsOf(week);
  const { firstOf, size, buckets } = bucketFirsts(byCell, cellStart, slot, slots);
  const { at, start } = bucketStarts(firstOf, size, buckets);
  return { members: membersOf(firstOf, at), start, result };
}
