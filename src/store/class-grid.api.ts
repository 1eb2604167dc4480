/**
 * The class overview and Wie heeft hulp nodig in the compute worker (issue 12 goal 4): the worker
 * reads the group's results from IndexedDB on its own connection, prepares them once per group and
 * data version (class-grid.path.ts prepareGroup) and answers each filter, now and column choice, and
 * the needs-help rule, from that. Only the rows, the cells' evidence and the pupils listed cross to
 * the main thread. Without a Worker (tests) the same functions run inline on the page's own database.
 */
import type { GroupId, LineId } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { CellEvidence } from '@/domain/progress/cell-evidence';
import { needsHelpView, type NeedsHelpView, type NeedsHelpViewInput } from '@/domain/progress/needs-help';
import type { LeerzichtDb } from './db';
import { cellEvidenceOf, classGridOf, prepareGroup, type GridAsk, type PreparedGroup } from './class-grid.path';
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

export interface ClassGridApi {
  classGrid(input: ClassGridInput): Promise<ClassGridView>;
  /** Per `${pupil}|${column}`: the results behind the cell (all of the group's, unfiltered). */
  cellEvidence(input: CellEvidenceInput): Promise<ReadonlyMap<string, CellEvidence>>;
  /** The group's pupils judged by the rule, and its instruction groups (needsHelpView), from the same prepared group. */
  needsHelp(input: NeedsHelpInput): Promise<NeedsHelpGroupView>;
}

/** Prepared groups kept (the groups a teacher moves between). */
const KEPT = 4;

export function createClassGridApi(deps: { readonly dbOf: (name: string) => LeerzichtDb }): ClassGridApi {
  const prepared = new Map<string, Promise<PreparedGroup>>();
  const prepare = (input: GroupSource): Promise<PreparedGroup> => {
    const key = JSON.stringify([input.dbName, input.group, input.version]);
    let found = prepared.get(key);
    if (!found) {
      const db = deps.dbOf(input.dbName);
      found = pupilsInGroup(db, input.group)
        .then((pupils) =>
          resultsForPupils(
            db,
            pupils.map((pupil) => pupil.ref),
          ),
        )
        .then((rows) => prepareGroup(rows, input.links));
      // A failed read is not kept: the next ask reads again.
      found.catch(() => prepared.delete(key));
      prepared.set(key, found);
      for (const old of prepared.keys()) if (prepared.size > KEPT) prepared.delete(old);
    }
    return found;
  };
  return {
    async classGrid(input) {
      const group = await prepare(input);
      return { rows: classGridOf(group, input), skipped: group.skipped, duplicates: group.duplicates };
    },
    async cellEvidence(input) {
      return cellEvidenceOf(await prepare(input), input.curriculumLines, input.line);
    },
    async needsHelp(input) {
      const group = await prepare(input);
      return { ...needsHelpView({ ...input, results: group.encoded.results }), skipped: group.skipped, duplicates: group.duplicates };
    },
  };
}
