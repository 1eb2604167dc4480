/**
 * The class grid: every view that shows mastery of a line computes it here (class overview,
 * learning line, needs-help's instruction groups, the pupil profile), with the estimator chosen
 * per line, so a school's choice of method counts everywhere alike. It runs over the encoded
 * results (encodeResults): results are gathered per pupil x goal by integer codes in typed arrays
 * (grid-cells.ts); an estimator with overColumns reads each cell from the columns, another gets its
 * observations with their times already read.
 */
import type { PupilKey, PupilRef, SourceId } from '../ids';
import { WORK_FORMS, type LearningLine, type Result, type WorkForm } from '../model';
import { encodeResults, type EncodedColumns } from './encoded-results';
import { toMastery, type CellMastery, type Estimate, type Estimator, type EstimatorContext, type Observation } from './estimators/estimate';
import { cellsOf, evidenceInOrder, sharedGoalIn } from './grid-cells';
import { lineMasteryOf, type LineMastery } from './line-mastery';
import type { Mastery } from './mastery';

export interface GridPupil {
  readonly key: PupilKey;
  readonly ref: PupilRef;
}

export interface ClassGridRow {
  readonly key: PupilKey;
  readonly ref: PupilRef;
  /** Per line id. */
  readonly lines: Readonly<Record<string, LineMastery>>;
  /** Per goal id (for drilling into a line). */
  readonly goals: Readonly<Record<string, Mastery>>;
}

/**
 * A cell's observations as observationsOf makes them (evidence up to now, oldest first), from the
 * columns: times not parsed again, and each source and work form one shared string.
 */
function observationsIn(encoded: EncodedColumns, items: Int32Array, nowMs: number): { observations: Observation[]; at: number[] } {
  const { value, time } = encoded;
  const at: number[] = [];
  for (const i of items) {
    const timeMs = time[i] as number;
    if (!Number.isNaN(value[i] as number) && !Number.isNaN(timeMs) && timeMs <= nowMs) at.push(i);
  }
  at.sort((a, b) => (time[a] as number) - (time[b] as number));
  const observations = at.map((i): Observation => {
    const band = encoded.banded[i] ? encoded.bandOf(i) : null;
    return {
      value: value[i] as number,
      timeMs: time[i] as number,
      source: encoded.sources[encoded.source[i] as number] as SourceId,
      workForm: workFormAt(encoded, i),
      normBand: band ? band.band : null,
      bandAt: band ? band.at : null,
    };
  });
  return { observations, at };
}

/** Result i's work form from its column; a form none of WORK_FORMS (only in rows never checked) from the result itself. */
function workFormAt(encoded: EncodedColumns, i: number): WorkForm {
  const form = encoded.workForm[i] as number;
  if (form >= 0) return WORK_FORMS[form] as WorkForm;
  if (!('results' in encoded)) throw new Error(`result ${i} has no known work form`);
  return ((encoded as EncodedColumns & { results: readonly Result[] }).results[i] as Result).workForm;
}

/** A cell's estimate: over its observations read from the columns, or over its results for an estimator without fromObservations. */
function estimateIn(encoded: EncodedColumns, items: Int32Array, nowMs: number, estimator: Estimator, context: EstimatorContext): Estimate | null {
  if (!estimator.fromObservations) {
    if (!('results' in encoded)) throw new Error('an estimator without fromObservations needs the results, not only their columns');
    const { results } = encoded as EncodedColumns & { results: readonly Result[] };
    return estimator(
      Array.from(items, (i) => results[i] as Result),
      context,
    );
  }
  const { observations, at } = observationsIn(encoded, items, nowMs);
  return estimator.fromObservations(observations, context, sharedGoalIn(encoded, at, at.length));
}

/** What a grid needs per cell: its scratch positions, and each estimator's reading of the columns (overColumns), made once. */
function cellReader(encoded: EncodedColumns, context: EstimatorContext, largest: number) {
  const at = new Int32Array(largest);
  const spare = new Int32Array(largest);
  const nowMs = new Date(context.now).getTime();
  const readers = new Map<Estimator, CellMastery | null>();
  const readerOf = (estimator: Estimator): CellMastery | null => {
    let reader = readers.get(estimator);
    if (reader === undefined) readers.set(estimator, (reader = estimator.overColumns ? estimator.overColumns(encoded, context) : null));
    return reader;
  };
  /** A cell's mastery: from the columns where the estimator reads them (and every work form is known), else from its observations. */
  return (items: Int32Array, estimator: Estimator): Mastery | null => {
    const reader = readerOf(estimator);
    const count = reader ? evidenceInOrder(encoded, items, nowMs, at, spare) : -1;
    if (reader && count >= 0) return reader(at, count, sharedGoalIn(encoded, at, count));
    const estimate = estimateIn(encoded, items, nowMs, estimator, context);
    return estimate ? toMastery(estimate, { uncertainty: true }) : null;
  };
}

/**
 * The class grid (pupils x lines, pupils x goals) over encoded results, with the estimator chosen
 * per line; `kept` (keptMask of a ResultFilter) leaves results out. A goal on several lines keeps
 * its last line's estimate. Pure; the same numbers as running each estimator over the cell's results.
 */
export function masteryGrid(
  encoded: EncodedColumns,
  pupils: readonly GridPupil[],
  lines: readonly LearningLine[],
  context: EstimatorContext,
  estimatorOf: (line: LearningLine) => Estimator,
  kept: Uint8Array | null = null,
): ClassGridRow[] {
  const codes = pupils.map((pupil) => encoded.pupilCode(pupil.ref));
  const wantedPupil = new Uint8Array(encoded.pupils.length);
  for (const code of codes) if (code >= 0) wantedPupil[code] = 1;
  const wantedGoal = new Uint8Array(encoded.goals.length);
  for (const line of lines) for (const goal of line.goals) if (encoded.goalCode(goal.id) >= 0) wantedGoal[encoded.goalCode(goal.id)] = 1;
  const cells = cellsOf(encoded, wantedPupil, wantedGoal, kept);
  const masteryIn = cellReader(encoded, context, cells.largest);
  return pupils.map((pupil, index) => {
    const code = codes[index] as number;
    const goals: Record<string, Mastery> = {};
    const lineMastery: Record<string, LineMastery> = {};
    for (const line of lines) {
      const estimator = estimatorOf(line);
      lineMastery[line.id] = lineMasteryOf(line.goals, (goal) => {
        const goalCode = encoded.goalCode(goal.id);
        if (code < 0 || goalCode < 0) return null;
        const cell = code * cells.goalCount + goalCode;
        const items = cells.items.subarray(cells.start[cell], cells.start[cell + 1]);
        if (items.length === 0) return null;
        const mastery = masteryIn(items, estimator);
        if (!mastery) return null;
        goals[goal.id] = mastery;
        return mastery;
      });
    }
    return { key: pupil.key, ref: pupil.ref, lines: lineMastery, goals };
  });
}

/** masteryGrid over results not encoded yet (one pupil's profile, tests). */
export function estimatedClassGrid(
  pupils: readonly GridPupil[],
  results: readonly Result[],
  lines: readonly LearningLine[],
  context: EstimatorContext,
  estimatorOf: (line: LearningLine) => Estimator,
): ClassGridRow[] {
  return masteryGrid(encodeResults(results), pupils, lines, context, estimatorOf);
}
