import { goalId, rubricId } from '@/domain/ids';
import type { Rubric, RubricLevel } from '@/domain/rubric';

type Pair = readonly [nl: string, en: string];

/** The four levels every built-in rubric uses. */
export const RUBRIC_LEVELS: readonly RubricLevel[] = [
  { id: 'beginner', label: { nl: 'beginner', en: 'beginner' } },
  { id: 'op-weg', label: { nl: 'op weg', en: 'on the way' } },
  { id: 'gevorderd', label: { nl: 'gevorderd', en: 'advanced' } },
  { id: 'expert', label: { nl: 'expert', en: 'expert' } },
];

export interface CriterionSpec {
  readonly id: string;
  readonly title: Pair;
  readonly goals?: readonly string[];
  /** One descriptor per level, lowest first. */
  readonly descriptors: readonly [Pair, Pair, Pair, Pair];
  /** The steps from each level to the next (three: beginner -> op weg -> gevorderd -> expert). */
  readonly steps: readonly [Pair, Pair, Pair];
}

const text = ([nl, en]: Pair) => ({ nl, en });

export function buildRubric(spec: {
  id: string;
  title: Pair;
  description: Pair;
  criteria: readonly CriterionSpec[];
  targets: Record<string, string>;
}): Rubric {
  return {
    id: rubricId(spec.id),
    title: text(spec.title),
    description: text(spec.description),
    levels: RUBRIC_LEVELS,
    criteria: spec.criteria.map((criterion) => ({
      id: criterion.id,
      title: text(criterion.title),
      weight: 1,
      goals: (criterion.goals ?? []).map(goalId),
      descriptors: Object.fromEntries(RUBRIC_LEVELS.map((level, index) => [level.id, text(criterion.descriptors[index] as Pair)])),
      steps: Object.fromEntries(RUBRIC_LEVELS.slice(0, 3).map((level, index) => [level.id, text(criterion.steps[index] as Pair)])),
    })),
    // The same target level for every criterion of a year group (streefdoel).
    targets: Object.fromEntries(
      Object.entries(spec.targets).map(([yearLevel, level]) => [
        yearLevel,
        Object.fromEntries(spec.criteria.map((criterion) => [criterion.id, level])),
      ]),
    ),
  };
}
