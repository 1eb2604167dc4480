import { useMemo } from 'react';
import { targetLevelFor } from '@/curriculum';
import type { PupilKey } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import {
  followJudgements,
  goalEstimators,
  instructionGroups,
  needsHelp,
  type InstructionGroups,
  type NeedsHelpEntry,
  type NeedsHelpRule,
} from '@/domain/progress/needs-help';
import { filterResults, type ResultFilter } from '@/domain/progress/result-filter';
import { useCurriculum } from '@/store/curriculum.queries';
import { useGroupMastery } from '@/store/group-mastery';
import type { PupilWithRoster } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';
import { judgementsInForce } from '@/domain/teacher-judgement';
import { usePupilsJudgements } from '@/store/judgements.queries';

export interface NeedsHelpData {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Pupils still in the group, by key. */
  readonly pupils: ReadonlyMap<PupilKey, PupilWithRoster>;
  /** Pupils who need help: inactive first (they need a word before instruction), then most reasons first (group order within). */
  readonly entries: readonly NeedsHelpEntry[];
  /** Instruction groups per line with goals at the group's target level, active pupils only. */
  readonly groups: readonly LineInstructionGroups[];
  /** Stored results that could not be read and were left out. */
  readonly skipped: number;
  /** Second reports of an attempt, counted once. */
  readonly duplicates: number;
}

export interface LineInstructionGroups {
  readonly line: LearningLine;
  readonly groups: InstructionGroups;
}

const NO_LINES: readonly LearningLine[] = [];

/** Inactive pupils first, then the most reasons; the sort is stable, so group order within. */
const isInactive = (entry: NeedsHelpEntry) => entry.reasons.some((reason) => reason.kind === 'inactive');
const severity = (entry: NeedsHelpEntry) => (isInactive(entry) ? 1000 : 0) + entry.reasons.length;

/** The group's pupils judged by the rule, and its instruction groups, computed by the domain. */
export function useNeedsHelp(group: { id: string; yearLevel: string } | null, rule: NeedsHelpRule, filter: ResultFilter = {}): NeedsHelpData {
  const nowIso = useNow().toISOString();
  const { lines } = useCurriculum();
  // The group's pupils, results, methods and context (no grid: needs-help asks per goal).
  const mastery = useGroupMastery(group?.id ?? null, NO_LINES, filter, nowIso);
  const filterKey = JSON.stringify(filter);
  const { choices, contexts } = mastery;
  // The teacher's judgements of the group's pupils: needs-help follows those in force.
  const refs = useMemo(() => mastery.pupils.map(({ pupil }) => pupil.ref), [mastery.pupils]);
  const judgements = usePupilsJudgements(refs, !mastery.loading);
  const yearLevel = group?.yearLevel ?? '';
  const computed = useMemo(() => {
    const current = mastery.pupils.filter(({ pupil }) => !pupil.leftAt);
    const byKey = new Map(current.map((item) => [item.pupil.key, item] as const));
    if (mastery.loading || mastery.error || judgements.isPending) return { pupils: byKey, entries: [], groups: [], error: null };
    // The view's filters (period, source, work form) leave results out; the group's context is learnt from all of them.
    let results: readonly Result[];
    try {
      results = filterResults(mastery.results, JSON.parse(filterKey) as ResultFilter, { now: nowIso, lines });
    } catch (error) {
      return { pupils: byKey, entries: [], groups: [], error: error instanceof Error ? error : new Error(String(error)) };
    }
    const list = current.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref }));
    const targetLevel = (line: LearningLine) => targetLevelFor(line, yearLevel);
    // Every reason and the instruction groups measure a goal with the method chosen for its line.
    const estimatorOf = (line: LearningLine) => estimatorFor(line.id, choices);
    // One group context for every reason and every line's instruction groups (they follow the group).
    const halfLife = rule.halfLifeDays ? { halfLifeDays: rule.halfLifeDays } : {};
    // The group's calibration and priors (learnt once per results), without followGroup: growth from a pupil's own results.
    const context = { ...contexts.growth, ...halfLife };
    // A reason about a goal the teacher judged mastered goes until newer results (all of them, unfiltered) disagree.
    const inForce = judgementsInForce(judgements.data, mastery.results);
    const entries = followJudgements(
      needsHelp({ pupils: list, results, lines, targetLevel, now: nowIso, estimatorOf, context }, rule),
      (key) => byKey.get(key)?.pupil.ref,
      inForce,
    );
    // Instruction groups per line (a pupil's weakest goal in reading and in programming are different
    // lessons), without the inactive pupils: they need a word first, not a small group.
    const inactive = new Set(entries.filter(isInactive).map((entry) => entry.key));
    const active = list.filter((pupil) => !inactive.has(pupil.key));
    const options = { now: nowIso, estimatorOf: goalEstimators(lines, estimatorOf), context: { ...context, followGroup: true }, ...halfLife };
    const groups = lines.flatMap((line) => {
      const goals = line.goals.filter((goal) => goal.level === targetLevel(line));
      const found = goals.length > 0 ? instructionGroups(active, results, goals, options) : null;
      return found && (found.groups.length > 0 || found.leftovers.length > 0) ? [{ line, groups: found }] : [];
    });
    return { pupils: byKey, entries: [...entries].sort((a, b) => severity(b) - severity(a)), groups, error: null };
  }, [
    mastery.pupils,
    mastery.results,
    mastery.loading,
    mastery.error,
    lines,
    nowIso,
    yearLevel,
    rule,
    choices,
    contexts,
    filterKey,
    judgements.data,
    judgements.isPending,
  ]);
  return {
    loading: mastery.loading || judgements.isPending,
    error: mastery.error ?? judgements.error ?? computed.error,
    skipped: mastery.skipped,
    duplicates: mastery.duplicates,
    pupils: computed.pupils,
    entries: computed.entries,
    groups: computed.groups,
  };
}
