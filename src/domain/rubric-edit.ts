import type { RubricId } from './ids';
import type { LocalText } from './model';
import type { Assessment, Rubric, RubricCriterion, RubricLevel } from './rubric';

/**
 * Pure edits on a rubric, as the rubric editor makes them. Each returns a new rubric and keeps
 * the rubric consistent: removing a level drops its descriptors, steps and the targets that named
 * it; removing a criterion drops its targets. Stored assessments are never touched here.
 */
export type Locale = 'nl' | 'en';

const emptyText: LocalText = { nl: '', en: '' };

/**
 * A weight as typed in the editor: blank is the default 1; a plain decimal ("2", "1.5", "1,5") is
 * that number; anything else ("1e", "-", "abc") is NaN, which the rubric check reports, so it is
 * never saved as some other number.
 */
export function parseWeight(typed: string): number {
  const trimmed = typed.trim();
  if (trimmed === '') return 1;
  return /^\d+(?:[.,]\d+)?$|^[.,]\d+$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** Sets the text in one language; the other language follows while it was still a copy (or empty). */
export function setLocalText(before: LocalText, locale: Locale, value: string): LocalText {
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const follows = before[other] === '' || before[other] === before[locale];
  return { ...before, [locale]: value, [other]: follows ? value : before[other] } as LocalText;
}

/** A fresh id not in `taken`: prefix-1, prefix-2, ... */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** A URL-safe id from a title: lower case, ascii letters and digits joined by dashes. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function emptyRubric(id: RubricId, levelLabels: readonly LocalText[]): Rubric {
  const levels = levelLabels.map((label, index) => ({ id: `niveau-${index + 1}`, label }));
  return { id, title: emptyText, description: emptyText, levels, criteria: [], targets: {} };
}

export function addCriterion(rubric: Rubric): Rubric {
  const criterion: RubricCriterion = {
    id: freshId(
      'criterium',
      rubric.criteria.map((item) => item.id),
    ),
    title: emptyText,
    weight: 1,
    goals: [],
    descriptors: {},
    steps: {},
  };
  return { ...rubric, criteria: [...rubric.criteria, criterion] };
}

export function updateCriterion(rubric: Rubric, id: string, change: (criterion: RubricCriterion) => RubricCriterion): Rubric {
  return { ...rubric, criteria: rubric.criteria.map((item) => (item.id === id ? change(item) : item)) };
}

export function removeCriterion(rubric: Rubric, id: string): Rubric {
  const targets = Object.fromEntries(Object.entries(rubric.targets).map(([year, perCriterion]) => [year, without(perCriterion, id)]));
  return { ...rubric, criteria: rubric.criteria.filter((item) => item.id !== id), targets };
}

export function addLevel(rubric: Rubric, label: LocalText = emptyText): Rubric {
  const level: RubricLevel = {
    id: freshId(
      'niveau',
      rubric.levels.map((item) => item.id),
    ),
    label,
  };
  return { ...rubric, levels: [...rubric.levels, level] };
}

export function updateLevel(rubric: Rubric, id: string, label: LocalText): Rubric {
  return { ...rubric, levels: rubric.levels.map((item) => (item.id === id ? { ...item, label } : item)) };
}

export function removeLevel(rubric: Rubric, id: string): Rubric {
  const criteria = rubric.criteria.map((criterion) => ({
    ...criterion,
    descriptors: without(criterion.descriptors, id),
    steps: without(criterion.steps, id),
  }));
  const targets = Object.fromEntries(
    Object.entries(rubric.targets).map(([year, perCriterion]) => [
      year,
      Object.fromEntries(Object.entries(perCriterion).filter(([, level]) => level !== id)),
    ]),
  );
  return { ...rubric, levels: rubric.levels.filter((item) => item.id !== id), criteria, targets };
}

/** Moves the item with `id` one place up (-1) or down (+1); at either end nothing changes. */
export function moveById<T extends { readonly id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

/** Sets (or with '' clears) the target level of one criterion for one year group. */
export function setTarget(rubric: Rubric, yearLevel: string, criterion: string, level: string): Rubric {
  const perCriterion = { ...(rubric.targets[yearLevel] ?? {}) };
  if (level === '') delete perCriterion[criterion];
  else perCriterion[criterion] = level;
  return { ...rubric, targets: { ...rubric.targets, [yearLevel]: perCriterion } };
}

/** Drops year groups without any target, so an untouched year group does not count as data. */
export function tidyTargets(rubric: Rubric): Rubric {
  return {
    ...rubric,
    targets: Object.fromEntries(Object.entries(rubric.targets).filter(([, perCriterion]) => Object.keys(perCriterion).length > 0)),
  };
}

export interface RemovedParts {
  /** Criterion id -> number of stored assessments on a criterion the rubric no longer has. */
  readonly criteria: ReadonlyMap<string, number>;
  /** Level id -> number of stored assessments at a level the rubric no longer has (on existing criteria). */
  readonly levels: ReadonlyMap<string, number>;
}

/** Stored assessments that refer to criteria or levels removed from the rubric since: they are kept, and shown as removed. */
export function removedParts(assessments: readonly Assessment[], rubric: Rubric): RemovedParts {
  const criterionIds = new Set(rubric.criteria.map((item) => item.id));
  const levelIds = new Set(rubric.levels.map((item) => item.id));
  const criteria = new Map<string, number>();
  const levels = new Map<string, number>();
  for (const assessment of assessments) {
    if (assessment.rubric !== rubric.id) continue;
    if (!criterionIds.has(assessment.criterion)) criteria.set(assessment.criterion, (criteria.get(assessment.criterion) ?? 0) + 1);
    else if (!levelIds.has(assessment.level)) levels.set(assessment.level, (levels.get(assessment.level) ?? 0) + 1);
  }
  return { criteria, levels };
}

/** Built-in rubrics with the school's stored ones: a stored rubric with a built-in id replaces it in place. */
export function mergeRubrics(builtIn: readonly Rubric[], stored: readonly Rubric[]): Rubric[] {
  const byId = new Map(stored.map((rubric) => [rubric.id as string, rubric]));
  const builtInIds = new Set(builtIn.map((rubric) => rubric.id as string));
  return [...builtIn.map((rubric) => byId.get(rubric.id) ?? rubric), ...stored.filter((rubric) => !builtInIds.has(rubric.id))];
}

function without<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
