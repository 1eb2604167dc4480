/**
 * The class overview's whole computation from stored rows, as pure functions over plain data, so
 * the compute worker runs it (class-grid.api.ts) and the benchmark times it: the rows made readable
 * (readableResults), goals resolved and second reports left out (what useGroupResults does), encoded
 * once (decision 021); then per filter and now the group's context (contextOf),
 * the filter's mask and the grid (masteryGrid), and the evidence behind each cell
 * (as useCellEvidence found it).
 */
import { resolveGoals } from '@/curriculum/slo-import/resolve-goals';
import type { GoalId, LineId, PupilKey, PupilRef } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { cellEvidence, type CellEvidence } from '@/domain/progress/cell-evidence';
import { encodeResults, type EncodedColumns, type EncodedResults } from '@/domain/progress/encoded-results';
import { masteryGrid, type ClassGridRow, type GridPupil } from '@/domain/progress/estimated-grid';
import { contextInstant, latestTime, type LearntContext } from '@/domain/progress/estimators/group-context';
import { groupLineOverTime, type LineOverTimeAsk } from '@/domain/progress/group-line-over-time';
import type { GroupOverTime } from '@/domain/progress/group-over-time';
import { resultsBehindGoal } from '@/domain/progress/results-behind';
import { estimatorFor, type LineEstimatorChoices } from '@/domain/progress/estimators/registry';
import { keptMask, type ResultFilter } from '@/domain/progress/result-filter';
import { deduplicateEncoded } from '@/domain/quality/duplicates';
import { contextOf, learntOf } from './group-context.results';
import { readableTimeOf } from './readable-results';

/** A group's stored results made ready for its grids, with what was left out. */
export interface PreparedGroup {
  readonly encoded: EncodedResults;
  /** Stored results left out because they cannot be read. */
  readonly skipped: number;
  /** Second reports of an attempt already counted. */
  readonly duplicates: number;
}

/**
 * readableResults -> resolveResultGoals -> deduplicate -> encodeResults, to the bit, in fewer passes:
 * each row is checked and its time read once, the readable ones encoded, and second reports left
 * out of the encoding (deduplicateEncoded) rather than found over the objects and encoded again.
 */
export function prepareGroup(rows: readonly unknown[], links: ReadonlyMap<string, readonly string[]>): PreparedGroup {
  const results: Result[] = [];
  const times = new Float64Array(rows.length);
  for (const row of rows) {
    const ms = readableTimeOf(row);
    if (Number.isNaN(ms)) continue;
    times[results.length] = ms;
    results.push(links.size === 0 ? (row as Result) : resolveGoals(row as Result, links));
  }
  const counted = deduplicateEncoded(encodeResults(results, times.subarray(0, results.length)));
  return { encoded: counted.kept, skipped: rows.length - results.length, duplicates: counted.duplicates };
}

export interface GridAsk {
  /** The group's pupils, in the group's order. */
  readonly pupils: readonly GridPupil[];
  /** The lines shown (their goals are the grid's columns). */
  readonly lines: readonly LearningLine[];
  /** Every line of the curriculum (a filter on lines is resolved against them). */
  readonly curriculumLines: readonly LearningLine[];
  readonly filter: ResultFilter;
  /** The view's clock (ISO). */
  readonly now: string;
  readonly choices: LineEstimatorChoices;
}

/** The instant a view's context is learnt as of (contextInstant): the view's clock, or the newest result when all are older. */
const instantOf = (encoded: EncodedColumns, now: string): number => contextInstant(latestTime(encoded), Date.parse(now));

/**
 * The grid over a prepared group (its columns suffice: a group merged from kept columns, decision 043):
 * the group's context learnt from all of its results, the filter as a mask.
 */
export function classGridOf({ encoded }: { readonly encoded: EncodedColumns }, ask: GridAsk): ClassGridRow[] {
  if (ask.lines.length === 0) return [];
  const base = contextOf(encoded, instantOf(encoded, ask.now));
  const kept = keptMask(encoded, ask.filter, { now: ask.now, lines: ask.curriculumLines });
  const context = { ...base, now: ask.now, followGroup: true };
  return masteryGrid(encoded, ask.pupils, ask.lines, context, (line) => estimatorFor(line.id, ask.choices), kept);
}

/**
 * The results behind each cell (cellEvidence over the group's results, unfiltered), keyed
 * `${pupil}|${column}`: columns are the lines, or the goals of `line` when one is chosen.
 */
export function cellEvidenceOf({ encoded }: PreparedGroup, curriculumLines: readonly LearningLine[], line: LineId | null): Map<string, CellEvidence> {
  const lineOf = new Map(curriculumLines.flatMap((candidate) => candidate.goals.map((goal) => [goal.id as string, candidate.id as string] as const)));
  return cellEvidence(encoded.results, (goal) => (line ? [goal] : lineOf.has(goal) ? [lineOf.get(goal) as string] : []));
}

/** What the group's context is learnt into as of `now` (the views' instant), as plain data for the page (contextFromLearnt). */
export function learntContextOf({ encoded }: PreparedGroup, now: string): LearntContext {
  return learntOf(encoded, instantOf(encoded, now));
}

/** The group's weekly levels on a line (groupLineOverTime), with the group's context following the group. */
export function lineOverTimeOf({ encoded }: PreparedGroup, ask: LineOverTimeAsk): GroupOverTime<PupilKey> {
  const levelContext = { ...contextOf(encoded, instantOf(encoded, ask.now)), followGroup: true };
  return groupLineOverTime({ ...ask, results: encoded.results, levelContext });
}

/** The group's results behind one goal for the pupils (resultsBehindGoal), newest first. */
export function goalResultsOf({ encoded }: PreparedGroup, goal: GoalId, pupils: readonly PupilRef[]): Result[] {
  return resultsBehindGoal(encoded.results, goal, new Set(pupils));
}
