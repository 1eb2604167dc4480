/**
 * The class overview, Wie heeft hulp nodig, the learning line and the pupil profile's group context
 * in the compute worker (issue 12 goal 4): the worker
 * reads the group's results from IndexedDB on its own connection, prepares them once per group and
 * data version (class-grid.path.ts prepareGroup) and answers each filter, now and column choice, and
 * the needs-help rule, the line's weeks and a goal's results from that. Only what the views show (rows,
 * cells' evidence, pupils listed, weeks, a goal's results, the group's context as data) crosses to
 * the main thread. Without a Worker (tests) the same functions run inline on the page's own database.
 */
import type { GoalId, GroupId, LineId, PupilKey, PupilRef } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { CellEvidence } from '@/domain/progress/cell-evidence';
import type { LearntContext } from '@/domain/progress/estimators/group-context';
import type { LineOverTimeAsk } from '@/domain/progress/group-line-over-time';
import type { GroupOverTime } from '@/domain/progress/group-over-time';
import { needsHelpView, type NeedsHelpView, type NeedsHelpViewInput } from '@/domain/progress/needs-help';
import type { LeerzichtDb } from './db';
import {
  cellEvidenceOf,
  classGridOf,
  goalResultsOf,
  learntContextOf,
  lineOverTimeOf,
  prepareGroup,
  type GridAsk,
  type PreparedGroup,
} from './class-grid.path';
import { keepColumns, keptPartsOf, mergedGroupColumns, type GroupColumns, type KeptColumns } from './kept-columns.repo';
import { pupilsInGroup } from './pupils.repo';
import { resultsForPupils } from './results.repo';

/** Whose results: a group of the page's database, at a data version. */
export interface GroupSource {
  /** The IndexedDB database the page uses (LeerzichtDb's name). */
  readonly dbName: string;
  readonly group: GroupId;
  /** The group's version (class-grid.view.ts): a new one after every write that may change its results, and for other SLO links. */
  readonly version: string;
  /** SLO's replacement links (old goal -> successors), to resolve the results' goals. */
  readonly links: ReadonlyMap<string, readonly string[]>;
}

export type ClassGridInput = GroupSource & GridAsk;

export interface ClassGridView {
  readonly rows: readonly ClassGridRow[];
  readonly skipped: number;
  readonly duplicates: number;
}

export interface CellEvidenceInput extends GroupSource {
  readonly curriculumLines: readonly LearningLine[];
  /** The line whose goals are the columns, or null for the lines. */
  readonly line: LineId | null;
}

/** Wie heeft hulp nodig over the group's results as the worker reads them (the rest as needsHelpView takes it). */
export type NeedsHelpInput = GroupSource & Omit<NeedsHelpViewInput, 'results'>;

export interface NeedsHelpGroupView extends NeedsHelpView {
  readonly skipped: number;
  readonly duplicates: number;
}

export interface GroupContextInput extends GroupSource {
  /** The view's clock (ISO, to the minute). */
  readonly now: string;
}

export interface GoalResultsInput extends GroupSource {
  readonly goal: GoalId;
  readonly pupils: readonly PupilRef[];
}

export type LineOverTimeInput = GroupSource & LineOverTimeAsk;

export interface ClassGridApi {
  classGrid(input: ClassGridInput): Promise<ClassGridView>;
  /** Per `${pupil}|${column}`: the results behind the cell (all of the group's, unfiltered). */
  cellEvidence(input: CellEvidenceInput): Promise<ReadonlyMap<string, CellEvidence>>;
  /** The group's pupils judged by the rule, and its instruction groups (needsHelpView), from the same prepared group. */
  needsHelp(input: NeedsHelpInput): Promise<NeedsHelpGroupView>;
  /** The group's calibration and priors as the views learn them (the pupil profile's and learning line's contexts), as data. */
  groupContext(input: GroupContextInput): Promise<LearntContext>;
  /** The group's results behind one goal (the learning line's drill-in), newest first. */
  goalResults(input: GoalResultsInput): Promise<Result[]>;
  /** The group on one line week by week (the learning line's chart). */
  lineOverTime(input: LineOverTimeInput): Promise<GroupOverTime<PupilKey>>;
  /** Keeps now the columns the grid left to keep after its answers, and resolves once they are (decision 043, addendum). */
  idle(): Promise<void>;
}

/** How long no grid is asked for before the changed pupils' columns are kept (decision 043, addendum). */
const KEEP_WHEN_QUIET_MS = 5_000;

