// Not the slo-import index: that brings the SLO file parser (and its zod schemas) onto the first page.
import type { SloFile } from '@/curriculum/slo-import/slo-file.types';
import { lineForSloId, planSloImport, SLO_IMPORT_LINE, type SloImportPlan } from '@/curriculum/slo-import/slo-import.plan';
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

/**
 * Saves what a read SLO file holds: its goals (new, or a refreshed title on the row already there)
 * and its replacedBy links (added to the row of the replaced UUID, made when that UUID was not
 * stored yet). Nothing stored is removed: levels, parents and numbering a file does not name for a goal
 * stay as an earlier file stored them. Returns the plan it carried out.
 */
export async function importSloFile(db: LeerzichtDb, file: SloFile, now: Date): Promise<SloImportPlan> {
  const importedAt = now.toISOString();
  const plan = await db.transaction('rw', db.curriculum, async () => {
    const known = (await listCurriculum(db)).goals;
    const byId = new Map(known.map((goal) => [goal.id, goal] as const));
    const carriedOut = planSloImport(file, known);
    const rows = new Map<string, StoredCurriculumGoal>();
    for (const goal of file.goals) {
      const before = byId.get(goal.id);
      // A file that names no levels, parents or numbering for a goal (kerndoelen.json on its own names no
      // parents) keeps what an earlier file stored; a file that names them replaces them.
      const levels = goal.levels.length > 0 ? goal.levels : (before?.levels ?? []);
      const parents = goal.parents.length > 0 ? goal.parents : (before?.parents ?? []);
      rows.set(goal.id, {
        id: goal.id,
        sloId: goal.id,
        line: lineForSloId(goal.id),
        title: goal.title,
        collection: goal.collection,
        prefix: goal.prefix ?? before?.prefix ?? null,
        levels,
        parents,
        replacedBy: before?.replacedBy ?? [],
        importedAt,
      });
    }
    for (const deprecation of file.deprecations) {
      const base = rows.get(deprecation.id) ?? byId.get(deprecation.id);
      const replacedBy = [...new Set([...(base?.replacedBy ?? []), ...deprecation.replacedBy])];
      rows.set(
        deprecation.id,
        base
          ? { ...base, title: base.title ?? deprecation.title, replacedBy }
          : {
              id: deprecation.id,
              sloId: deprecation.id,
              line: lineForSloId(deprecation.id),
              title: deprecation.title,
              collection: deprecation.types[0] ?? 'deprecated',
              prefix: null,
              levels: [],
              parents: [],
              replacedBy,
              importedAt,
            },
      );
    }
    await db.curriculum.bulkPut([...rows.values()]);
    return carriedOut;
  });
  await listCurriculum(db);
  return plan;
}
