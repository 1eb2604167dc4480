import type { SloFile } from '@/curriculum/slo-import/slo-file.types';
import { lineForSloId, planSloImport, type SloImportPlan } from '@/curriculum/slo-import/slo-import.plan';
import { listCurriculum } from './curriculum.repo';
import type { LeerzichtDb, StoredCurriculumGoal } from './db';

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