/** Prepared groups kept (the groups a teacher moves between). */
const KEPT = 4;

/** Keeps a computation per key while it succeeds, the last KEPT keys (a failed one is asked again next time). */
function keptPromises<T>(): (key: string, make: () => Promise<T>) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key, make) => {
    let found = kept.get(key);
    if (!found) {
      found = make();
      found.catch(() => kept.delete(key));
      kept.set(key, found);
      for (const old of kept.keys()) if (kept.size > KEPT) kept.delete(old);
    }
    return found;
  };
}

export function createClassGridApi(deps: { readonly dbOf: (name: string) => LeerzichtDb }): ClassGridApi {
  // The grid reads the group's kept columns (decision 043); the views that need the result objects read the rows.
  // Where some pupils' results changed since their columns were kept (after a sync: most pupils), the grid takes
  // the group's rows as the other views read them (one read per version, shared with the cells' evidence) and
  // the changed pupils' columns are kept after the answer: building and keeping them first doubled the time to
  // the first data on the demo's first sync (addendum to 043).
  const columns = keptPromises<GroupColumns>();
  const columnsOf = (input: GroupSource): Promise<GroupColumns> =>
    columns(JSON.stringify([input.dbName, input.group, input.version]), async () => {
      const db = deps.dbOf(input.dbName);
      const pupils = await pupilsInGroup(db, input.group);
      const kept = await keptPartsOf(
        db,
        pupils.map((pupil) => pupil.ref),
        input.links,
      );
      if (kept.stale.length === 0) return mergedGroupColumns(kept.parts as KeptColumns[]);
      const group = await prepare(input);
      keepLater(JSON.stringify([input.dbName, input.group]), () => keepColumns(db, kept.stale, input.links, kept.digest));
      return { encoded: group.encoded, skipped: group.skipped, duplicates: group.duplicates, rebuilt: kept.stale.length };
    });
  // Columns left to keep: per group only the latest ask, kept once no grid was asked for KEEP_WHEN_QUIET_MS (while a
  // sync writes, every page makes the pupils change again), one group after another. idle() keeps them at once.
  const toKeep = new Map<string, () => Promise<unknown>>();
  let keeping: Promise<void> = Promise.resolve();
  let quiet: ReturnType<typeof setTimeout> | null = null;
  const drain = (): Promise<void> => {
    quiet = null;
    keeping = keeping.then(async () => {
      for (let next = toKeep.entries().next(); !next.done; next = toKeep.entries().next()) {
        const [at, work] = next.value;
        toKeep.delete(at);
        // Keeping is a saving for a later visit: a failure (the store closed, a quota) leaves the rows to read then.
        await work().catch(() => undefined);
      }
    });
    return keeping;
  };
  const keepLater = (key: string, job: () => Promise<unknown>) => {
    toKeep.set(key, job);
    if (quiet !== null) clearTimeout(quiet);
    quiet = setTimeout(() => void drain(), KEEP_WHEN_QUIET_MS);
  };
  // The group's rows, read and prepared once per version for the views that need the result objects.
  const prepared = keptPromises<PreparedGroup>();
  const prepare = (input: GroupSource): Promise<PreparedGroup> =>
    prepared(JSON.stringify([input.dbName, input.group, input.version]), async () => {
      const db = deps.dbOf(input.dbName);
      const pupils = await pupilsInGroup(db, input.group);
      const rows = await resultsForPupils(
        db,
        pupils.map((pupil) => pupil.ref),
      );
      return prepareGroup(rows, input.links);
    });
  return {
    async classGrid(input) {
      const group = await columnsOf(input);
      return { rows: classGridOf(group, input), skipped: group.skipped, duplicates: group.duplicates };
    },
    async cellEvidence(input) {
      return cellEvidenceOf(await prepare(input), input.curriculumLines, input.line);
    },
    async needsHelp(input) {
      const group = await prepare(input);
      return { ...needsHelpView({ ...input, results: group.encoded.results }), skipped: group.skipped, duplicates: group.duplicates };
    },
    async groupContext(input) {
      return learntContextOf(await prepare(input), input.now);
    },
    async goalResults(input) {
      return goalResultsOf(await prepare(input), input.goal, input.pupils);
    },
    async lineOverTime(input) {
      return lineOverTimeOf(await prepare(input), input);
    },
    idle: () => {
      if (quiet === null) return keeping;
      clearTimeout(quiet);
      return drain();
    },
  };
}
