import type { GoalId } from '@/domain/ids';
import type { Goal, Level } from '@/domain/model';
import { goalById, lineById } from '@/curriculum';

/** What a record says about its own level: SLO niveau UUIDs among its SLO ids, and/or a level label (1F, 2F, mb). */
export interface LevelHint {
  readonly uuids?: readonly string[];
  readonly label?: string | null;
}

const matches = (level: Level, uuids: ReadonlySet<string>, label: string | null): boolean =>
  level.sloIds.some((id) => uuids.has(id)) ||
  (label !== null && [level.id, level.label.nl, level.label.en].some((name) => name.toLowerCase() === label));

/** The level to keep for one strand: the record's own level when a goal there has it, else the lowest (a 1F test says nothing about 2F). */
function levelToKeep(goals: readonly Goal[], uuids: ReadonlySet<string>, label: string | null): string | undefined {
  const line = lineById(goals[0]?.line ?? '');
  const levels = [...(line?.levels ?? [])].sort((a, b) => a.order - b.order).filter((level) => goals.some((goal) => goal.level === level.id));
  return (levels.find((level) => matches(level, uuids, label)) ?? levels[0])?.id;
}

/**
 * Goals resolved from SLO ids -> at most one level per strand of a built-in line. Several levels of
 * one strand carry the same SLO ids (decision 003), so an SLO id alone never says which level a
 * result is about: keep the record's own level when it names one, else the lowest level that
 * carries the id (decision 012). Goals of other strands, and imported goals, stay as they are.
 */
export function oneLevelPerStrand(goalIds: readonly GoalId[], hint: LevelHint = {}): GoalId[] {
  const uuids = new Set((hint.uuids ?? []).map((id) => id.toLowerCase()));
  const label = hint.label?.trim().toLowerCase() || null;
  const strandOf = (goal: Goal) => `${goal.line}\u0000${goal.strand}`;
  const byStrand = new Map<string, Goal[]>();
  for (const id of goalIds) {
    const goal = goalById(id);
    if (goal === undefined) continue;
    const goals = byStrand.get(strandOf(goal));
    if (goals) goals.push(goal);
    else byStrand.set(strandOf(goal), [goal]);
  }
  const keep = new Map([...byStrand].map(([strand, goals]) => [strand, levelToKeep(goals, uuids, label)] as const));
  return goalIds.filter((id) => {
    const goal = goalById(id);
    return goal === undefined || keep.get(strandOf(goal)) === goal.level;
  });
}
