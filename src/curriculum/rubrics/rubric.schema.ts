import { z } from 'zod';
import { goalId, rubricId } from '@/domain/ids';
import type { Rubric } from '@/domain/rubric';

/**
 * What makes a rubric usable, checked where a rubric enters: the editor's save, a CASE import and
 * a stored rubric read back from IndexedDB. Each problem is an issue with a stable code and the
 * numbers and names a person needs to find it; the view turns it into words (i18n).
 */
export type RubricIssueCode =
  | 'id-invalid'
  | 'title-empty'
  | 'levels-min'
  | 'criteria-min'
  | 'level-id-duplicate'
  | 'level-label-empty'
  | 'criterion-id-duplicate'
  | 'criterion-title-empty'
  | 'weight-invalid'
  | 'descriptor-missing'
  | 'target-level-unknown'
  | 'target-criterion-unknown'
  | 'shape';

export interface RubricIssue {
  readonly code: RubricIssueCode;
  /** Where, as a path into the rubric (criteria.2.descriptors.expert). */
  readonly path: string;
  /** 1-based positions and texts for the message: criterion, level, year. */
  readonly params: Readonly<Record<string, string | number>>;
}

const LocalTextSchema = z.object({ nl: z.string(), en: z.string() });
const filled = (text: { nl: string; en: string }) => text.nl.trim() !== '' || text.en.trim() !== '';
const nameOf = (text: { nl: string; en: string }) => text.nl.trim() || text.en.trim();

export const RUBRIC_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

const RubricShape = z.object({
  id: z.string(),
  title: LocalTextSchema,
  description: LocalTextSchema,
  levels: z.array(z.object({ id: z.string(), label: LocalTextSchema })),
  criteria: z.array(
    z.object({
      id: z.string(),
      title: LocalTextSchema,
      // NaN (a weight the editor could not read as a number) passes the shape so the check below names it in words.
      weight: z.union([z.number(), z.nan()]),
      goals: z.array(z.string()),
      descriptors: z.record(z.string(), LocalTextSchema),
      steps: z.record(z.string(), LocalTextSchema),
    }),
  ),
  targets: z.record(z.string(), z.record(z.string(), z.string())),
});

type Shape = z.infer<typeof RubricShape>;

export function rubricIssues(rubric: Shape): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const add = (code: RubricIssueCode, path: string, params: Record<string, string | number> = {}) => issues.push({ code, path, params });
  // One problem, one message: an empty title is the problem (a new rubric's id comes from its title), not its empty id.
  if (!filled(rubric.title)) add('title-empty', 'title');
  else if (!RUBRIC_ID_PATTERN.test(rubric.id)) add('id-invalid', 'id', { id: rubric.id });
  if (rubric.levels.length < 2) add('levels-min', 'levels', { count: rubric.levels.length });
  if (rubric.criteria.length < 1) add('criteria-min', 'criteria');
  const levelIds = new Set<string>();
  rubric.levels.forEach((level, index) => {
    if (level.id === '' || levelIds.has(level.id)) add('level-id-duplicate', `levels.${index}.id`, { level: index + 1, id: level.id });
    levelIds.add(level.id);
    if (!filled(level.label)) add('level-label-empty', `levels.${index}.label`, { level: index + 1 });
  });
  const criterionIds = new Set<string>();
  rubric.criteria.forEach((criterion, index) => {
    const name = nameOf(criterion.title) || String(index + 1);
    if (criterion.id === '' || criterionIds.has(criterion.id))
      add('criterion-id-duplicate', `criteria.${index}.id`, { criterion: index + 1, id: criterion.id });
    criterionIds.add(criterion.id);
    if (!filled(criterion.title)) add('criterion-title-empty', `criteria.${index}.title`, { criterion: index + 1 });
    if (!Number.isFinite(criterion.weight) || criterion.weight <= 0)
      add('weight-invalid', `criteria.${index}.weight`, { criterion: index + 1, name });
    rubric.levels.forEach((level, levelIndex) => {
      const descriptor = criterion.descriptors[level.id];
      if (!descriptor || !filled(descriptor))
        add('descriptor-missing', `criteria.${index}.descriptors.${level.id}`, {
          criterion: index + 1,
          name,
          level: levelIndex + 1,
          levelName: nameOf(level.label) || String(levelIndex + 1),
        });
    });
  });
  for (const [year, perCriterion] of Object.entries(rubric.targets)) {
    for (const [criterion, level] of Object.entries(perCriterion)) {
      if (!criterionIds.has(criterion)) add('target-criterion-unknown', `targets.${year}.${criterion}`, { year, id: criterion });
      else if (!levelIds.has(level))
        add('target-level-unknown', `targets.${year}.${criterion}`, {
          year,
          id: level,
          name: nameOf(rubric.criteria.find((item) => item.id === criterion)!.title),
        });
    }
  }
  return issues;
}

export type RubricCheck = { readonly ok: true; readonly rubric: Rubric } | { readonly ok: false; readonly issues: readonly RubricIssue[] };

/** Parses anything into a valid rubric, or lists every problem (shape problems first, by path). */
export function checkRubric(input: unknown): RubricCheck {
  const parsed = RubricShape.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ code: 'shape', path: issue.path.join('.'), params: { detail: issue.message } })),
    };
  const issues = rubricIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  const data = parsed.data;
  return {
    ok: true,
    rubric: { ...data, id: rubricId(data.id), criteria: data.criteria.map((criterion) => ({ ...criterion, goals: criterion.goals.map(goalId) })) },
  };
}
