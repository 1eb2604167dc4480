import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { targetLevelFor } from '@/curriculum';
import { groupId as toGroupId, type PupilKey } from '@/domain/ids';
import type { NeedsHelpEntry, NeedsHelpRule, NeedsHelpView } from '@/domain/progress/needs-help';
import type { ResultFilter } from '@/domain/progress/result-filter';
import type { NeedsHelpInput } from './class-grid.api';
import { useGroupVersion } from './class-grid.view';
import { useCurriculum } from './curriculum.queries';
import { useDb } from './db-context';
import { useLineEstimatorChoices } from './estimator-choice.queries';
import { usePupilsJudgements } from './judgements.queries';
import { needsHelpKeys, needsHelpQueries } from './needs-help.compute';
import { schoolQueries, type PupilWithRoster } from './school.queries';

export type { LineInstructionGroups } from '@/domain/progress/needs-help';

export interface NeedsHelpData {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Pupils still in the group, by key. */
  readonly pupils: ReadonlyMap<PupilKey, PupilWithRoster>;
  /** Pupils who need help: inactive first (they need a word before instruction), then most reasons first (group order within). */
  readonly entries: readonly NeedsHelpEntry[];
  /** Instruction groups per line with goals at the group's target level, active pupils only. */
  readonly groups: NeedsHelpView['groups'];
  /** Stored results that could not be read and were left out. */
  readonly skipped: number;
  /** Second reports of an attempt, counted once. */
  readonly duplicates: number;
}

const NO_ENTRIES: NeedsHelpView['entries'] = [];
const NO_GROUPS: NeedsHelpView['groups'] = [];
/**
 * The group's pupils judged by the rule, and its instruction groups, computed by the domain in the
 * compute worker from the group's results it reads itself (needsHelpView, class-grid.api.ts; issue
 * 12 goal 4), once per group, data version and `nowIso` (give it to the minute, so a page left open
 * is judged again once a minute, not on every render). Wie heeft hulp nodig and the group-over-time
 * chart of a line both read it: they mark the same pupils.
 */
export function useNeedsHelpView(
  group: { id: string; yearLevel: string } | null,
  rule: NeedsHelpRule,
  filter: ResultFilter,
  nowIso: string,
): NeedsHelpData {
  const db = useDb();
  const curriculum = useCurriculum();
  const { lines } = curriculum;
  const id = toGroupId(group?.id ?? '');
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, id), enabled: group !== null });
  const estimators = useLineEstimatorChoices();
  const version = useGroupVersion(group?.id ?? null, curriculum.links, needsHelpKeys.all);
  const filterKey = JSON.stringify(filter);
  const current = useMemo(() => (pupils.data ?? []).filter(({ pupil }) => !pupil.leftAt), [pupils.data]);
  // The teacher's judgements of the group's pupils: needs-help follows those in force.
  const refs = useMemo(() => (pupils.data ?? []).map(({ pupil }) => pupil.ref), [pupils.data]);
  const judgements = usePupilsJudgements(refs, pupils.data !== undefined);
  const yearLevel = group?.yearLevel ?? '';
  const input = useMemo(
    (): Omit<NeedsHelpInput, 'dbName'> => ({
      group: id,
      version: version ?? '',
      links: curriculum.links,
      pupils: current.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref })),
      filter: JSON.parse(filterKey) as ResultFilter,
      lines,
      targetLevels: Object.fromEntries(lines.map((line) => [line.id, targetLevelFor(line, yearLevel)])),
      choices: estimators.choices,
      rule,
      now: nowIso,
      judgements: judgements.data,
    }),
    [id, version, curriculum.links, current, filterKey, lines, yearLevel, estimators.choices, rule, nowIso, judgements.data],
  );
  const ready =
    group !== null && pupils.data !== undefined && version !== undefined && !curriculum.isPending && !estimators.isPending && !judgements.isPending;
  const view = useQuery({ ...needsHelpQueries.view(db, input), enabled: ready });
  const byKey = useMemo(() => new Map(current.map((item) => [item.pupil.key, item] as const)), [current]);
  const error = pupils.error ?? estimators.error ?? curriculum.error ?? judgements.error ?? view.error;
  return {
    loading: group !== null && error === null && (!ready || view.isPending),
    error,
    skipped: view.data?.skipped ?? 0,
    duplicates: view.data?.duplicates ?? 0,
    pupils: byKey,
    entries: view.data?.entries ?? NO_ENTRIES,
    groups: view.data?.groups ?? NO_GROUPS,
  };
}
