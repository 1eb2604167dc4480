import { goalsBySloId } from '@/curriculum';
import { oneLevelPerStrand } from '@/curriculum/slo-level-choice';
import { goalId, type GoalId } from '@/domain/ids';
import { sloLinksNow, successorOf } from './slo-links';
import { predecessorsOf } from './successors';

/** Our goals for one SLO UUID as named: built-in goals first, else an imported goal that is not replaced. */
const goalsFor = (uuid: string): GoalId[] => {
  const builtIn = goalsBySloId(uuid).map((goal) => goal.id);
  if (builtIn.length > 0) return builtIn;
  const { imported, replacedBy } = sloLinksNow();
  return imported.has(uuid) && !replacedBy.has(uuid) ? [goalId(uuid)] : [];
};

/**
 * SLO UUIDs named by a record (xAPI contextActivities, Caliper learningObjectives) -> our goals, with
 * the links setSloLinks was given (slo-links.ts). A UUID SLO replaced resolves through its successors;
 * a successor of a UUID one of our goals carries resolves to that goal too, so goals keep working on
 * either side of a replacement. The levels of a strand share their SLO ids, so the result lands on
 * one level per strand: the record's own (`level`, a label such as 1F, or an SLO niveau UUID among
 * `uuids`), else the lowest level that carries the id (oneLevelPerStrand, decision 012).
 */
export function resolveSloUuids(uuids: readonly string[], level: string | null = null): GoalId[] {
  const { replacedBy, resolvedCache } = sloLinksNow();
  const resolved = uuids.flatMap((raw) => {
    const uuid = raw.toLowerCase();
    const cached = resolvedCache.get(uuid);
    if (cached) return cached;
    const direct = goalsFor(uuid);
    const goals = direct.length > 0 ? direct : [...successorOf(uuid), ...predecessorsOf(uuid, replacedBy)].flatMap(goalsFor);
    // Bounded: a hostile feed naming endless distinct UUIDs must not grow memory without end.
    if (resolvedCache.size < 10_000) resolvedCache.set(uuid, goals);
    return goals;
  });
  return oneLevelPerStrand([...new Set(resolved)], { uuids, label: level });
}
