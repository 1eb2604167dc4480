import { useEffect, useMemo, useRef, useState } from 'react';
import { useIsFetching, useQuery } from '@tanstack/react-query';
import { groupId as toGroupId, type LineId } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import type { CellEvidence } from '@/domain/progress/cell-evidence';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { classGridKeys, classGridQueries } from './class-grid.compute';
import { useCurriculum } from './curriculum.queries';
import { versionOf } from './data-version';
import { useDb } from './db-context';
import { useLineEstimatorChoices } from './estimator-choice.queries';
import { schoolQueries, type PupilWithRoster } from './school.queries';

export interface ClassGridViewData {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Stored results left out because they cannot be read. */
  readonly skipped: number;
  /** Second reports of an attempt, counted once. */
  readonly duplicates: number;
  /** The group's pupils, in the group's order. */
  readonly pupils: readonly PupilWithRoster[];
  /** One row per pupil with results, by pupil key: mastery per line and goal of `lines`, over the filtered results. */
  readonly rows: ReadonlyMap<number, ClassGridRow>;
  /** The same rows in the group's order. */
  readonly list: readonly ClassGridRow[];
}

const NO_ROWS: ReadonlyMap<number, ClassGridRow> = new Map();
const NO_PUPILS: readonly PupilWithRoster[] = [];
const NO_LIST: readonly ClassGridRow[] = [];
const NO_EVIDENCE: ReadonlyMap<string, CellEvidence> = new Map();

/** How long a view rests after a computation before it takes a newer version: this many times the computation's time. */
export const REST_FACTOR = 3;

/**
 * The version of the group's results as the worker prepares them: its data version
 * (classGridQueries.version) and the SLO links its goals are resolved by; undefined while loading.
 *
 * Steady while the view's own computation runs: `family` is the view's key family (the key goes on
 * with the database, the group and the version, as class-grid.compute.ts's do). While a query of
 * that family for the version in use is still being computed, a newer version waits until it is
 * done; the view shows that answer, then asks for the newest. During a long sync the data version
 * changes every interval (app/query-client.ts); a computation that takes longer than that would
 * otherwise be overtaken by the next version every time, and the view said "Laden…" until the sync
 * ended.
 *
 * And it rests after each computation for REST_FACTOR times the computation's time before it takes
 * a newer version of the same group: the worker reads the whole group from IndexedDB for each
 * version, and computing again as soon as it was done kept it busy through the whole first sync,
 * whose writes waited for its reads (the demo's first sync took 30 s instead of 17 at load 2). So
 * a view that takes 1 s to compute is busy at most a quarter of the time while results come in.
 */
export function useGroupVersion(group: string | null, links: ReadonlyMap<string, readonly string[]>, family: readonly string[]): string | undefined {
  const db = useDb();
  const version = useQuery({ ...classGridQueries.version(toGroupId(group ?? '')), enabled: group !== null });
  const live = version.data === undefined ? undefined : `${version.data}:${versionOf(links)}`;
  const [held, setHeld] = useState<{ readonly group: string | null; readonly version: string } | null>(null);
  const [woken, wake] = useState(0);
  const inUse = held !== null && held.group === group ? held.version : live;
  const running = useIsFetching({ queryKey: [...family, db.name, toGroupId(group ?? ''), inUse] }) > 0;
  const timing = useRef<{ started: number | null; restUntil: number }>({ started: null, restUntil: 0 });
  useEffect(() => {
    const now = performance.now();
    if (running) timing.current.started ??= now;
    else if (timing.current.started !== null) {
      timing.current = { started: null, restUntil: now + (now - timing.current.started) * REST_FACTOR };
    }
  }, [running]);
  useEffect(() => {
    if (live === undefined) return;
    const same = held !== null && held.group === group;
    if (same && (running || held.version === live)) return;
    const rest = same ? timing.current.restUntil - performance.now() : 0;
    if (rest > 0) {
      const timer = setTimeout(() => wake((n) => n + 1), rest);
      return () => clearTimeout(timer);
    }
    setHeld({ group, version: live });
  }, [group, live, running, held, woken]);
  return inUse;
}

/**
 * The class overview's grid (and the learning line's, with its line as the only line), computed in the
 * compute worker (class-grid.api.ts; issue 12 goal 4), without reading or computing over the group's
 * results on this thread. `now` to the minute (useMinute), so a key is not new on every render.
 */
export function useClassGridView(group: string | null, lines: readonly LearningLine[], filters: ResultFilter, now: string): ClassGridViewData {
  const db = useDb();
  const id = toGroupId(group ?? '');
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, id), enabled: group !== null });
  const curriculum = useCurriculum();
  const estimators = useLineEstimatorChoices();
  const version = useGroupVersion(group, curriculum.links, classGridKeys.all);
  const gridPupils = useMemo(() => pupils.data?.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref })), [pupils.data]);
  const filterKey = JSON.stringify(filters);
  const filter = useMemo(() => JSON.parse(filterKey) as ResultFilter, [filterKey]);
  const ready = group !== null && gridPupils !== undefined && version !== undefined && !curriculum.isPending && !estimators.isPending;
  const grid = useQuery({
    ...classGridQueries.grid(db, {
      group: id,
      version: version ?? '',
      links: curriculum.links,
      pupils: gridPupils ?? [],
      lines,
      curriculumLines: curriculum.lines,
      filter,
      now,
      choices: estimators.choices,
    }),
    enabled: ready,
  });
  const rows = useMemo(() => (grid.data ? new Map(grid.data.rows.map((row) => [row.key as number, row])) : NO_ROWS), [grid.data]);
  return {
    loading: group !== null && (pupils.isPending || version === undefined || estimators.isPending || curriculum.isPending || grid.isPending),
    error: pupils.error ?? estimators.error ?? curriculum.error ?? grid.error,
    skipped: grid.data?.skipped ?? 0,
    duplicates: grid.data?.duplicates ?? 0,
    pupils: pupils.data ?? NO_PUPILS,
    rows,
    list: grid.data?.rows ?? NO_LIST,
  };
}

/** The results behind each cell of the class overview (`${pupil}|${column}`; columns: the lines, or the goals of `line`), from the compute worker. */
export function useClassCellEvidence(group: string | null, line: LineId | null): ReadonlyMap<string, CellEvidence> {
  const db = useDb();
  const curriculum = useCurriculum();
  const version = useGroupVersion(group, curriculum.links, classGridKeys.all);
  const evidence = useQuery({
    ...classGridQueries.evidence(db, {
      group: toGroupId(group ?? ''),
      version: version ?? '',
      links: curriculum.links,
      curriculumLines: curriculum.lines,
      line,
    }),
    enabled: group !== null && version !== undefined && !curriculum.isPending,
  });
  return evidence.data ?? NO_EVIDENCE;
}
