import { goalId, lineId } from '@/domain/ids';
import type { Goal, LearningLine, Level, LocalText, Strand, Subject } from '@/domain/model';

export interface GoalSpec {
  /** Goal id suffix when a strand has more than one goal per level; default the level id. */
  readonly key?: string;
  readonly strand: string;
  readonly level: string;
  readonly title: LocalText;
  readonly sloIds?: readonly string[];
}

export interface LineSpec {
  readonly id: string;
  readonly subject: Subject;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly levels: readonly Level[];
  readonly strands: readonly Strand[];
  readonly goals: readonly GoalSpec[];
}

/** Goal ids are `<line>.<strand>.<level>`; order follows level first, then strand order. */
export function buildLine(spec: LineSpec): LearningLine {
  const id = lineId(spec.id);
  const levelOrder = new Map(spec.levels.map((level) => [level.id, level.order]));
  const strandOrder = new Map(spec.strands.map((strand, index) => [strand.id, index]));
  const goals: Goal[] = [...spec.goals]
    .sort(
      (a, b) =>
        (levelOrder.get(a.level) ?? 0) - (levelOrder.get(b.level) ?? 0) || (strandOrder.get(a.strand) ?? 0) - (strandOrder.get(b.strand) ?? 0),
    )
    .map((goal, order) => ({
      id: goalId(`${spec.id}.${goal.strand}.${goal.key ?? goal.level}`),
      sloIds: goal.sloIds ?? [],
      line: id,
      subject: spec.subject,
      level: goal.level,
      strand: goal.strand,
      order,
      title: goal.title,
    }));
  return { id, subject: spec.subject, title: spec.title, description: spec.description, levels: spec.levels, strands: spec.strands, goals };
}
