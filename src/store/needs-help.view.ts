import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { targetLevelFor } from '@/curriculum';
import type { PupilKey } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import type { NeedsHelpEntry, NeedsHelpRule, NeedsHelpView, NeedsHelpViewInput } from '@/domain/progress/needs-help';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useCurriculum } from './curriculum.queries';
import { useGroupMastery } from './group-mastery';
import { usePupilsJudgements } from './judgements.queries';
import { needsHelpQueries } from './needs-help.compute';
import type { PupilWithRoster } from './school.queries';

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

const NO_LINES: readonly LearningLine[] = [];
const NO_ENTRIES: NeedsHelpView['entries'] = [];
const NO_GROUPS: NeedsHelpView['groups'] = [];
/**
 * The group's pupils judged by the rule, and its instruction groups, computed by the domain in the
 * compute worker (needsHelpView; issue 12 goal 4), once per group, data version and `nowIso` (give
 * it to the minute, so a page left open is judged again once a minute, not on every render). Wie
 * heeft hulp nodig and the group-over-time chart of a line both read it: they mark the same pupils.
 */
export function useNeedsHelpView(
  group: { id: string; yearLevel: string } | null,
  rule: NeedsHelpRule,
  filter: ResultFilter,
  nowIso: string,
): NeedsHelpData {
  const { lines } = useCurriculum();
  // The group's pupils, results and methods (no grid: needs-help asks per goal; the contexts are learnt in the worker).
  const mastery = useGroupMastery(group?.id ?? null, NO_LINES, filter, nowIso, { contexts: false });
  const filterKey = JSON.stringify(filter);
  // The teacher's judgements of the group's pupils: needs-help follows those in force.
  const refs = useMemo(() => mastery.pupils.map(({ pupil }) => pupil.ref), [mastery.pupils]);
  const judgements = usePupilsJudgements(refs, !mastery.loading);
  const yearLevel = group?.yearLevel ?? '';
  const current = useMemo(() => mastery.pupils.filter(({ pupil }) => !pupil.leftAt), [mastery.pupils]);
  const input = useMemo(
    (): NeedsHelpViewInput => ({
      pupils: current.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref })),
      results: mastery.results,
      filter: JSON.parse(filterKey) as ResultFilter,
      lines,
      targetLevels: Object.fromEntries(lines.map((line) => [line.id, targetLevelFor(line, yearLevel)])),
      choices: mastery.choices,
      rule,
      now: nowIso,
      judgements: judgements.data,
    }),
    [current, mastery.results, filterKey, lines, yearLevel, mastery.choices, rule, nowIso, judgements.data],
  );
  const waiting = group === null || mastery.loading || mastery.error !== null || judgements.isPending;
  const view = useQuery({ ...needsHelpQueries.view(group?.id ?? '', input), enabled: !waiting });
  const pupils = useMemo(() => new Map(current.map((item) => [item.pupil.key, item] as const)), [current]);
  return {
    loading: mastery.loading || judgements.isPending || (!waiting && view.isPending),
    error: mastery.error ?? judgements.error ?? view.error,
    skipped: mastery.skipped,
    duplicates: mastery.duplicates,
    pupils,
    entries: view.data?.entries ?? NO_ENTRIES,
    groups: view.data?.groups ?? NO_GROUPS,
  };
}
