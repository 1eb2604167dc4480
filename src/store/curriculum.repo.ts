// Not the slo-import index: that brings the SLO file parser (and its zod schemas) onto the first page;
// nor the built-in lines (the first page loads them after its first paint: importing a file is slo-import.repo.ts).
import { SLO_IMPORT_LINE } from '@/curriculum/slo-import/slo-import-line';
import { setSloLinks } from '@/curriculum/slo-import/slo-links';
import type { LeerzichtDb, StoredCurriculumGoal } from './db';

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isParent = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'id' in value && isString(value.id) && 'title' in value && isString(value.title);

/**
 * A stored row that reads as an imported goal (a plain check, as the first page reads it: zod stays
 * out of its code, decision 035). A row written by another version or damaged is left out.
 */
function isStoredCurriculumGoal(value: unknown): value is StoredCurriculumGoal {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Partial<Record<keyof StoredCurriculumGoal, unknown>>;
  return (
    [row.id, row.sloId, row.line, row.collection, row.importedAt].every(isString) &&
    [row.title, row.prefix].every((text) => text === null || isString(text)) &&
    isStrings(row.levels) &&
    isStrings(row.replacedBy) &&
    Array.isArray(row.parents) &&
    row.parents.every(isParent)
  );
}

export interface StoredCurriculum {
  readonly goals: readonly StoredCurriculumGoal[];
  /** Ids of stored rows that no longer read as a goal: kept in the store, left out of lists. */
  readonly broken: readonly string[];
}

/** Hands the replacedBy links and imported goal ids to the adapters' SLO resolver (curriculum/slo-import/slo-links.ts). */
function prime(goals: readonly StoredCurriculumGoal[]): void {
  const links = new Map(goals.filter((goal) => goal.replacedBy.length > 0).map((goal) => [goal.id, goal.replacedBy] as const));
  setSloLinks(
    links,
    goals.filter((goal) => goal.line === SLO_IMPORT_LINE && goal.title !== null).map((goal) => goal.id),
  );
}

/** Every imported SLO goal, each checked as it comes out of the store. */
export async function listCurriculum(db: LeerzichtDb): Promise<StoredCurriculum> {
  const goals: StoredCurriculumGoal[] = [];
  const broken: string[] = [];
  for (const record of await db.curriculum.toArray()) {
    if (isStoredCurriculumGoal(record)) goals.push(record);
    else broken.push(String((record as { id?: unknown }).id ?? '?'));
  }
  prime(goals);
  return { goals, broken };
}
